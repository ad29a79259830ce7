package org.devassign.agent.service.backend;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.devassign.agent.api.ErrorCode;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.BindingUnits;
import org.devassign.core.rules.GroupMember;
import org.devassign.core.rules.GroupViability;
import org.devassign.core.rules.HostUse;
import org.devassign.core.rules.OpenPath;
import org.devassign.core.rules.Protection;
import org.devassign.core.rules.ProtectionPolicy;
import org.devassign.core.rules.Vfio;
import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.model.facts.DeviceFacts;
import org.devassign.model.facts.HostUsages;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A board in memory, started from a .board model: drivers change when bound (the objects of an
 * fsl-mc container follow it), edu devices answer their ID (0x010000ed) and liveness registers,
 * writing the interrupt-raise register (0x60) counts an INTx. The rules are the core's: the VFIO
 * driver per bus, group viability, bridges, protection from the model's attributes, host use from the
 * model's hostUsage while a device is on its host driver (refused unless forced). For unit tests
 * of the service (transactions, roles, protocol) without a kernel; the virtual-board tests run the
 * same service on {@code CoreBackend}.
 */
public final class SimulatedBackend implements BoardBackend {

    private final Board board;
    private final Path scratch;
    private final Map<DeviceId, Device> devices = new LinkedHashMap<>();
    private final Map<DeviceId, String> drivers = new ConcurrentHashMap<>();
    private final Map<DeviceId, String> overrides = new ConcurrentHashMap<>();
    /** Drivers the objects of a bound container had, to go back to when it is restored. */
    private final Map<DeviceId, Optional<String>> followed = new ConcurrentHashMap<>();
    private final Map<DeviceId, Integer> opens = new ConcurrentHashMap<>();
    private final Map<DeviceId, List<HostUse>> usage = new ConcurrentHashMap<>();
    private final AtomicLong binds = new AtomicLong();
    private volatile DeviceId failBindOf;
    private volatile DeviceId throwOnBindOf;
    private volatile DeviceId failRestoreOf;

    /** @param scratch a folder for the files whose descriptors stand in for VFIO device fds */
    public SimulatedBackend(Board board, Path scratch) {
        this.board = board;
        this.scratch = scratch;
        for (Device device : board.getDevices()) {
            DeviceFacts.id(device).ifPresent(id -> {
                devices.putIfAbsent(id, device);
                if (device.getDriver() != null && !device.getDriver().isEmpty()) {
                    drivers.put(id, device.getDriver());
                }
                usage.put(id, HostUsages.of(device));
            });
        }
    }

    @Override
    public String describe() {
        return "simulated (" + board.getName() + ")";
    }

    /** Test hook: the next bind of this device fails the way a driver that does not claim it fails. */
    public void failNextBind(DeviceId device) {
        failBindOf = device;
    }

    /** Test hook: the next bind of this device throws an unchecked exception, as a bug in a backend would. */
    public void throwOnNextBind(DeviceId device) {
        throwOnBindOf = device;
    }

    /** Test hook: the next restore of this device fails the way a host driver that does not take it back fails. */
    public void failNextRestore(DeviceId device) {
        failRestoreOf = device;
    }

    /** Test hook: puts a device on a host driver behind the agent's back. */
    public void setDriver(DeviceId device, String driver) {
        if (driver == null) {
            drivers.remove(device);
        } else {
            drivers.put(device, driver);
        }
    }

    /** Test hook: what the host uses a device for from now on (a file system mounted behind the agent's back). */
    public void setUsage(DeviceId device, List<HostUse> uses) {
        usage.put(device, List.copyOf(uses));
    }

    public long bindCount() {
        return binds.get();
    }

    public int openCount(DeviceId device) {
        return opens.getOrDefault(device, 0);
    }

    @Override
    public synchronized Board inventory() {
        Board copy = EcoreUtil.copy(board);
        for (Device device : copy.getDevices()) {
            DeviceFacts.id(device).ifPresent(id -> {
                device.setDriver(drivers.get(id));
                device.setDriverOverride(overrides.get(id));
            });
        }
        return copy;
    }

    private Device require(DeviceId id) throws BackendException {
        Device device = devices.get(id);
        if (device == null) {
            throw new BackendException(ErrorCode.UNKNOWN_DEVICE, id, "no device " + id + " on this board", null);
        }
        return device;
    }

    @Override
    public boolean exists(DeviceId device) {
        return devices.containsKey(device);
    }

    @Override
    public ProtectionPolicy protection() {
        Map<DeviceId, Protection> reasons = new LinkedHashMap<>();
        devices.forEach((id, device) -> DeviceFacts.protection(device).ifPresent(p -> reasons.put(id, p)));
        return ProtectionPolicy.of(reasons);
    }

    @Override
    public List<HostUse> usage(DeviceId device) throws BackendException {
        require(device);
        return usage.getOrDefault(device, List.of());
    }

