package org.devassign.agent.service.backend;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.devassign.agent.AgentException;
import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.vfio.IrqVectors;
import org.devassign.agent.vfio.OpenedDevice;
import org.devassign.agent.vfio.RegionInfo;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.identity.Printable;

/**
 * A device the {@link CoreBackend} opened through VFIO: register access, and its interrupts counted
 * per vector (every vector of an MSI or MSI-X index has an eventfd of its own), by one platform thread
 * per IRQ index that polls all of its vectors. A level-triggered INTx stays masked after a signal until
 * a register write through the agent (the device's acknowledgement) unmasks it.
 */
final class CoreDevice implements DeviceHandle {
    private final DeviceId device;
    private final OpenedDevice opened;
    private final List<IrqVectors> irqs = new ArrayList<>();
    private final List<Thread> watchers = new ArrayList<>();
    private volatile boolean closed;

    CoreDevice(DeviceId device, OpenedDevice opened) {
        this.device = device;
        this.opened = opened;
    }

    void watch(IrqVectors irq) {
        irqs.add(irq);
        // a platform thread: poll() in a foreign call pins a virtual thread's carrier, and would starve the request threads
        watchers.add(Thread.ofPlatform().daemon().name("irq " + device + " #" + irq.index()).start(() -> {
            while (!closed) {
                try {
                    irq.await(200);
                } catch (AgentException e) {
                    if (!closed) {
                        CoreBackend.LOG.log(Level.WARNING, "interrupt {0} of {1}: {2}", irq.index(), device, Printable.escape(e.getMessage()));
                    }
                    return;
                }
            }
        }));
    }

    @Override
    public synchronized long read(int region, long offset, int width) throws BackendException {
        try {
            return opened.read(region, offset, width);
        } catch (AgentException e) {
            throw CoreBackend.failure(e, device, ErrorCode.BAD_ACCESS);
        }
    }

    @Override
    public synchronized void write(int region, long offset, int width, long value) throws BackendException {
        try {
            opened.write(region, offset, width, value);
            // INTx is level-triggered: the kernel masks it at each interrupt, and only the driver
            // knows how to acknowledge the device. A write through the agent may be that
            // acknowledgement, so unmask after it (unmasking before it would storm).
            for (IrqVectors irq : irqs) {
                if (irq.index() == 0) {
                    irq.unmask();
                }
            }
        } catch (AgentException e) {
            throw CoreBackend.failure(e, device, ErrorCode.BAD_ACCESS);
        }
    }

    @Override
    public long regionSize(int region) throws BackendException {
        try {
            return opened.region(region).size();
        } catch (AgentException e) {
            throw CoreBackend.failure(e, device, ErrorCode.BAD_ACCESS);
        }
    }

    @Override
    public Map<Integer, Long> irqCounts() {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        for (IrqVectors irq : irqs) {
            counts.put(irq.index(), irq.total());
        }
        return counts;
    }

    @Override
    public Map<Integer, long[]> irqVectorCounts() {
        Map<Integer, long[]> counts = new LinkedHashMap<>();
        for (IrqVectors irq : irqs) {
            counts.put(irq.index(), irq.counts());
        }
        return counts;
    }

    @Override
    public List<HandoffFd> handoffFds() {
        Map<Integer, Long> offsets = new LinkedHashMap<>();
        for (RegionInfo region : opened.regions()) {
            if (region.size() > 0) {
                offsets.put(region.index(), region.offset());
            }
        }
        return List.of(new HandoffFd(opened.fd(), "device", offsets));
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (Thread watcher : watchers) {
            try {
                watcher.join(1000); // its poll() ends within 200 ms; then the eventfd can be closed safely
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (IrqVectors irq : irqs) {
            irq.close();
        }
        opened.close();
    }
}
