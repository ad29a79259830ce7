package org.devassign.dsl.ide.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import org.apache.log4j.Logger;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.xtext.ide.server.concurrent.ReadRequest;
import org.eclipse.xtext.ide.server.concurrent.RequestManager;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.xbase.lib.Functions.Function1;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Xtext's request manager, except that a read request refused on purpose ({@link ResponseErrorException},
 * as {@link AssignRename} refuses to rename a board's device) is an answer: the client gets the error
 * with its message as before, and the server's log one line saying what was refused, not Xtext's
 * "Error during request" with a stack trace, which is for defects.
 */
@Singleton
public class RefusalsAreAnswers extends RequestManager {

    private static final Logger LOG = Logger.getLogger(RefusalsAreAnswers.class);

    @Inject
    public RefusalsAreAnswers(ExecutorService parallel, OperationCanceledManager canceled) {
        super(parallel, canceled);
    }

    @Override
    public synchronized <V> CompletableFuture<V> runRead(Function1<? super CancelIndicator, ? extends V> request) {
        return submit(new ReadRequest<V>(this, request, getParallelExecutorService()) {
            @Override
            protected void logAndCompleteExceptionally(Throwable t) {
                if (t instanceof ResponseErrorException refusal) {
                    LOG.info("refused: " + refusal.getResponseError().getMessage());
                    get().completeExceptionally(t);
                } else {
                    super.logAndCompleteExceptionally(t);
                }
            }
        });
    }
}
