package org.devassign.agent.binding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.devassign.agent.AgentException;
import org.devassign.agent.Failure;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.BindingUnits;
import org.devassign.core.rules.HostUse;
import org.devassign.core.rules.ProtectionPolicy;
import org.devassign.core.rules.Vfio;
import org.devassign.core.sysfs.HostUses;
import org.devassign.core.sysfs.SysfsDevices;

/**
 * Binds devices to their VFIO driver the way the kernel wants it, and back:
 * <ol>
 * <li>refuse the whole request if any device concerned is protected (root file system, the agent's
 * connection), or is not of the driver's bus, before anything is written; and, unless asked with
 * {@code force}, if the host uses one that is on a host driver ({@link HostUse}: a mounted file
 * system, swap, a holder, an interface that is up, an open device node, a console);</li>
 * <li>take every device of each requested device's IOMMU group, except idle bridges (the kernel does
 * not need them bound) and the objects of a bound fsl-mc container (they follow it), deepest first;</li>
 * <li>per device: check its host use again right before touching it, save driver and driver_override,
 * set driver_override, unbind from the old driver, drivers_probe, verify the driver link names the new
 * driver;</li>
 * <li>on any failure, restore every device done so far (this one included) in reverse order.</li>
 * </ol>
 * Never uses new_id, which would bind every device with the same IDs. Devices are canonical
 * identities, so every path written is below the bus's directory in sysfs.
 */
public final class DeviceBinder {

    private final SysfsDevices sysfs;
    private final SysfsWriter writer;
    private final Supplier<ProtectionPolicy> protection;
    private final Function<DeviceId, List<HostUse>> usage;

    /** Binder for the live board (/sys), protecting what {@link ProtectedDevices#live} finds. */
    public DeviceBinder() {
        this(Path.of("/sys"));
    }

    /** Binder on this sysfs root with the kernel's writes and the devices protected by the board's mounts and routes. */
    public DeviceBinder(Path sysfs) {
        this(SysfsDevices.at(sysfs), SysfsWriter.KERNEL, sysfs.equals(Path.of("/sys")) ? () -> ProtectedDevices.live(List.of())
                : () -> ProtectedDevices.detect(sysfs, sysfs.resolveSibling("proc"), List.of()));
    }

    public DeviceBinder(Path sysfs, SysfsWriter writer, ProtectionPolicy protection) {
        this(SysfsDevices.at(sysfs), writer, () -> protection);
    }

    /**
     * @param protection asked before every bind: what the board protects now; the host's use of a device
     *        is read from the same sysfs and the procfs beside it ({@link HostUses})
     */
    public DeviceBinder(SysfsDevices sysfs, SysfsWriter writer, Supplier<ProtectionPolicy> protection) {
        this(sysfs, writer, protection, hostUses(sysfs));
    }

    /** @param usage asked right before each device leaves a host driver: what the host uses it for now */
    public DeviceBinder(SysfsDevices sysfs, SysfsWriter writer, Supplier<ProtectionPolicy> protection,
            Function<DeviceId, List<HostUse>> usage) {
        this.sysfs = sysfs;
        this.writer = writer;
        this.protection = protection;
        this.usage = usage;
    }

    /** The host's use of a device on this sysfs: the live board's, or a tree's with its proc/ beside sys/. */
    public static Function<DeviceId, List<HostUse>> hostUses(SysfsDevices sysfs) {
        boolean live = sysfs.sys().equals(Path.of("/sys"));
        HostUses detector = new HostUses(sysfs, live ? Path.of("/proc") : sysfs.sys().resolveSibling("proc"), live);
        return device -> detector.scan(List.of(device)).of(device);
    }

    /** What the host uses the device for now. */
    public List<HostUse> usage(DeviceId device) {
        return usage.apply(device);
    }

    public ProtectionPolicy protection() {
        return protection.get();
    }

    public SysfsDevices sysfs() {
        return sysfs;
    }

    /**
     * Binds the devices (and the companions in their IOMMU groups that need it) to the driver. Returns
     * the saved state of every device it changed or checked, in binding order, for {@link #restore}.
     */
    public List<SavedDriver> bind(Collection<DeviceId> devices, Vfio driver) throws AgentException {
        return bind(devices, driver, false);
    }

    /** As {@link #bind(Collection, Vfio)}; with {@code force}, devices the host uses are taken all the same (never protected ones). */
    public List<SavedDriver> bind(Collection<DeviceId> devices, Vfio driver, boolean force) throws AgentException {
        checkBus(devices, driver);
        return bind(devices, driver.driverName(), true, force);
    }

    /** Binds exactly these devices, not their group companions, for callers that manage groups themselves. */
    public List<SavedDriver> bindExactly(Collection<DeviceId> devices, Vfio driver) throws AgentException {
        return bindExactly(devices, driver, false);
    }

