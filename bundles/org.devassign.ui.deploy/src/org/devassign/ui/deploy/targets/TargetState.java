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
 * @param unpinned the SHA-256 fingerprint of the agent's certificate when the target is not pinned
 *            yet (shown with how to pin it), else null
 */
public record TargetState(AgentTarget target, String connection, HelloResult hello, Status status, String message, String unpinned) {

    public TargetState(AgentTarget target, String connection, HelloResult hello, Status status, String message) {
        this(target, connection, hello, status, message, null);
    }

    public static final String DISCONNECTED = "disconnected";
    public static final String CONNECTING = "connecting";
    public static final String CONNECTED = "connected";
    public static final String FAILED = "failed";

    public boolean connected() {
        return CONNECTED.equals(connection);
    }

    /**
     * The client identity the agent saw and the agent's own name (with the agent's fingerprint and how
     * to pin it while the target is not pinned), or what the user expects before connecting.
     */
    public String identityText() {
        if (hello != null) {
            return hello.identity() + " -> agent " + hello.agent() + " " + hello.roles() + (unpinned == null ? ""
                    : "; not pinned: the agent's certificate is SHA-256 " + unpinned + " (check it on the board, then set it as the"
                            + " target's identity to pin it)");
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