    @Override
    public String driverOf(DeviceId device) throws BackendException {
        require(device);
        return drivers.get(device);
    }

    @Override
    public DriverState stateOf(DeviceId device) throws BackendException {
        require(device);
        return new DriverState(device, drivers.get(device), overrides.get(device));
    }

    @Override
    public List<DeviceId> groupOf(DeviceId id) throws BackendException {
        Device device = require(id);
        if (device.getIommuGroup() == null) {
            return List.of(id);
        }
        List<DeviceId> members = new ArrayList<>();
        for (Device member : device.getIommuGroup().getDevices()) {
            DeviceFacts.id(member).ifPresent(members::add);
        }
        return members;
    }

    @Override
    public GroupMember member(DeviceId id) throws BackendException {
        return new GroupMember(id, drivers.get(id), DeviceFacts.isBridge(require(id)));
    }

    @Override
    public Optional<DeviceId> parentOf(DeviceId id) {
        Device device = devices.get(id);
        return device == null || device.getParent() == null ? Optional.empty() : DeviceFacts.id(device.getParent());
    }

    @Override
    public synchronized DriverState bind(DeviceId device, Vfio driver, boolean force) throws BackendException {
        require(device);
        DriverState saved = new DriverState(device, drivers.get(device), overrides.get(device));
        String host = drivers.get(device);
        Optional<String> inUse = host == null || Vfio.isVfioDriver(host) || force ? Optional.empty()
                : HostUse.refusal("device " + device, usage.getOrDefault(device, List.of()), "ask with force");
        if (inUse.isPresent()) {
            throw new BackendException(ErrorCode.DEVICE_IN_USE, device, "refusing to take " + device + " from " + host + ": " + inUse.get(), null);
        }
        if (!driver.drives(device)) {
            throw new BackendException(ErrorCode.BIND_FAILED, device, "driver " + driver + " did not claim " + device,
                    "the driver link did not change after drivers_probe");
        }
        if (device.equals(failBindOf)) {
            failBindOf = null;
            throw new BackendException(ErrorCode.BIND_FAILED, device, "driver " + driver + " did not claim " + device,
                    "the driver link did not change after drivers_probe (simulated)");
        }
        if (device.equals(throwOnBindOf)) {
            throwOnBindOf = null;
            throw new IllegalStateException("simulated defect while binding " + device);
        }
        if (!driver.driverName().equals(drivers.get(device))) {
            binds.incrementAndGet();
            overrides.put(device, driver.driverName());
            drivers.put(device, driver.driverName());
            for (DeviceId follower : followers(device)) {
                followed.putIfAbsent(follower, Optional.ofNullable(drivers.get(follower)));
                drivers.put(follower, driver.driverName());
            }
        }
        return saved;
    }

    /** The objects of a container, which vfio-fsl-mc claims with it. */
    private List<DeviceId> followers(DeviceId container) {
        return devices.keySet().stream().filter(id -> BindingUnits.follows(id, Set.of(container), this::parentOf)).toList();
    }

    @Override
    public synchronized void restore(DriverState saved) throws BackendException {
        if (saved.device().equals(failRestoreOf)) {
            failRestoreOf = null;
            throw new BackendException(ErrorCode.RESTORE_FAILED, saved.device(), saved.device() + " is on "
                    + drivers.getOrDefault(saved.device(), "no driver") + " instead of " + (saved.driver() == null ? "no driver" : saved.driver())
                    + " (simulated)", null);
        }
        put(drivers, saved.device(), saved.driver());
        put(overrides, saved.device(), saved.override());
        for (DeviceId follower : followers(saved.device())) {
            Optional<String> before = followed.remove(follower);
            if (before != null) {
                put(drivers, follower, before.orElse(null));
            }
        }
    }

    private static void put(Map<DeviceId, String> map, DeviceId key, String value) {
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }

    @Override
    public synchronized DeviceHandle open(DeviceId id, OpenPath path, List<Integer> irqs) throws BackendException {
        Device device = require(id);
        if (!Vfio.isVfioDriver(drivers.get(id))) {
            throw new BackendException(ErrorCode.OPEN_FAILED, id, id + " is not on a VFIO driver", "ENODEV");
        }
        List<GroupMember> members = new ArrayList<>();
        for (DeviceId member : groupOf(id)) {
            members.add(member(member));
        }
        GroupViability.Verdict verdict = GroupViability.check(members,
                BindingUnits.withFollowers(Set.of(id), groupOf(id), this::parentOf));
        if (!verdict.viable()) {
            throw new BackendException(ErrorCode.GROUP_NOT_VIABLE, id, GroupViability.explain(id, verdict), "VFIO_GROUP_FLAGS_VIABLE not set");
        }
        opens.merge(id, 1, Integer::sum);
        return new SimulatedDevice(device, id, scratch, () -> opens.merge(id, -1, Integer::sum));
    }
}
