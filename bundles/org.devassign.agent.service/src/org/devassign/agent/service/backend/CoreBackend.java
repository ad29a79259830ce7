package org.devassign.agent.service.backend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.devassign.agent.AgentException;
import org.devassign.agent.api.Protocol;
import org.devassign.agent.binding.DeviceBinder;
import org.devassign.agent.binding.SavedDriver;
import org.devassign.agent.vfio.IrqEventfd;
import org.devassign.agent.vfio.OpenedDevice;
import org.devassign.agent.vfio.RegionInfo;
import org.devassign.agent.vfio.VfioOpener;
import org.devassign.discovery.sysfs.SysfsImporter;
import org.devassign.model.Board;
import org.devassign.model.OpenPath;
import org.devassign.model.io.ModelFileException;

/**
 * The service's board on the agent core: sysfs reads for drivers and groups, {@link DeviceBinder}
 * for binding (driver_override, drivers_probe, verified) and restoring, {@link VfioOpener} for the
 * opens, the discovery bundle's sysfs importer for the inventory. Interrupts are counted by one
 * thread per eventfd; a level-triggered INTx stays masked after a signal until a register write
 * through the agent (the device's acknowledgement) unmasks it.
 */
public final class CoreBackend implements BoardBackend {

    private final Path sysfs;
    private final DeviceBinder binder;
    private final VfioOpener opener;

    /** @param sysfs the board's /sys (a snapshot root's sys/ in tests) */
    public CoreBackend(Path sysfs) {
        this.sysfs = sysfs;
        this.binder = new DeviceBinder(sysfs);
        this.opener = sysfs.equals(Path.of("/sys")) ? new VfioOpener() : new VfioOpener(sysfs, sysfs.resolveSibling("dev"));
    }

    @Override
    public String describe() {
        return "core, sysfs " + sysfs;
    }

    private Optional<Path> devicePath(String device) {
        for (String bus : List.of("pci", "platform")) {
            Path path = sysfs.resolve("bus").resolve(bus).resolve("devices").resolve(device);
            if (Files.exists(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    private Path require(String device) throws BackendException {
        return devicePath(device).orElseThrow(() -> new BackendException(Protocol.UNKNOWN_DEVICE, device,
                "there is no PCI or platform device " + device + " in " + sysfs, null));
    }

    private String bus(String device) throws BackendException {
        Path path = require(device);
        return path.getParent().getParent().getFileName().toString();
    }

    @Override
    public Board inventory() throws BackendException {
        try {
            Path root = sysfs.getParent() == null ? Path.of("/") : sysfs.getParent();
            return SysfsImporter.importBoard(root).board();
        } catch (ModelFileException e) {
            throw new BackendException(Protocol.INTERNAL_ERROR, null, "cannot read the live board: " + e.getMessage(), null, e);
        }
    }

    @Override
    public boolean exists(String device) {
        return devicePath(device).isPresent();
    }

    @Override
    public Optional<String> protection(String device) throws BackendException {
        require(device);
        return binder.protectedDevices().reason(device);
    }

    @Override
    public String driverOf(String device) throws BackendException {
        Path link = require(device).resolve("driver");
        try {
            return Files.isSymbolicLink(link) ? Files.readSymbolicLink(link).getFileName().toString() : null;
        } catch (IOException e) {
            throw new BackendException(Protocol.INTERNAL_ERROR, device, "cannot read the driver of " + device, e.getMessage(), e);
        }
    }

    @Override
    public DriverState stateOf(String device) throws BackendException {
        String override = null;
        Path file = require(device).resolve("driver_override");
        try {
            if (Files.exists(file)) {
                String text = Files.readString(file).trim();
                override = text.isEmpty() || text.equals("(null)") ? null : text;
            }
        } catch (IOException e) {
            throw new BackendException(Protocol.INTERNAL_ERROR, device, "cannot read driver_override of " + device, e.getMessage(), e);
        }
        return new DriverState(device, driverOf(device), override);
    }

    @Override
    public List<String> groupOf(String device) throws BackendException {
        Path devices = require(device).resolve("iommu_group").resolve("devices");
        if (!Files.isDirectory(devices)) {
            return List.of(device);
        }
        try (Stream<Path> members = Files.list(devices)) {
            return members.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new BackendException(Protocol.INTERNAL_ERROR, device, "cannot list the IOMMU group of " + device, e.getMessage(), e);
        }
    }

    @Override
    public boolean isBridge(String device) throws BackendException {
        Path classFile = require(device).resolve("class");
        try {
            return Files.exists(classFile) && Files.readString(classFile).trim().startsWith("0x0604");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public DriverState bind(String device, String driver) throws BackendException {
        DriverState before = stateOf(device);
        try {
            binder.bindExactly(List.of(device), driver);
            return before;
        } catch (AgentException e) {
            int code = e.getMessage() != null && e.getMessage().contains("protected") ? Protocol.PROTECTED_DEVICE : Protocol.BIND_FAILED;
            throw new BackendException(code, device, e.getMessage(), null, e);
        }
    }

    @Override
    public void restore(DriverState saved) throws BackendException {
        try {
            binder.restore(List.of(new SavedDriver(bus(saved.device()), saved.device(), saved.driver(), saved.override())));
        } catch (AgentException e) {
            throw new BackendException(Protocol.BIND_FAILED, saved.device(), e.getMessage(), null, e);
        }
    }

    @Override
    public DeviceHandle open(String device, String openPath, List<Integer> irqs) throws BackendException {
        OpenPath path = switch (openPath == null ? "auto" : openPath) {
            case "group" -> OpenPath.GROUP;
            case "cdev" -> OpenPath.CDEV;
            default -> OpenPath.AUTO;
        };
        OpenedDevice opened;
        try {
            opened = opener.open(device, path);
        } catch (AgentException e) {
            String message = e.getMessage() == null ? "open failed" : e.getMessage();
            int code = message.contains("viable") ? Protocol.GROUP_NOT_VIABLE : Protocol.OPEN_FAILED;
            throw new BackendException(code, device, message, null, e);
        }
        Handle handle = new Handle(device, opened);
        try {
            for (int index : irqs) {
                handle.watch(opened.enableIrq(index));
            }
        } catch (AgentException e) {
            handle.close();
            throw new BackendException(Protocol.OPEN_FAILED, device, e.getMessage(), null, e);
        }
        return handle;
    }

    private static final class Handle implements DeviceHandle {
        private final String device;
        private final OpenedDevice opened;
        private final List<IrqEventfd> irqs = new ArrayList<>();
        private final List<Thread> watchers = new ArrayList<>();
        private volatile boolean closed;

        Handle(String device, OpenedDevice opened) {
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
                            System.err.println("agent: interrupt " + irq.index() + " of " + device + ": " + e.getMessage());
                        }
                        return;
                    }
                }
            }));
        }

        private BackendException failure(AgentException e) {
            return new BackendException(Protocol.BAD_ACCESS, device, e.getMessage(), null, e);
        }

        @Override
        public synchronized long read(int region, long offset, int width) throws BackendException {
            try {
                return opened.read(region, offset, width);
            } catch (AgentException e) {
                throw failure(e);
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
                throw failure(e);
            }
        }

        @Override
        public long regionSize(int region) throws BackendException {
            try {
                return opened.region(region).size();
            } catch (AgentException e) {
                throw failure(e);
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
