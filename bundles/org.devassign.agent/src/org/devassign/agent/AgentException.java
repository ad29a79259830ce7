package org.devassign.agent;

/**
 * A failure of the agent that a person must act on. The message names the device or group, says
 * what is wrong and what to do; the kernel's errno text, when there is one, is a detail at the end.
 */
public class AgentException extends Exception {

    private static final long serialVersionUID = 1L;

    public AgentException(String message) {
        super(message);
    }

    public AgentException(String message, Throwable cause) {
        super(message, cause);
    }
}
