package org.devassign.core.sysfs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.devassign.core.identity.Bus;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.identity.PciAddress;
import org.devassign.core.rules.Bridges;
import org.devassign.core.rules.GroupMember;

/**
 * The devices of a board as sysfs shows them under its {@code /sys} (a snapshot's {@code sys/} in
 * tests): found by canonical identity on their bus, with driver, driver_override, IOMMU group,
 * class and VFIO character device. Reads fresh on every call, since binding changes these under
 * our feet. Names read from the kernel (group members) are parsed into identities too; an entry
 * that is no device name is skipped with a warning.
 */
public final class SysfsDevices {

    private final Path sys;
    private final SysfsReader reader;

    public SysfsDevices(Path sys, SysfsReader reader) {
        this.sys = sys.toAbsolutePath().normalize();
        this.reader = reader;
    }

    /** On a {@code /sys} directory, quietly (missing files are answers, not problems). */
    public static SysfsDevices at(Path sys) {
        Path absolute = sys.toAbsolutePath().normalize();
        return new SysfsDevices(absolute, SysfsReader.quiet(absolute.getParent() == null ? absolute : absolute.getParent()));
    }

    public Path sys() {
        return sys;
    }

    public SysfsReader reader() {
        return reader;
    }

    /** {@code /sys/bus/pci} for PCI. */
    public Path busDirectory(Bus bus) {
        return sys.resolve("bus").resolve(bus.sysfsName());
    }

    /** {@code /sys/bus/pci/devices/0000:00:05.0}: safe to build, since an identity is one path component and never . or .. */
    public Path directory(DeviceId device) {
        return busDirectory(device.bus()).resolve("devices").resolve(device.kernelName());
    }

    public boolean exists(DeviceId device) {
        return Files.exists(directory(device));
    }

    /**
     * The devices the kernel lists on a bus, in sysfs order; an entry that is no device name, or the
     * name of a device of another bus, is warned and left out.
     */
    public List<DeviceId> devices(Bus bus) {
        List<DeviceId> devices = new ArrayList<>();
        for (Path entry : reader.list(busDirectory(bus).resolve("devices"))) {
            Optional<DeviceId> id = DeviceId.tryParse(entry.getFileName().toString());
            if (id.isPresent() && id.get().bus() == bus) {
                devices.add(id.get());
            } else {
                reader.warn(entry, "is listed on the " + bus.label() + " bus but is not named like a " + bus.label() + " device; left out");
            }
        }
        return devices;
    }

    /** The bound driver's name, or null when none. */
    public String driver(DeviceId device) {
        return reader.linkName(directory(device).resolve("driver"));
    }

    /** driver_override, or null when the kernel reports "(null)", nothing, or the file is missing. */
    public String driverOverride(DeviceId device) {
        String text = reader.text(directory(device).resolve("driver_override"), false);
        return text == null || text.isEmpty() || text.equals("(null)") ? null : text;
    }

    /** The 24-bit class code of a PCI function, -1 for other buses or when unreadable. */
    public int pciClass(DeviceId device) {
        if (device.bus() != Bus.PCI) {
            return -1;
        }
        long value = reader.hex(directory(device).resolve("class"), false);
        return value < 0 || value > 0xffffff ? -1 : (int) value;
    }

    public boolean isBridge(DeviceId device) {
        int classCode = pciClass(device);
        return classCode >= 0 && Bridges.isPciBridge(classCode, -1);
    }

    /** The IOMMU group number, or -1 when the device has none. */
    public int iommuGroup(DeviceId device) {
        String name = reader.linkName(directory(device).resolve("iommu_group"));
        if (name == null || !name.matches("[0-9]{1,9}")) {
            return -1;
        }
        return Integer.parseInt(name);
    }

    /** The identities in an IOMMU group, in sysfs order; entries that are no device name are warned and left out. */
    public List<DeviceId> groupMembers(int group) {
        List<DeviceId> members = new ArrayList<>();
        if (group < 0) {
            return members;
        }
        for (Path entry : reader.list(sys.resolve("kernel/iommu_groups").resolve(Integer.toString(group)).resolve("devices"))) {
            Optional<DeviceId> id = DeviceId.tryParse(entry.getFileName().toString());
            if (id.isPresent()) {
                members.add(id.get());
            } else {
                reader.warn(entry, "is in IOMMU group " + group + " but is not named like a device; left out");
            }
        }
        return members;
    }

