package org.devassign.ui.deploy.targets;

import org.devassign.agent.api.HelloResult;
import org.devassign.agent.api.Status;

/**
 * What the workbench knows of a target now.
 *
 * @param connection disconnected, connecting, connected or failed
 * @param hello the agent's answer to hello (its name, the identity it saw, the roles), when connected
 * @param status the agent's last status, when connected
 * @param message why a connection failed, in the user's terms
 */
public record TargetState(AgentTarget target, String connection, HelloResult hello, Status status, String message) {

    public static final String DISCONNECTED = "disconnected";
    public static final String CONNECTING = "connecting";
    public static final String CONNECTED = "connected";
    public static final String FAILED = "failed";

    public boolean connected() {
        return CONNECTED.equals(connection);
    }

    /** The client identity the agent saw and the agent's own name, or what the user expects before connecting. */
    public String identityText() {
        if (hello != null) {
            return hello.identity() + " -> agent " + hello.agent() + " " + hello.roles();
        }
        return target.identity() == null ? "" : target.identity();
    }

    public String stateText() {
        if (FAILED.equals(connection)) {
            return "failed: " + message;
        }
        if (connected() && status != null) {
            return "connected" + (status.config() == null ? ", nothing deployed" : ", " + status.config() + " deployed ("
                    + status.devices().size() + " devices, transaction " + status.lastTransaction() + ")");
        }
        return connection;
    }
}
