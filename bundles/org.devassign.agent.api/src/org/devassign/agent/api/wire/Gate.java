package org.devassign.agent.api.wire;

import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;

/** Decides, before dispatch, whether an incoming request or notification may reach the service. */
@FunctionalInterface
public interface Gate {

    Gate OPEN = method -> null;

    /** @return null to let it through, or the error to answer with (nothing is dispatched) */
    ResponseError check(String method);
}
