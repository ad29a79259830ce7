package org.devassign.agent.service.backend;

import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.devassign.agent.AgentException;
import org.devassign.agent.Failure;
import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.binding.DeviceBinder;
import org.devassign.agent.binding.ProtectedDevices;
import org.devassign.agent.binding.SavedDriver;
import org.devassign.agent.binding.SysfsWriter;
import org.devassign.agent.vfio.IrqEventfd;
import org.devassign.agent.vfio.OpenedDevice;
import org.devassign.agent.vfio.RegionInfo;
import org.devassign.agent.vfio.VfioOpener;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.identity.Printable;
import org.devassign.core.rules.GroupMember;
import org.devassign.core.rules.OpenPath;
import org.devassign.core.rules.ProtectionPolicy;
import org.devassign.core.rules.Vfio;
import org.devassign.core.sysfs.SysfsDevices;
import org.devassign.core.sysfs.SysfsReader;
import org.devassign.discovery.sysfs.SysfsImporter;
import org.devassign.model.Board;
import org.devassign.model.io.ModelFileException;

/**
 * The service's board on the agent core: sysfs read through the core's one reader
 * ({@link SysfsDevices}), {@link DeviceBinder} for binding (driver_override, drivers_probe, verified)
 * and restoring, {@link VfioOpener} for the opens, the discovery bundle's sysfs importer for the
 * inventory. The board's protection is found afresh for every request, with the local addresses of
 * the agent's own connections. Failures carry their {@link Failure} from where the agent core found
 * them, mapped to the protocol's codes in one switch ({@link #code}). Interrupts are counted by one
 * thread per eventfd; a level-triggered INTx stays masked after a signal until a register write
 * through the agent (the device's acknowledgement) unmasks it.
 */
public final class CoreBackend implements BoardBackend {

    /** The agent's logger (the service's AgentLog names the same one). */
    private static final System.Logger LOG = System.getLogger("org.devassign.agent");

    private final Path sysfs;
    private final boolean live;
    private final SysfsDevices devices;
    private final DeviceBinder binder;
    private final VfioOpener opener;
    private final Supplier<? extends Collection<InetAddress>> agentAddresses;

    /** @param sysfs the board's /sys (a snapshot root's sys/ in tests) */
    public CoreBackend(Path sysfs) {
        this(sysfs, SysfsWriter.KERNEL, List::of);
    }

    /**
     * @param writer the kernel's sysfs writes (a simulated kernel in tests)
     * @param agentAddresses the local addresses of the agent's connections now: their interfaces are protected
     */
    public CoreBackend(Path sysfs, SysfsWriter writer, Supplier<? extends Collection<InetAddress>> agentAddresses) {
        this.sysfs = sysfs.toAbsolutePath().normalize();
        this.live = this.sysfs.equals(Path.of("/sys"));
        Path root = this.sysfs.getParent() == null ? this.sysfs : this.sysfs.getParent();
        this.devices = new SysfsDevices(this.sysfs, new SysfsReader(root, (path, what) -> LOG.log(Level.WARNING,
                "sysfs: {0} {1}", Printable.escape(path.toString()), Printable.escape(what))));
        this.agentAddresses = agentAddresses;
        this.binder = new DeviceBinder(devices, writer, this::protectionNow);
        this.opener = new VfioOpener(devices, live ? Path.of("/dev") : this.sysfs.resolveSibling("dev"));
    }

    @Override
    public String describe() {
        return "core, sysfs " + sysfs;
    }

    /** The one translation from the agent core's failures to the protocol's codes. */
    static ErrorCode code(Failure failure, ErrorCode onDevice) {
        return switch (failure) {
            case NO_SUCH_DEVICE -> ErrorCode.UNKNOWN_DEVICE;
            case PROTECTED -> ErrorCode.PROTECTED_DEVICE;
            case NO_SUCH_DRIVER, BIND_FAILED -> ErrorCode.BIND_FAILED;
            case RESTORE_FAILED -> ErrorCode.RESTORE_FAILED;
            case GROUP_NOT_VIABLE -> ErrorCode.GROUP_NOT_VIABLE;
            case NOT_ON_VFIO, OPEN_FAILED -> ErrorCode.OPEN_FAILED;
            case DEVICE -> onDevice;
        };
    }

    private static BackendException failure(AgentException e, DeviceId device, ErrorCode onDevice) {
        return new BackendException(code(e.failure(), onDevice), device, e.getMessage() == null ? "failed" : e.getMessage(), null, e);
    }

    private void require(DeviceId device) throws BackendException {
        if (!devices.exists(device)) {
            throw new BackendException(ErrorCode.UNKNOWN_DEVICE, device, "there is no " + device.bus().label() + " device " + device + " in "
                    + devices.busDirectory(device.bus()).resolve("devices"), null);
        }
    }

