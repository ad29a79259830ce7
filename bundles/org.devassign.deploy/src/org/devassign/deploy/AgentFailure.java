package org.devassign.deploy;

import java.io.IOException;
import java.util.Optional;

import org.devassign.agent.api.AgentError;
import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.api.wire.ProtocolJson;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;

import com.google.gson.Gson;
import com.google.gson.JsonElement;

/** A JSON-RPC error answer of an agent: its code, message and the {@link AgentError} data. */
public final class AgentFailure extends IOException {

    private static final long serialVersionUID = 1L;
    private static final Gson GSON = ProtocolJson.gson();

    private final int code;
    private final transient AgentError error;

    public AgentFailure(ResponseError response) {
        super(response.getMessage());
        this.code = response.getCode();
        this.error = data(response.getData());
    }

    private static AgentError data(Object data) {
        if (data == null) {
            return AgentError.NONE;
        }
        try {
            JsonElement json = data instanceof JsonElement element ? element : GSON.toJsonTree(data);
            AgentError error = GSON.fromJson(json, AgentError.class);
            return error == null ? AgentError.NONE : error;
        } catch (RuntimeException e) {
            return new AgentError(null, null, String.valueOf(data));
        }
    }

    /** The JSON-RPC number, as the agent sent it. */
    public int code() {
        return code;
    }

    /** The code, when it is one this client knows. */
    public Optional<ErrorCode> errorCode() {
        return ErrorCode.of(code);
    }

    /** Whether the agent answered with this code. */
    public boolean is(ErrorCode expected) {
        return code == expected.code();
    }

    public AgentError error() {
        return error;
    }
}
