package org.devassign.agent.binding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.devassign.agent.AgentException;

/**
 * Binds devices to a driver (vfio-pci, vfio-platform) the way the kernel wants it, and back:
 * <ol>
 * <li>refuse the whole request if any device concerned is protected (root file system, the agent's
 * connection), before anything is written;</li>
 * <li>take every device of each requested device's IOMMU group, except bridges (the kernel does not
 * need them bound; driverless ones stay driverless), deepest first;</li>
 * <li>per device: save driver and driver_override, set driver_override, unbind from the old driver,
 * drivers_probe, verify the driver link names the new driver;</li>
 * <li>on any failure, restore every device done so far (this one included) in reverse order.</li>
 * </ol>
 * Never uses new_id, which would bind every device with the same IDs.
 */
public final class DeviceBinder {

    private final Path sysfs;
    private final SysfsWriter writer;
    private final ProtectedDevices protectedDevices;

    /** Binder for the live board (/sys), protecting what {@link ProtectedDevices#live} finds. */
    public DeviceBinder() {
        this(Path.of("/sys"), SysfsWriter.KERNEL, ProtectedDevices.live(null));
    }

    /** Binder on this sysfs root with the kernel's writes and the devices protected by the board's mounts/routes. */
    public DeviceBinder(Path sysfs) {
        this(sysfs, SysfsWriter.KERNEL, sysfs.equals(Path.of("/sys")) ? ProtectedDevices.live(null)
                : ProtectedDevices.detect(sysfs, sysfs.resolveSibling("proc"), List.of()));
    }

    public DeviceBinder(Path sysfs, SysfsWriter writer, ProtectedDevices protectedDevices) {
        this.sysfs = sysfs;
        this.writer = writer;
        this.protectedDevices = protectedDevices;
    }

    public ProtectedDevices protectedDevices() {
        return protectedDevices;
    }

    /**
     * Binds the devices (and the non-bridge companions in their IOMMU groups) to the driver. Returns
     * the saved state of every device it changed or checked, in binding order, for {@link #restore}.
     */
    public List<SavedDriver> bind(Collection<String> devices, String driver) throws AgentException {
        return bind(devices, driver, true);
    }

    /**
     * Binds exactly these devices, not their group companions: for callers that move single devices
     * between host drivers, or manage groups themselves. Protection and restore-on-failure still apply.
     */
    public List<SavedDriver> bindExactly(Collection<String> devices, String driver) throws AgentException {
        return bind(devices, driver, false);
    }

    private List<SavedDriver> bind(Collection<String> devices, String driver, boolean wholeGroups) throws AgentException {
        Objects.requireNonNull(driver, "driver");
        if (devices.isEmpty()) {
            return List.of();
        }
        Map<String, SysfsDevice> targets = new LinkedHashMap<>();
        for (String name : devices) {
            SysfsDevice d = SysfsDevice.find(sysfs, name);
            for (SysfsDevice member : wholeGroups ? d.groupDevices() : List.of(d)) {
                if (member.name().equals(d.name()) || !member.isBridge()) {
                    targets.putIfAbsent(member.name(), member);
                }
            }
        }
        List<String> refusals = new ArrayList<>();
        for (SysfsDevice d : targets.values()) {
            protectedDevices.reason(d.name()).ifPresent(why -> refusals.add(d.name() + ": " + why
                    + (devices.contains(d.name()) ? "" : " (it shares IOMMU group " + d.iommuGroup() + " with "
                            + String.join(", ", devices) + ")")));
        }
        if (!refusals.isEmpty()) {
            throw new AgentException("Refusing to bind " + String.join(", ", targets.keySet()) + " to " + driver
                    + ", nothing was changed: " + String.join("; ", refusals)
                    + ". Taking it from its driver would cut the board off its root file system or the agent "
                    + "off its connection; remove it from the request.");
        }
        for (SysfsDevice d : targets.values()) {
            if (!Files.isDirectory(d.busDir().resolve("drivers").resolve(driver))) {
                throw new AgentException("Cannot bind " + d.name() + " to " + driver + ": no driver " + driver
                        + " is registered on the " + d.bus() + " bus (" + d.busDir().resolve("drivers") + "), nothing "
                        + "was changed. Load its module (modprobe " + driver + ") or check the driver's name.");
            }
        }
        List<SysfsDevice> order = new ArrayList<>(targets.values());
        order.sort(Comparator.comparingInt(DeviceBinder::depth).reversed().thenComparing(SysfsDevice::name));
        List<SavedDriver> saved = new ArrayList<>();
        for (SysfsDevice d : order) {
            SavedDriver before = new SavedDriver(d.bus(), d.name(), d.driver(), d.driverOverride());
            saved.add(before);
            try {
                bindOne(d, driver);
            } catch (AgentException e) {
                String restoreProblem = "";
                try {
                    restore(saved);
                } catch (AgentException r) {
                    restoreProblem = " Restoring also failed: " + r.getMessage();
                }
                throw new AgentException(e.getMessage() + " Every device was restored to its previous driver ("
                        + String.join(", ", saved.stream().map(SavedDriver::toString).toList()) + ")."
                        + restoreProblem, e);
            }
        }
        return saved;
    }

