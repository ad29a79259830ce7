package org.devassign.agent;

/**
 * A failure of the agent that a person must act on. The message names the device or group, says
 * what is wrong and what to do; the kernel's errno text, when there is one, is a detail at the end.
 * The {@link Failure} says what kind it is, set where the condition was found.
 */
public class AgentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Failure failure;

    /** A failure on an open device ({@link Failure#DEVICE}). */
    public AgentException(String message) {
        this(Failure.DEVICE, message, null);
    }

    /** A failure on an open device ({@link Failure#DEVICE}). */
    public AgentException(String message, Throwable cause) {
        this(Failure.DEVICE, message, cause);
    }

    public AgentException(Failure failure, String message) {
        this(failure, message, null);
    }

    public AgentException(Failure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    public Failure failure() {
        return failure;
    }
}
