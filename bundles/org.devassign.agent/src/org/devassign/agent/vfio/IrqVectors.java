package org.devassign.agent.vfio;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import org.devassign.agent.AgentException;
import org.devassign.agent.nativeio.LibC;
import org.devassign.agent.nativeio.NativeException;

/**
 * Every vector of one IRQ index signalling an eventfd of its own (VFIO_IRQ_SET_DATA_EVENTFD |
 * ACTION_TRIGGER, start 0, one eventfd per vector): the 65 MSI-X vectors of an NVMe controller or the
 * 5 of an e1000e, or the single one of INTx. Counts the signals per vector; one {@link #await} polls
 * them all, so one thread watches a device however many vectors it has. Closing de-assigns the index
 * (DATA_NONE | TRIGGER, count 0) and closes the eventfds.
 */
public final class IrqVectors implements AutoCloseable {

    private final OpenedDevice device;
    private final int index;
    private final int[] fds;
    private final long[] counts;
    private boolean closed;

    IrqVectors(OpenedDevice device, int index, int[] fds) {
        this.device = device;
        this.index = index;
        this.fds = fds.clone();
        this.counts = new long[fds.length];
    }

    public int index() {
        return index;
    }

    /** How many vectors signal an eventfd. */
    public int vectors() {
        return fds.length;
    }

    public int fd(int vector) {
        return fds[vector];
    }

    /** Signals consumed so far, per vector. */
    public synchronized long[] counts() {
        return counts.clone();
    }

    /** Signals consumed so far, all vectors together. */
    public synchronized long total() {
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        return sum;
    }

    /**
     * Waits up to timeoutMillis for any vector; consumes the eventfd counters of those that fired and
     * returns how many fired. Level-triggered (INTx) stays masked until {@link #unmask()}.
     */
    public int await(int timeoutMillis) throws AgentException {
        try {
            boolean[] ready = LibC.pollIn(fds, timeoutMillis);
            int fired = 0;
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment value = arena.allocate(JAVA_LONG);
                for (int v = 0; v < fds.length; v++) {
                    if (ready[v]) {
                        LibC.read(fds[v], value, "read eventfd");
                        synchronized (this) {
                            counts[v] += value.get(JAVA_LONG, 0);
                        }
                        fired++;
                    }
                }
            }
            return fired;
        } catch (NativeException e) {
            throw new AgentException("Waiting for the interrupts of index " + index + " of " + device.name() + " failed: " + e.getMessage(), e);
        }
    }

    /** Unmasks the index (needed after each level-triggered interrupt: INTx, platform). */
    public void unmask() throws AgentException {
        device.unmaskIrq(index);
    }

    /** Fires one vector's eventfd from the kernel side (VFIO's loopback trigger): the signalling path without the device. */
    public void trigger(int vector) throws AgentException {
        device.triggerIrq(index, vector);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        device.vectorsClosed(this);
        for (int fd : fds) {
            LibC.close(fd);
        }
    }
}