    /** The device's group, itself included; just the device when it has no group. */
    public List<DeviceId> groupOf(DeviceId device) {
        int group = iommuGroup(device);
        return group < 0 ? List.of(device) : groupMembers(group);
    }

    /** The facts group viability needs, protection left to the caller's policy. */
    public GroupMember member(DeviceId device) {
        return new GroupMember(device, driver(device), isBridge(device));
    }

    /** The cdev node name under {@code vfio-dev/} ("vfio0") when bound to a VFIO driver with cdev support. */
    public Optional<String> vfioCdev(DeviceId device) {
        return reader.list(directory(device).resolve("vfio-dev")).stream().map(p -> p.getFileName().toString())
                .filter(n -> n.matches("vfio[0-9]{1,9}")).findFirst();
    }

    /**
     * The device this one sits in, on the same bus (an fsl-mc object's container, a PCI function's
     * bridge), from the device hierarchy under {@code devices/}; empty at the top of its bus.
     */
    public Optional<DeviceId> parent(DeviceId device) {
        Path real = reader.resolve(directory(device));
        return real == null ? Optional.empty() : nearest(real.getParent(), device.bus());
    }

    /**
     * The nearest device at or above a sysfs path, on any bus DevAssign assigns on: the transport of
     * a virtio device, the controller of a disk, the function of a network interface.
     */
    public Optional<DeviceId> owner(Path path) {
        Path real = reader.resolve(path);
        return real == null ? Optional.empty() : nearest(real, null);
    }

    private Optional<DeviceId> nearest(Path start, Bus bus) {
        for (Path p = start; p != null && p.startsWith(sys) && p.getFileName() != null; p = p.getParent()) {
            Optional<DeviceId> id = DeviceId.tryParse(p.getFileName().toString());
            if (id.isPresent() && (bus == null || id.get().bus() == bus) && exists(id.get()) && p.equals(reader.resolve(directory(id.get())))) {
                return id;
            }
        }
        return Optional.empty();
    }

    /** The SR-IOV attributes of a physical function; empty for any other device ({@link SriovAttributes#read}). */
    public Optional<SriovAttributes> sriov(DeviceId device) {
        return device instanceof PciAddress ? SriovAttributes.read(reader, directory(device)) : Optional.empty();
    }

    /**
     * The VFs a physical function has now, by their {@code virtfnN} links, in VF order (index N is
     * the list's); a link that names no PCI function is warned and ends the list there.
     */
    public List<PciAddress> virtualFunctions(DeviceId pf) {
        TreeMap<Integer, PciAddress> byIndex = new TreeMap<>();
        for (Path entry : reader.list(directory(pf))) {
            String name = entry.getFileName().toString();
            if (!name.matches("virtfn[0-9]{1,5}")) {
                continue;
            }
            PciAddress vf = PciAddress.parseOrNull(reader.linkName(entry));
            if (vf == null) {
                reader.warn(entry, "does not link to a PCI function");
                continue;
            }
            byIndex.put(Integer.parseInt(name.substring("virtfn".length())), vf);
        }
        List<PciAddress> vfs = new ArrayList<>();
        for (var entry : byIndex.entrySet()) {
            if (entry.getKey() != vfs.size()) {
                break; // the kernel numbers them without gaps: a gap means the list is being changed
            }
            vfs.add(entry.getValue());
        }
        return vfs;
    }

    /** The physical function of a virtual function, by its {@code physfn} link; empty for any other device. */
    public Optional<PciAddress> physicalFunction(DeviceId device) {
        return Optional.ofNullable(PciAddress.parseOrNull(reader.linkName(directory(device).resolve("physfn"))));
    }

    /** How deep the device sits in the device hierarchy (children are bound before their parents). */
    public int depth(DeviceId device) {
        Path real = reader.resolve(directory(device));
        return real == null ? 0 : real.getNameCount();
    }
}
