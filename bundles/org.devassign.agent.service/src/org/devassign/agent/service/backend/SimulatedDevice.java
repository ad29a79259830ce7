package org.devassign.agent.service.backend;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.service.unix.Native;
import org.devassign.core.identity.DeviceId;
import org.devassign.model.Device;
import org.devassign.model.PciDevice;
import org.devassign.model.Region;

/**
 * A device the {@link SimulatedBackend} opened: regions of the model's sizes, an edu's ID
 * (0x010000ed) and liveness registers, an INTx counted for each write of the interrupt-raise
 * register (0x60), and a file whose descriptor stands in for the VFIO device fd in the hand-off.
 */
final class SimulatedDevice implements DeviceHandle {
    private final Device device;
    private final DeviceId id;
    private final Map<Long, Long> registers = new ConcurrentHashMap<>();
    private final AtomicLong intx = new AtomicLong();
    private final Path scratch;
    private final Runnable closed;
    private int fd = -1;

    SimulatedDevice(Device device, DeviceId id, Path scratch, Runnable closed) {
        this.device = device;
        this.id = id;
        this.scratch = scratch;
        this.closed = closed;
        if (device instanceof PciDevice pci && pci.getVendorId() == 0x1234 && pci.getDeviceId() == 0x11e8) {
            registers.put(0L, 0x010000edL);
        }
    }

    @Override
    public long regionSize(int index) throws BackendException {
        for (Region region : device.getRegions()) {
            if (region.getIndex() == index) {
                return region.getSize();
            }
        }
        throw new BackendException(ErrorCode.BAD_ACCESS, id, "no region " + index, null);
    }

    @Override
    public long read(int region, long offset, int width) throws BackendException {
        regionSize(region);
        long value = registers.getOrDefault(offset, 0L);
        return width == 8 ? value : value & ((1L << (8 * width)) - 1);
    }

    @Override
    public void write(int region, long offset, int width, long value) throws BackendException {
        regionSize(region);
        if (offset == 0) {
            return; // the ID register is read-only
        }
        if (offset == 4) {
            registers.put(4L, ~value & 0xffffffffL);
        } else if (offset == 0x60) {
            intx.incrementAndGet();
        } else {
            registers.put(offset, value);
        }
    }

    @Override
    public Map<Integer, Long> irqCounts() {
        return Map.of(0, intx.get());
    }

    @Override
    public synchronized List<HandoffFd> handoffFds() {
        if (fd < 0) {
            try {
                Files.createDirectories(scratch);
                Path file = scratch.resolve(id.kernelName().replace(':', '_') + ".bar0");
                ByteBuffer bar = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(registers.getOrDefault(0L, 0L).intValue());
                Files.write(file, bar.array());
                fd = Native.open(file.toString(), Native.O_RDONLY);
            } catch (IOException e) {
                throw new IllegalStateException("cannot make the simulated device file: " + e.getMessage(), e);
            }
        }
        return List.of(new HandoffFd(fd, "device", Map.of(0, 0L)));
    }

    @Override
    public synchronized void close() {
        Native.close(fd);
        fd = -1;
        closed.run();
    }
}
