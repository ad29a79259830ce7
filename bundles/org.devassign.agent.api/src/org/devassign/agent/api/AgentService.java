package org.devassign.agent.api;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;

/**
 * The methods the agent serves. Every call is authorized by the role of the client certificate
 * ({@link Role}); refusals and failures come back as JSON-RPC errors with an {@link ErrorCode}
 * and an {@link AgentError} as data. A parameter that is not a valid value (a device name that is
 * no kernel name, an unknown driver or open path) is refused with -32602 before a method runs.
 */
public interface AgentService {

    /** Version and capability negotiation; also tells the client its roles. */
    @JsonRequest
    CompletableFuture<HelloResult> hello(Hello hello);

    /** The live board, as a DevAssign .board document. */
    @JsonRequest
    CompletableFuture<Inventory> inventory();

    /** A dry run of {@code deployment} on the live board: the steps apply would take. Changes nothing. */
    @JsonRequest
    CompletableFuture<PlanResult> plan(Deployment deployment);

    /** Applies a deployment as one transaction, with {@link AgentEvents#progress} notifications. */
    @JsonRequest
    CompletableFuture<ApplyResult> apply(Deployment deployment);

    @JsonRequest
    CompletableFuture<Status> status();

    /** Restores every device of the active deployment to the driver it had before. */
    @JsonRequest
    CompletableFuture<ApplyResult> rollback(RollbackRequest request);

    @JsonRequest
    CompletableFuture<RegisterValue> read(RegisterAccess access);

    @JsonRequest
    CompletableFuture<RegisterValue> write(RegisterAccess access);

    /** Streams {@link AgentEvents#irqCounts} for a while, then answers with the final counts. */
    @JsonRequest
    CompletableFuture<IrqCounts> watchIrqs(WatchRequest request);
}
