package org.devassign.agent.service.backend;

/**
 * A failure on the board, with the protocol error code to report, the device it is about, and
 * the kernel's words (errno, sysfs) as a detail rather than the headline.
 */
public final class BackendException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int code;
    private final String device;
    private final String detail;

    public BackendException(int code, String device, String message, String detail) {
        super(message);
        this.code = code;
        this.device = device;
        this.detail = detail;
    }

    public BackendException(int code, String device, String message, String detail, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.device = device;
        this.detail = detail;
    }

    public int code() {
        return code;
    }

    public String device() {
        return device;
    }

    public String detail() {
        return detail;
    }
}
