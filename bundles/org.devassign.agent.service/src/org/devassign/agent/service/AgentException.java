package org.devassign.agent.service;

import org.devassign.agent.api.AgentError;
import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.service.backend.BackendException;
import org.devassign.core.identity.DeviceId;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;

/** A refusal or failure of a request, carried to the client as a JSON-RPC error with {@link AgentError} data. */
public final class AgentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final AgentError data;

    public AgentException(ErrorCode code, String message, DeviceId device, String source, String detail) {
        super(message);
        this.code = code;
        this.data = new AgentError(device, source, detail);
    }

    /** A refusal about no device in particular. */
    public static AgentException of(ErrorCode code, String message) {
        return new AgentException(code, message, null, null, null);
    }

    public static AgentException of(BackendException e, String source) {
        return new AgentException(e.code(), e.getMessage(), e.device(), source, e.detail());
    }

    public ErrorCode code() {
        return code;
    }

    public AgentError data() {
        return data;
    }

    public ResponseErrorException toResponse() {
        return new ResponseErrorException(new ResponseError(code.code(), getMessage(), data));
    }
}
