package org.devassign.agent.service.backend;

import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.devassign.agent.AgentException;
import org.devassign.agent.Failure;
import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.binding.DeviceBinder;
import org.devassign.agent.binding.ProtectedDevices;
import org.devassign.agent.binding.SavedDriver;
import org.devassign.agent.binding.SysfsWriter;
import org.devassign.agent.vfio.OpenedDevice;
import org.devassign.agent.vfio.VfioOpener;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.identity.Printable;
import org.devassign.core.rules.GroupMember;
import org.devassign.core.rules.HostUse;
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
 * them, mapped to the protocol's codes in one switch ({@link #code}). An open device is a
 * {@link CoreDevice}; SR-IOV's virtual functions are created and removed by {@link CoreSriov}.
 */
public final class CoreBackend implements BoardBackend {

    /** The agent's logger (the service's AgentLog names the same one). */
    static final System.Logger LOG = System.getLogger("org.devassign.agent");

    private final Path sysfs;
    private final boolean live;
    private final SysfsDevices devices;
    private final DeviceBinder binder;
    private final VfioOpener opener;
    private final CoreSriov sriov;
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
        this.sriov = new CoreSriov(devices, writer);
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
            case IN_USE -> ErrorCode.DEVICE_IN_USE;
            case NO_SUCH_DRIVER, BIND_FAILED -> ErrorCode.BIND_FAILED;
            case RESTORE_FAILED -> ErrorCode.RESTORE_FAILED;
            case GROUP_NOT_VIABLE -> ErrorCode.GROUP_NOT_VIABLE;
            case NOT_ON_VFIO, OPEN_FAILED -> ErrorCode.OPEN_FAILED;
            case DEVICE -> onDevice;
        };
    }

    static BackendException failure(AgentException e, DeviceId device, ErrorCode onDevice) {
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
    public List<HostUse> usage(DeviceId device) throws BackendException {
        require(device);
        return binder.usage(device);
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
    public DriverState bind(DeviceId device, Vfio driver, boolean force) throws BackendException {
        DriverState before = stateOf(device);
        try {
            binder.bindExactly(List.of(device), driver, force);
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
    public Optional<SriovState> sriov(DeviceId device) throws BackendException {
        require(device);
        return sriov.state(device);
    }

    @Override
    public void createVfs(DeviceId pf, int count) throws BackendException {
        sriov.create(pf, count);
    }

    @Override
    public void removeVfs(DeviceId pf, boolean autoprobe) throws BackendException {
        sriov.remove(pf, autoprobe);
    }

    @Override
    public DeviceHandle open(DeviceId device, OpenPath path, List<Integer> irqs) throws BackendException {
        OpenedDevice opened;
        try {
            opened = opener.open(device, path);
        } catch (AgentException e) {
            throw failure(e, device, ErrorCode.OPEN_FAILED);
        }
        CoreDevice handle = new CoreDevice(device, opened);
        try {
            for (int index : irqs) {
                handle.watch(opened.enableIrqVectors(index));
            }
        } catch (AgentException e) {
            handle.close();
            throw failure(e, device, ErrorCode.OPEN_FAILED);
        }
        return handle;
    }
}
