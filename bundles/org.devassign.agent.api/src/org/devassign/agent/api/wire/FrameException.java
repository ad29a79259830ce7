package org.devassign.agent.api.wire;

import java.io.IOException;

import org.devassign.agent.api.ErrorCode;

/**
 * A frame that cannot be read: the JSON-RPC error code to answer with, and whether the stream can
 * go on (a body that was skipped whole) or must be closed (the framing itself is lost).
 */
public final class FrameException extends IOException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final boolean fatal;

    public FrameException(ErrorCode code, String message, boolean fatal) {
        super(message);
        this.code = code;
        this.fatal = fatal;
    }

    public ErrorCode code() {
        return code;
    }

    public boolean fatal() {
        return fatal;
    }
}
