package org.devassign.deploy;

import org.devassign.agent.api.Protocol;
import org.devassign.agent.api.tls.Fingerprint;

/**
 * An agent's address, HOST:PORT (the port defaults to {@link Protocol#DEFAULT_PORT}), and the
 * SHA-256 fingerprint its certificate must have ({@code pin}; null: the CA alone decides).
 */
public record Target(String host, int port, String pin) {

    public Target {
        if (pin != null) {
            pin = pin.isBlank() ? null : Fingerprint.parse(pin);
        }
    }

    /** An address without a pin. */
    public Target(String host, int port) {
        this(host, port, null);
    }

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

    /** This address pinned to {@code fingerprint} (null or blank: not pinned). */
    public Target pinned(String fingerprint) {
        return new Target(host, port, fingerprint);
    }

    /** HOST:PORT (the pin is not part of the address). */
    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
