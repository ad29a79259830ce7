package org.devassign.deploy;

import org.devassign.agent.api.Protocol;

/** An agent's address, HOST:PORT (the port defaults to {@link Protocol#DEFAULT_PORT}). */
public record Target(String host, int port) {

    public static Target parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no target: give HOST:PORT, e.g. --target 127.0.0.1:7443");
        }
        String value = text.trim();
        int colon = value.lastIndexOf(':');
        if (colon < 0 || value.startsWith("[") && !value.contains("]:")) {
            return new Target(value, Protocol.DEFAULT_PORT);
        }
        try {
            int port = Integer.parseInt(value.substring(colon + 1));
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return new Target(value.substring(0, colon).replace("[", "").replace("]", ""), port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not HOST:PORT (the port is a number from 1 to 65535)");
        }
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