    private static int depth(SysfsDevice d) {
        try {
            return d.path().toRealPath().getNameCount();
        } catch (IOException e) {
            return 0;
        }
    }

    private void bindOne(SysfsDevice d, String driver) throws AgentException {
        String current = d.driver();
        if (driver.equals(current) && driver.equals(d.driverOverride())) {
            return;
        }
        write(d.path().resolve("driver_override"), driver, d, "set driver_override");
        if (current != null && !current.equals(driver)) {
            write(d.path().resolve("driver/unbind"), d.name(), d, "unbind from " + current);
        }
        if (!driver.equals(d.driver())) {
            write(d.busDir().resolve("drivers_probe"), d.name(), d, "probe drivers");
        }
        String now = d.driver();
        if (!driver.equals(now)) {
            throw new AgentException("Binding " + d.name() + " to " + driver + " failed: after drivers_probe the device "
                    + "is on " + (now == null ? "no driver" : now) + " (the driver refused it; see the kernel log, dmesg).");
        }
    }

    /**
     * Puts every device back on its saved driver and driver_override, in reverse order. Collects the
     * devices that could not be restored and reports them all at the end.
     */
    public void restore(List<SavedDriver> saved) throws AgentException {
        List<String> failures = new ArrayList<>();
        for (int i = saved.size() - 1; i >= 0; i--) {
            SavedDriver s = saved.get(i);
            SysfsDevice d = new SysfsDevice(sysfs, s.bus(), s.device());
            try {
                restoreOne(d, s);
            } catch (AgentException e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new AgentException("Could not restore " + failures.size() + " device(s): " + String.join(" ", failures));
        }
    }

    private void restoreOne(SysfsDevice d, SavedDriver s) throws AgentException {
        String current = d.driver();
        // The override first: with it cleared (or back to what it was) drivers_probe picks the original driver.
        write(d.path().resolve("driver_override"), s.driverOverride() == null ? "\n" : s.driverOverride(), d,
                "restore driver_override");
        if (Objects.equals(current, s.driver())) {
            return;
        }
        if (current != null) {
            write(d.path().resolve("driver/unbind"), d.name(), d, "unbind from " + current);
        }
        if (s.driver() != null) {
            write(d.busDir().resolve("drivers_probe"), d.name(), d, "probe drivers");
            if (!s.driver().equals(d.driver())) {
                Path bind = d.busDir().resolve("drivers").resolve(s.driver()).resolve("bind");
                if (Files.exists(bind)) {
                    write(bind, d.name(), d, "bind to " + s.driver());
                }
            }
        }
        String now = d.driver();
        if (!Objects.equals(now, s.driver())) {
            throw new AgentException(d.name() + " is on " + (now == null ? "no driver" : now) + " instead of "
                    + (s.driver() == null ? "no driver" : s.driver()) + ": bind it by hand (echo " + d.name() + " > "
                    + d.busDir().resolve("drivers").resolve(s.driver() == null ? "DRIVER" : s.driver()).resolve("bind")
                    + ").");
        }
    }

    private void write(Path attribute, String value, SysfsDevice d, String what) throws AgentException {
        try {
            writer.write(attribute, value);
        } catch (IOException e) {
            throw new AgentException("Could not " + what + " for " + d.name() + " (writing '" + value.strip() + "' to "
                    + attribute + "): " + e.getMessage() + ". The agent must run as root.", e);
        }
    }
}
