package org.devassign.agent.vfio;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import org.devassign.agent.AgentException;
import org.devassign.agent.nativeio.LibC;
import org.devassign.agent.nativeio.NativeException;

/**
 * One IRQ index of an opened device signalling an eventfd (VFIO_IRQ_SET_DATA_EVENTFD |
 * ACTION_TRIGGER). Counts the signals it has consumed. Closing de-assigns the eventfd (DATA_NONE |
 * TRIGGER, count 0) and closes it; the device closes what its caller forgot.
 */
public final class IrqEventfd implements AutoCloseable {

    private final OpenedDevice device;
    private final int index;
    private final int fd;
    private long count;
    private boolean closed;

    IrqEventfd(OpenedDevice device, int index, int fd) {
        this.device = device;
        this.index = index;
        this.fd = fd;
    }

    public int index() {
        return index;
    }

    public int fd() {
        return fd;
    }

    /** Signals consumed so far (the sum of the eventfd counter values read). */
    public long count() {
        return count;
    }

    /**
     * Waits up to timeoutMillis for the interrupt; returns whether it fired, and consumes the eventfd
     * counter. Level-triggered (automasked) interrupts stay masked until {@link #unmask()}.
     */
    public boolean await(int timeoutMillis) throws AgentException {
        try {
            if (!LibC.pollIn(fd, timeoutMillis)) {
                return false;
            }
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment value = arena.allocate(JAVA_LONG);
                LibC.read(fd, value, "read eventfd");
                count += value.get(JAVA_LONG, 0);
            }
            return true;
        } catch (NativeException e) {
            throw new AgentException("Waiting for interrupt index " + index + " of " + device.name()
                    + " failed: " + e.getMessage(), e);
        }
    }

    /** Unmasks the index (needed after each level-triggered interrupt: INTx, platform). */
    public void unmask() throws AgentException {
        device.unmaskIrq(index);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        device.irqClosed(this);
        LibC.close(fd);
    }
}