    /** As {@link #bindExactly(Collection, Vfio)}, taking devices the host uses when {@code force} says so. */
    public List<SavedDriver> bindExactly(Collection<DeviceId> devices, Vfio driver, boolean force) throws AgentException {
        checkBus(devices, driver);
        return bind(devices, driver.driverName(), false, force);
    }

    /**
     * Moves exactly these devices to a host driver (a test's setup, a companion that must stay on the
     * host). Protection and restore-on-failure still apply.
     */
    public List<SavedDriver> bindToHost(Collection<DeviceId> devices, String driver) throws AgentException {
        return bind(devices, Objects.requireNonNull(driver, "driver"), false, false);
    }

    private static void checkBus(Collection<DeviceId> devices, Vfio driver) throws AgentException {
        for (DeviceId d : devices) {
            if (!driver.drives(d)) {
                throw new AgentException(Failure.BIND_FAILED, "Cannot bind " + d + " to " + driver + ": it is a " + d.bus().label()
                        + " device, which " + Vfio.forDevice(d) + " drives. Nothing was changed.");
            }
        }
    }

    private List<SavedDriver> bind(Collection<DeviceId> devices, String driver, boolean wholeGroups, boolean force) throws AgentException {
        if (devices.isEmpty()) {
            return List.of();
        }
        Set<DeviceId> requested = new LinkedHashSet<>(devices);
        Map<DeviceId, Integer> targets = new LinkedHashMap<>();
        for (DeviceId d : requested) {
            if (!sysfs.exists(d)) {
                throw new AgentException(Failure.NO_SUCH_DEVICE, "Device " + d + " is not in " + sysfs.busDirectory(d.bus()).resolve("devices")
                        + ": name a device of this board as the kernel spells it (0000:00:05.0, LNRO0005:00, dprc.1).");
            }
            targets.putIfAbsent(d, sysfs.iommuGroup(d));
            if (wholeGroups) {
                for (DeviceId member : sysfs.groupOf(d)) {
                    if (!sysfs.member(member).idle() && !BindingUnits.follows(member, requested, sysfs::parent)) {
                        targets.putIfAbsent(member, sysfs.iommuGroup(member));
                    }
                }
            }
        }
        refuseProtected(targets, requested, driver);
        if (!force) {
            for (DeviceId d : targets.keySet()) {
                refuseInUse(d, driver, "nothing was changed");
            }
        }
        for (DeviceId d : targets.keySet()) {
            Path drivers = sysfs.busDirectory(d.bus()).resolve("drivers");
            if (!Files.isDirectory(drivers.resolve(driver))) {
                throw new AgentException(Failure.NO_SUCH_DRIVER, "Cannot bind " + d + " to " + driver + ": no driver " + driver
                        + " is registered on the " + d.bus() + " bus (" + drivers + "), nothing was changed. Load its module (modprobe "
                        + driver + ") or check the driver's name.");
            }
        }
        List<DeviceId> order = new ArrayList<>(targets.keySet());
        order.sort(Comparator.<DeviceId>comparingInt(sysfs::depth).reversed().thenComparing(Comparator.<DeviceId>naturalOrder()));
        List<SavedDriver> saved = new ArrayList<>();
        for (DeviceId d : order) {
            try {
                if (!force) {
                    refuseInUse(d, driver, "it was left as it is");
                }
                saved.add(new SavedDriver(d, sysfs.driver(d), sysfs.driverOverride(d)));
                bindOne(d, driver);
            } catch (AgentException e) {
                String restoreProblem = "";
                Failure failure = e.failure();
                try {
                    restore(saved);
                } catch (AgentException r) {
                    restoreProblem = " Restoring also failed: " + r.getMessage();
                    failure = Failure.RESTORE_FAILED;
                }
                throw new AgentException(failure, e.getMessage() + " Every device was restored to its previous driver ("
                        + String.join(", ", saved.stream().map(SavedDriver::toString).toList()) + ")." + restoreProblem, e);
            }
        }
        return saved;
    }

    private void refuseProtected(Map<DeviceId, Integer> targets, Set<DeviceId> requested, String driver) throws AgentException {
        ProtectionPolicy policy = protection.get();
        List<String> refusals = new ArrayList<>();
        for (Map.Entry<DeviceId, Integer> t : targets.entrySet()) {
            DeviceId d = t.getKey();
            policy.check(d).ifPresent(why -> refusals.add(d + ": " + why.describe() + (requested.contains(d) ? ""
                    : " (it shares IOMMU group " + t.getValue() + " with " + String.join(", ", requested.stream().map(DeviceId::toString).toList()) + ")")));
        }
        if (!refusals.isEmpty()) {
            throw new AgentException(Failure.PROTECTED, "Refusing to bind " + String.join(", ", targets.keySet().stream().map(DeviceId::toString).toList())
                    + " to " + driver + ", nothing was changed: " + String.join("; ", refusals) + ". Taking it from its driver would cut the"
                    + " board off its root file system or the agent off its connection; remove it from the request.");
        }
    }

