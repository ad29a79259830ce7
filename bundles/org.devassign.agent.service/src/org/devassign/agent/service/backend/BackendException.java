package org.devassign.agent.service.backend;

import org.devassign.agent.api.ErrorCode;
import org.devassign.core.identity.DeviceId;

/**
 * A failure on the board, with the protocol error code chosen where it was detected, the device it
 * is about, and the kernel's words (errno, sysfs) as a detail rather than the headline.
 */
public final class BackendException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final DeviceId device;
    private final String detail;

    public BackendException(ErrorCode code, DeviceId device, String message, String detail) {
        this(code, device, message, detail, null);
    }

    public BackendException(ErrorCode code, DeviceId device, String message, String detail, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.device = device;
        this.detail = detail;
    }

    public ErrorCode code() {
        return code;
    }

    public DeviceId device() {
        return device;
    }

    public String detail() {
        return detail;
    }
}
