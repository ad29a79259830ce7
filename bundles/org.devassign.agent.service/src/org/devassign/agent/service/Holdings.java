package org.devassign.agent.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.devassign.agent.api.ConsumerKind;
import org.devassign.agent.api.ConsumerName;
import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.DeviceRequest;
import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.api.VfRequest;
import org.devassign.agent.service.backend.DeviceHandle;
import org.devassign.agent.service.backend.DriverState;
import org.devassign.agent.service.backend.HandoffFd;
import org.devassign.agent.service.journal.JournalRecord;
import org.devassign.agent.service.unix.Native;
import org.devassign.core.identity.DeviceId;

/**
 * What the agent holds: per device the request it was taken for, the driver state it goes back to,
 * and its open handle when the agent opened it; the virtual functions it created on SR-IOV physical
 * functions; the active deployment; the last transaction and its
 * outcome. Shared by the transactions, recovery, register access, interrupts and the hand-off, so
 * every method is synchronized; a transaction itself runs under the agent's lock.
 */
final class Holdings {

    /** A device the agent holds. */
    static final class Held {
        DeviceRequest request;
        final DriverState saved;
        volatile DeviceHandle handle;
        private final Object lock;

        Held(DeviceRequest request, DriverState saved, Object lock) {
            this.request = request;
            this.saved = saved;
            this.lock = lock;
        }

        DeviceId device() {
            return saved.device();
        }

        /** Under the holdings' lock: the hand-off copies descriptors under it, never from a handle being closed. */
        void close() {
            synchronized (lock) {
                if (handle != null) {
                    handle.close();
                    handle = null;
                }
            }
        }
    }

    /** A descriptor copied for a consumer ({@link Native#dup}), which the receiver of it must close. */
    record Copy(Held held, HandoffFd original, int fd) {
    }

    /** Virtual functions the agent created on a PF: the request, and the PF's autoprobe to set back when they go. */
    record CreatedVfs(VfRequest request, boolean savedAutoprobe) {
        DeviceId physicalFunction() {
            return request.physicalFunction();
        }
    }

    private final Map<DeviceId, Held> held = new LinkedHashMap<>();
    private final Map<DeviceId, CreatedVfs> created = new LinkedHashMap<>();
    private Deployment active;
    private long lastTx;
    private String lastOutcome = "none";
    private String recovered;
    private long changes;

    synchronized Held get(DeviceId device) {
        return held.get(device);
    }

    synchronized Held take(DeviceRequest request, DriverState saved) {
        return held.computeIfAbsent(saved.device(), d -> new Held(request, saved, this));
    }

    synchronized void release(DeviceId device) {
        held.remove(device);
    }

    /** In the order taken. */
    synchronized List<Held> all() {
        return new ArrayList<>(held.values());
    }

    /** Last taken first: the order to give them back in. */
    synchronized List<Held> lastFirst() {
        List<Held> all = all();
        Collections.reverse(all);
        return all;
    }

    synchronized boolean isEmpty() {
        return held.isEmpty();
    }

    /** Closes every handle and forgets every device and VF creation (they are undone, or the journal says why not). */
    synchronized void clear() {
        held.values().forEach(Held::close);
        held.clear();
        created.clear();
    }

    synchronized CreatedVfs vfs(DeviceId pf) {
        return created.get(pf);
    }

    synchronized void createdVfs(VfRequest request, boolean savedAutoprobe) {
        created.putIfAbsent(request.physicalFunction(), new CreatedVfs(request, savedAutoprobe));
    }

    synchronized void removedVfs(DeviceId pf) {
        created.remove(pf);
    }

    /** The VFs the agent created, last created first: the order to remove them in. */
    synchronized List<CreatedVfs> createdLastFirst() {
        List<CreatedVfs> all = new ArrayList<>(created.values());
        Collections.reverse(all);
        return all;
    }

    synchronized void closeAll() {
        held.values().forEach(Held::close);
    }

    synchronized Set<DeviceId> devices() {
        return new LinkedHashSet<>(held.keySet());
    }

    /** The open handle of a device the agent holds. */
    synchronized DeviceHandle handle(DeviceId device) throws AgentException {
        Held h = device == null ? null : held.get(device);
        if (h == null || h.handle == null) {
            throw new AgentException(ErrorCode.NOT_DEPLOYED, (device == null ? "no device given" : device + " is not open in the agent")
                    + ": deploy a config that assigns it to a consumer the agent opens (probe or userspace)", device, null, null);
        }
        return h.handle;
    }

    /**
     * Copies of the descriptors of the devices held open for a user-space consumer, in the order
     * taken. Never those of the agent's own probe, whatever its name: only a {@link ConsumerKind#USERSPACE}
     * request is handed out.
     */
    synchronized List<Copy> copiesFor(ConsumerName consumer) throws IOException {
        List<Copy> copies = new ArrayList<>();
        try {
            for (Held h : held.values()) {
                DeviceHandle handle = h.handle;
                if (handle != null && h.request.consumerKind() == ConsumerKind.USERSPACE && consumer.equals(h.request.consumer())) {
                    for (HandoffFd fd : handle.handoffFds()) {
                        copies.add(new Copy(h, fd, Native.dup(fd.fd())));
                    }
                }
            }
            return copies;
        } catch (IOException | RuntimeException e) {
            copies.forEach(c -> Native.close(c.fd()));
            throw e;
        }
    }

    synchronized Deployment active() {
        return active;
    }

    synchronized void activate(Deployment deployment, String outcome) {
        active = deployment;
        lastOutcome = outcome;
    }

    synchronized long lastTx() {
        return lastTx;
    }

    /**
     * A new transaction number; the board changes from here on. Ids never wrap: past
     * {@link JournalRecord#MAX_TX} there is none (callers check {@link #lastTx} first and refuse).
     */
    synchronized long nextTx() {
        if (lastTx >= JournalRecord.MAX_TX) {
            throw new IllegalStateException("every transaction id is used (the last is " + lastTx + ")");
        }
        changes++;
        return ++lastTx;
    }

    synchronized void seenTx(long tx) {
        lastTx = Math.max(lastTx, tx);
    }

    synchronized String lastOutcome() {
        return lastOutcome;
    }

    synchronized void outcome(String outcome) {
        lastOutcome = outcome;
    }

    synchronized String recovered() {
        return recovered;
    }

    synchronized void recovered(String what) {
        recovered = what;
    }

    /** Counts the agent's own changes of the board, so a cached inventory read before one is not served after it. */
    synchronized long changes() {
        return changes;
    }

    synchronized void changed() {
        changes++;
    }
}
