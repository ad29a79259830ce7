package org.devassign.agent.binding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.devassign.agent.AgentException;

/**
 * A device as sysfs shows it under a root (the real /sys, or a simulated tree in tests): its bus,
 * driver, driver_override, IOMMU group and class. Reads fresh on every call, since binding changes
 * these under our feet.
 */
public record SysfsDevice(Path sysfs, String bus, String name) {

    public static final List<String> BUSES = List.of("pci", "platform");

    /** Finds the device on the PCI or platform bus by its kernel name. */
    public static SysfsDevice find(Path sysfs, String name) throws AgentException {
        for (String bus : BUSES) {
            if (Files.exists(sysfs.resolve("bus").resolve(bus).resolve("devices").resolve(name))) {
                return new SysfsDevice(sysfs, bus, name);
            }
        }
        throw new AgentException("Device " + name + " is not in " + sysfs.resolve("bus/pci/devices") + " or "
                + sysfs.resolve("bus/platform/devices") + ": give a PCI address such as 0000:00:05.0 or a platform "
                + "device name such as LNRO0005:00 as the kernel spells it.");
    }

    public Path path() {
        return sysfs.resolve("bus").resolve(bus).resolve("devices").resolve(name);
    }

    public Path busDir() {
        return sysfs.resolve("bus").resolve(bus);
    }

    /** The bound driver's name (the last component of the driver link), or null when none. */
    public String driver() {
        Path link = path().resolve("driver");
        try {
            if (!Files.isSymbolicLink(link)) {
                return Files.isDirectory(link) ? link.toRealPath().getFileName().toString() : null;
            }
            Path target = Files.readSymbolicLink(link);
            return target.getFileName().toString();
        } catch (IOException e) {
            return null;
        }
    }

    /** driver_override, or null when the kernel reports "(null)" or the file is missing. */
    public String driverOverride() {
        String v = attribute("driver_override");
        return v == null || v.isEmpty() || v.equals("(null)") ? null : v;
    }

    /** The IOMMU group number, or -1 when the device has none. */
    public int iommuGroup() {
        Path link = path().resolve("iommu_group");
        try {
            Path target = Files.isSymbolicLink(link) ? Files.readSymbolicLink(link) : link.toRealPath();
            return Integer.parseInt(target.getFileName().toString());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** The devices of this device's IOMMU group (itself included), in sysfs order. */
    public List<SysfsDevice> groupDevices() throws AgentException {
        int group = iommuGroup();
        if (group < 0) {
            return List.of(this);
        }
        return groupMembers(sysfs, group);
    }

    public static List<SysfsDevice> groupMembers(Path sysfs, int group) throws AgentException {
        Path dir = sysfs.resolve("kernel/iommu_groups").resolve(Integer.toString(group)).resolve("devices");
        List<SysfsDevice> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                out.add(find(sysfs, p.getFileName().toString()));
            }
        } catch (IOException e) {
            throw new AgentException("Cannot list IOMMU group " + group + " (" + dir + "): " + e.getMessage(), e);
        }
        return out;
    }

    /** PCI class code (0x060400 for a PCI bridge), or -1 for other buses. */
    public int pciClass() {
        String v = attribute("class");
        if (v == null) {
            return -1;
        }
        try {
            return Integer.decode(v);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public boolean isBridge() {
        int c = pciClass();
        return c >= 0 && (c >> 8) == 0x0604;
    }

    /** The cdev node name under vfio-dev/ ("vfio0") when bound to a VFIO driver with cdev support. */
    public Optional<String> vfioCdev() {
        Path dir = path().resolve("vfio-dev");
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("vfio")).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** An attribute file's content without the trailing newline, or null when unreadable. */
    public String attribute(String file) {
        try {
            return Files.readString(path().resolve(file), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
