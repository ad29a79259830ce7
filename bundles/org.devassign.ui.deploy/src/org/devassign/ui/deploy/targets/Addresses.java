package org.devassign.ui.deploy.targets;

import org.devassign.agent.api.Protocol;
import org.devassign.deploy.Target;

/**
 * A target's address as the user types it: HOST:PORT, with the port written out. The deploy client
 * would take a bare host with the default port, but a target saved without its port hides which
 * port the workbench uses; the dialog asks for it.
 */
public final class Addresses {

    private Addresses() {
    }

    /** The address, or an IllegalArgumentException whose message says what to type. */
    public static Target parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("Give the agent's address as HOST:PORT, e.g. board1:" + Protocol.DEFAULT_PORT + ".");
        }
        if (value.contains(" ")) {
            throw new IllegalArgumentException("'" + value + "' has a space: give HOST:PORT, e.g. board1:" + Protocol.DEFAULT_PORT + ".");
        }
        boolean bracketed = value.startsWith("[");
        boolean hasPort = bracketed ? value.matches("\\[[^\\]]+\\]:.*") : value.indexOf(':') == value.lastIndexOf(':') && value.contains(":");
        if (!hasPort) {
            throw new IllegalArgumentException("'" + value + "' has no port: give HOST:PORT (the agent listens on " + Protocol.DEFAULT_PORT
                    + " unless its agent.conf says otherwise)" + (value.chars().filter(c -> c == ':').count() > 1
                            ? "; write an IPv6 address in brackets, [::1]:" + Protocol.DEFAULT_PORT : "") + ".");
        }
        String host = bracketed ? value.substring(1, value.indexOf(']')) : value.substring(0, value.lastIndexOf(':'));
        if (host.isEmpty()) {
            throw new IllegalArgumentException("'" + value + "' has no host: give HOST:PORT, e.g. board1:" + Protocol.DEFAULT_PORT + ".");
        }
        return Target.parse(value);
    }
}
