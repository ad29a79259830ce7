package org.devassign.agent.service.backend;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.devassign.agent.api.Protocol;
import org.devassign.agent.service.unix.Native;
import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.model.PciDevice;
import org.devassign.model.Protection;
import org.devassign.model.Region;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A board in memory, started from a .board model: drivers change when bound, edu devices answer
 * their ID (0x010000ed) and liveness registers, writing the interrupt-raise register (0x60) counts
 * an INTx. For unit tests of the service (transactions, roles, protocol) without a kernel; the
 * virtual-board tests run the same service on {@code CoreBackend}.
 */
public final class SimulatedBackend implements BoardBackend {

    private static final Set<String> VFIO_DRIVERS = Set.of("vfio-pci", "vfio-platform");

    private final Board board;
    private final Path scratch;
    private final Map<String, String> drivers = new ConcurrentHashMap<>();
    private final Map<String, String> overrides = new ConcurrentHashMap<>();
    private final Map<String, Integer> opens = new ConcurrentHashMap<>();
    private final AtomicLong binds = new AtomicLong();
    private volatile String failBindOf;

    /** @param scratch a folder for the files whose descriptors stand in for VFIO device fds */
    public SimulatedBackend(Board board, Path scratch) {
        this.board = board;
        this.scratch = scratch;
        for (Device device : board.getDevices()) {
            if (device.getDriver() != null) {
                drivers.put(device.getSysfsName(), device.getDriver());
            }
        }
    }

    @Override
    public String describe() {
        return "simulated (" + board.getName() + ")";
    }

    /** Test hook: the next bind of this device fails the way a driver that does not claim it fails. */
    public void failNextBind(String device) {
        failBindOf = device;
    }

    /** Test hook: puts a device on a host driver behind the agent's back. */
    public void setDriver(String device, String driver) {
        if (driver == null) {
            drivers.remove(device);
        } else {
            drivers.put(device, driver);
        }
    }

    public long bindCount() {
        return binds.get();
    }

    public int openCount(String device) {
        return opens.getOrDefault(device, 0);
    }

    @Override
    public synchronized Board inventory() {
        Board copy = EcoreUtil.copy(board);
        for (Device device : copy.getDevices()) {
            device.setDriver(drivers.get(device.getSysfsName()));
            device.setDriverOverride(overrides.get(device.getSysfsName()));
        }
        return copy;
    }

    private Device find(String name) {
        return board.getDevices().stream().filter(d -> name.equals(d.getSysfsName())).findFirst().orElse(null);
    }

    private Device require(String name) throws BackendException {
        Device device = find(name);
        if (device == null) {
            throw new BackendException(Protocol.UNKNOWN_DEVICE, name, "no device " + name + " on this board", null);
        }
        return device;
    }

    @Override
    public boolean exists(String device) {
        return find(device) != null;
    }

    @Override
    public Optional<String> protection(String name) throws BackendException {
        Device device = require(name);
        Protection protection = device.getProtection();
        if (protection == null || protection == Protection.NONE) {
            return Optional.empty();
        }
        return Optional.of(switch (protection) {
            case ROOT_FILESYSTEM -> "it carries the root file system";
            case AGENT_CONNECTION -> "it carries the agent's own network connection";
            case MANAGEMENT -> "it carries the board's management connection";
            default -> "the agent's policy protects it";
        });
    }

    @Override
    public String driverOf(String device) throws BackendException {
        require(device);
        return drivers.get(device);
    }

    @Override
    public DriverState stateOf(String device) throws BackendException {
        require(device);
        return new DriverState(device, drivers.get(device), overrides.get(device));
    }

    @Override
    public List<String> groupOf(String name) throws BackendException {
        Device device = require(name);
        if (device.getIommuGroup() == null) {
            return List.of(name);
        }
        List<String> members = new ArrayList<>();
        for (Device member : device.getIommuGroup().getDevices()) {
            members.add(member.getSysfsName());
        }
        return members;
    }

    @Override
    public boolean isBridge(String name) throws BackendException {
        Device device = require(name);
        return device instanceof PciDevice pci && (pci.isBridge() || (pci.getClassCode() >> 8) == 0x0604);
    }

    @Override
    public synchronized DriverState bind(String device, String driver) throws BackendException {
        require(device);
        DriverState saved = new DriverState(device, drivers.get(device), overrides.get(device));
        if (!VFIO_DRIVERS.contains(driver)) {
            throw new BackendException(Protocol.BIND_FAILED, device, "driver " + driver + " did not claim " + device,
                    "the driver link did not change after drivers_probe");
        }
        if (device.equals(failBindOf)) {
            failBindOf = null;
            throw new BackendException(Protocol.BIND_FAILED, device, "driver " + driver + " did not claim " + device,
                    "the driver link did not change after drivers_probe (simulated)");
        }
        if (!driver.equals(drivers.get(device))) {
            binds.incrementAndGet();
            overrides.put(device, driver);
            drivers.put(device, driver);
        }
        return saved;
    }

    @Override
    public synchronized void restore(DriverState saved) {
        if (saved.driver() == null) {
            drivers.remove(saved.device());
        } else {
            drivers.put(saved.device(), saved.driver());
        }
        if (saved.override() == null) {
            overrides.remove(saved.device());
        } else {
            overrides.put(saved.device(), saved.override());
        }
    }

    @Override
    public synchronized DeviceHandle open(String name, String openPath, List<Integer> irqs) throws BackendException {
        Device device = require(name);
        if (!VFIO_DRIVERS.contains(drivers.get(name))) {
            throw new BackendException(Protocol.OPEN_FAILED, name, name + " is not on a vfio driver", "ENODEV");
        }
        for (String member : groupOf(name)) {
            String driver = drivers.get(member);
            if (driver != null && !VFIO_DRIVERS.contains(driver) && !isBridge(member)) {
                throw new BackendException(Protocol.GROUP_NOT_VIABLE, name, "the IOMMU group of " + name + " is not viable: "
                        + member + " is on " + driver, "VFIO_GROUP_FLAGS_VIABLE not set");
            }
        }
        opens.merge(name, 1, Integer::sum);
        return new Handle(device);
    }

    private final class Handle implements DeviceHandle {
        private final Device device;
        private final Map<Long, Long> registers = new ConcurrentHashMap<>();
        private final AtomicLong intx = new AtomicLong();
        private int fd = -1;

        Handle(Device device) {
            this.device = device;
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
            throw new BackendException(Protocol.BAD_ACCESS, device.getSysfsName(), "no region " + index, null);
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
                    Path file = scratch.resolve(device.getSysfsName().replace(':', '_') + ".bar0");
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
            opens.merge(device.getSysfsName(), -1, Integer::sum);
        }
    }
}
