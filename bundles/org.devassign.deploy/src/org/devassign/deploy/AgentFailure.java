package org.devassign.deploy;

import java.io.IOException;

import org.devassign.agent.api.AgentError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;

import com.google.gson.Gson;
import com.google.gson.JsonElement;

/** A JSON-RPC error answer of an agent: its code, message and the {@link AgentError} data. */
public final class AgentFailure extends IOException {

    private static final long serialVersionUID = 1L;
    private static final Gson GSON = new Gson();

    private final int code;
    private final transient AgentError error;

    public AgentFailure(ResponseError response) {
        super(response.getMessage());
        this.code = response.getCode();
        this.error = data(response.getData());
    }

    private static AgentError data(Object data) {
        if (data == null) {
            return new AgentError(null, null, null);
        }
        try {
            JsonElement json = data instanceof JsonElement element ? element : GSON.toJsonTree(data);
            AgentError error = GSON.fromJson(json, AgentError.class);
            return error == null ? new AgentError(null, null, null) : error;
        } catch (RuntimeException e) {
            return new AgentError(null, null, String.valueOf(data));
        }
    }

    public int code() {
        return code;
    }

    public AgentError error() {
        return error;
    }
}