    private ProtectionPolicy protectionNow() {
        Collection<InetAddress> addresses = agentAddresses.get();
        return live ? ProtectedDevices.live(addresses)
                : ProtectedDevices.detect(sysfs, sysfs.resolveSibling("proc"), ProtectedDevices.interfacesOf(addresses));
    }

    @Override
    public Board inventory() throws BackendException {
        try {
            Path root = sysfs.getParent() == null ? Path.of("/") : sysfs.getParent();
            return SysfsImporter.importBoard(root).board();
        } catch (ModelFileException e) {
            throw new BackendException(ErrorCode.INTERNAL_ERROR, null, "cannot read the live board: " + e.getMessage(), null, e);
        }
    }

    @Override
    public boolean exists(DeviceId device) {
        return devices.exists(device);
    }

    @Override
    public ProtectionPolicy protection() {
        return protectionNow();
    }

    @Override
    public String driverOf(DeviceId device) throws BackendException {
        require(device);
        return devices.driver(device);
    }

    @Override
    public DriverState stateOf(DeviceId device) throws BackendException {
        require(device);
        return new DriverState(device, devices.driver(device), devices.driverOverride(device));
    }

    @Override
    public List<DeviceId> groupOf(DeviceId device) throws BackendException {
        require(device);
        return devices.groupOf(device);
    }

    @Override
    public GroupMember member(DeviceId device) throws BackendException {
        require(device);
        return devices.member(device);
    }

    @Override
    public Optional<DeviceId> parentOf(DeviceId device) {
        return devices.parent(device);
    }

    @Override
    public DriverState bind(DeviceId device, Vfio driver) throws BackendException {
        DriverState before = stateOf(device);
        try {
            binder.bindExactly(List.of(device), driver);
            return before;
        } catch (AgentException e) {
            throw failure(e, device, ErrorCode.BIND_FAILED);
        }
    }

    @Override
    public void restore(DriverState saved) throws BackendException {
        try {
            binder.restore(List.of(new SavedDriver(saved.device(), saved.driver(), saved.override())));
        } catch (AgentException e) {
            throw failure(e, saved.device(), ErrorCode.RESTORE_FAILED);
        }
    }

    @Override
    public DeviceHandle open(DeviceId device, OpenPath path, List<Integer> irqs) throws BackendException {
        OpenedDevice opened;
        try {
            opened = opener.open(device, path);
        } catch (AgentException e) {
            throw failure(e, device, ErrorCode.OPEN_FAILED);
        }
        Handle handle = new Handle(device, opened);
        try {
            for (int index : irqs) {
                handle.watch(opened.enableIrq(index));
            }
        } catch (AgentException e) {
            handle.close();
            throw failure(e, device, ErrorCode.OPEN_FAILED);
        }
        return handle;
    }

    private static final class Handle implements DeviceHandle {
        private final DeviceId device;
        private final OpenedDevice opened;
        private final List<IrqEventfd> irqs = new ArrayList<>();
        private final List<Thread> watchers = new ArrayList<>();
        private volatile boolean closed;

        Handle(DeviceId device, OpenedDevice opened) {
            this.device = device;
            this.opened = opened;
        }

        void watch(IrqEventfd irq) {
            irqs.add(irq);
            // a platform thread: poll() in a foreign call pins a virtual thread's carrier, and would starve the request threads
            watchers.add(Thread.ofPlatform().daemon().name("irq " + device + " #" + irq.index()).start(() -> {
                while (!closed) {
                    try {
                        irq.await(200);
                    } catch (AgentException e) {
                        if (!closed) {
                            LOG.log(Level.WARNING, "interrupt {0} of {1}: {2}", irq.index(), device, Printable.escape(e.getMessage()));
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
                throw failure(e, device, ErrorCode.BAD_ACCESS);
            }
        }

        @Override
        public synchronized void write(int region, long offset, int width, long value) throws BackendException {
            try {
                opened.write(region, offset, width, value);
                // INTx is level-triggered: the kernel masks it at each interrupt, and only the driver
                // knows how to acknowledge the device. A write through the agent may be that
                // acknowledgement, so unmask after it (unmasking before it would storm).
                for (IrqEventfd irq : irqs) {
                    if (irq.index() == 0) {
                        irq.unmask();
                    }
                }
            } catch (AgentException e) {
                throw failure(e, device, ErrorCode.BAD_ACCESS);
            }
        }

        @Override
        public long regionSize(int region) throws BackendException {
            try {
                return opened.region(region).size();
            } catch (AgentException e) {
                throw failure(e, device, ErrorCode.BAD_ACCESS);
            }
        }

        @Override
        public Map<Integer, Long> irqCounts() {
            Map<Integer, Long> counts = new LinkedHashMap<>();
            for (IrqEventfd irq : irqs) {
                counts.put(irq.index(), irq.count());
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
            for (IrqEventfd irq : irqs) {
                irq.close();
            }
            opened.close();
        }
    }
}
