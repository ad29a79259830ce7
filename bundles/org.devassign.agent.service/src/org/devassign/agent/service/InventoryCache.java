package org.devassign.agent.service;

import java.util.function.LongSupplier;

import org.devassign.agent.service.backend.BackendException;
import org.devassign.agent.service.backend.BoardBackend;

/**
 * The live board as .board text, shared: concurrent requests share one read, and a read answers
 * further requests for up to two seconds (sysfs is slow to walk, and rarely changes) unless a
 * transaction of this agent changed the board since.
 */
final class InventoryCache {

    private static final long MAX_AGE_NANOS = 2_000_000_000L;

    private final BoardBackend backend;
    private final LongSupplier changes;
    private String xml;
    private long time;
    private long seenChanges = -1;

    /** @param changes counts the agent's own changes of the board */
    InventoryCache(BoardBackend backend, LongSupplier changes) {
        this.backend = backend;
        this.changes = changes;
    }

    synchronized String xml() throws AgentException {
        long now = System.nanoTime();
        long current = changes.getAsLong();
        if (xml == null || seenChanges != current || now - time > MAX_AGE_NANOS) {
            try {
                xml = BoardXml.write(backend.inventory());
            } catch (BackendException e) {
                throw AgentException.of(e, null);
            }
            time = System.nanoTime();
            seenChanges = current;
        }
        return xml;
    }
}
