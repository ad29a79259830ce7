package org.devassign.agent.api;

import org.eclipse.lsp4j.jsonrpc.services.JsonNotification;

/** Notifications the agent sends to a client while it works on one of the client's requests. */
public interface AgentEvents {

    @JsonNotification
    void progress(Progress progress);

    @JsonNotification
    void irqCounts(IrqCounts counts);
}