    /** Refuses a device on a host driver that the host uses now ({@link Failure#IN_USE}); a device on no driver or a VFIO one has no such use. */
    private void refuseInUse(DeviceId d, String driver, String outcome) throws AgentException {
        String current = sysfs.driver(d);
        if (current == null || current.equals(driver) || Vfio.isVfioDriver(current)) {
            return;
        }
        Optional<String> why = HostUse.refusal("device " + d, usage.apply(d), "bind it with force");
        if (why.isPresent()) {
            throw new AgentException(Failure.IN_USE, "Refusing to take " + d + " from " + current + " for " + driver + ", " + outcome + ": "
                    + why.get() + ".");
        }
    }

    private void bindOne(DeviceId d, String driver) throws AgentException {
        Path dir = sysfs.directory(d);
        String current = sysfs.driver(d);
        if (driver.equals(current) && driver.equals(sysfs.driverOverride(d))) {
            return;
        }
        write(dir.resolve("driver_override"), driver, d, "set driver_override", Failure.BIND_FAILED);
        if (current != null && !current.equals(driver)) {
            write(dir.resolve("driver/unbind"), d.kernelName(), d, "unbind from " + current, Failure.BIND_FAILED);
        }
        if (!driver.equals(sysfs.driver(d))) {
            write(sysfs.busDirectory(d.bus()).resolve("drivers_probe"), d.kernelName(), d, "probe drivers", Failure.BIND_FAILED);
        }
        String now = sysfs.driver(d);
        if (!driver.equals(now)) {
            throw new AgentException(Failure.BIND_FAILED, "Binding " + d + " to " + driver + " failed: after drivers_probe the device "
                    + "is on " + (now == null ? "no driver" : now) + " (the driver refused it; see the kernel log, dmesg).");
        }
    }

    /**
     * Puts every device back on its saved driver and driver_override, in reverse order. Collects the
     * devices that could not be restored and reports them all at the end ({@link Failure#RESTORE_FAILED}).
     */
    public void restore(List<SavedDriver> saved) throws AgentException {
        List<String> failures = new ArrayList<>();
        for (int i = saved.size() - 1; i >= 0; i--) {
            try {
                restoreOne(saved.get(i));
            } catch (AgentException e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new AgentException(Failure.RESTORE_FAILED, "Could not restore " + failures.size() + " device(s): " + String.join(" ", failures));
        }
    }

    private void restoreOne(SavedDriver s) throws AgentException {
        DeviceId d = s.device();
        if (s.driver() != null && !isDriverName(s.driver()) || s.driverOverride() != null && !isDriverName(s.driverOverride())) {
            throw new AgentException(Failure.RESTORE_FAILED, "The saved state of " + d + " names no driver (" + s
                    + "): it was not restored; bind it by hand.");
        }
        Path dir = sysfs.directory(d);
        Path bus = sysfs.busDirectory(d.bus());
        String current = sysfs.driver(d);
        // The override first: with it cleared (or back to what it was) drivers_probe picks the original driver.
        write(dir.resolve("driver_override"), s.driverOverride() == null ? "\n" : s.driverOverride(), d, "restore driver_override",
                Failure.RESTORE_FAILED);
        if (Objects.equals(current, s.driver())) {
            return;
        }
        if (current != null) {
            write(dir.resolve("driver/unbind"), d.kernelName(), d, "unbind from " + current, Failure.RESTORE_FAILED);
        }
        if (s.driver() != null) {
            write(bus.resolve("drivers_probe"), d.kernelName(), d, "probe drivers", Failure.RESTORE_FAILED);
            if (!s.driver().equals(sysfs.driver(d))) {
                Path bind = bus.resolve("drivers").resolve(s.driver()).resolve("bind");
                if (Files.exists(bind)) {
                    write(bind, d.kernelName(), d, "bind to " + s.driver(), Failure.RESTORE_FAILED);
                }
            }
        }
        String now = sysfs.driver(d);
        if (!Objects.equals(now, s.driver())) {
            throw new AgentException(Failure.RESTORE_FAILED, d + " is on " + (now == null ? "no driver" : now) + " instead of "
                    + (s.driver() == null ? "no driver" : s.driver()) + ": bind it by hand (echo " + d + " > "
                    + bus.resolve("drivers").resolve(s.driver() == null ? "DRIVER" : s.driver()).resolve("bind") + ").");
        }
    }

    /** A driver's name is one directory under {@code drivers/}: never a path. */
    private static boolean isDriverName(String name) {
        return !name.isEmpty() && name.length() <= 255 && name.indexOf('/') < 0 && !name.equals(".") && !name.equals("..")
                && name.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    private void write(Path attribute, String value, DeviceId d, String what, Failure failure) throws AgentException {
        try {
            writer.write(attribute, value);
        } catch (IOException e) {
            throw new AgentException(failure, "Could not " + what + " for " + d + " (writing '" + value.strip() + "' to " + attribute + "): "
                    + e.getMessage() + ". The agent must run as root.", e);
        }
    }
}
