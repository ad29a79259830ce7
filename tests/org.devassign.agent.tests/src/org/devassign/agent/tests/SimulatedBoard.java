package org.devassign.agent.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.devassign.agent.binding.SysfsWriter;

/**
 * A sysfs and procfs tree in a directory, laid out like the virtual board's q35 (links as the kernel
 * makes them), and a simulated kernel that acts on attribute writes the way the driver core does:
 * driver_override is stored, unbind removes the driver link, drivers_probe binds the override (or
 * the device's native driver when there is none) unless that driver refuses the device.
 */
final class SimulatedBoard implements SysfsWriter {

    final Path root;
    final Path sys;
    final Path proc;
    final List<String> writes = new ArrayList<>();
    /** driver -> devices it refuses in probe. */
    final Map<String, Set<String>> refuses = new HashMap<>();
    /** device -> the driver that claims it by ID when no override is set. */
    final Map<String, String> nativeDriver = new HashMap<>();

    SimulatedBoard(Path root) throws IOException {
        this.root = root;
        this.sys = root.resolve("sys");
        this.proc = root.resolve("proc");
        for (String d : List.of("vfio-pci", "virtio-pci", "uio_pci_generic", "e1000e")) {
            Files.createDirectories(sys.resolve("bus/pci/drivers").resolve(d));
        }
        Files.writeString(sys.resolve("bus/pci/drivers_probe"), "");
        Files.createDirectories(sys.resolve("bus/platform/devices"));
        Files.createDirectories(sys.resolve("bus/virtio/devices"));
        Files.createDirectories(proc.resolve("net"));
        Files.writeString(proc.resolve("mounts"), "hostroot / 9p ro,relatime 0 0\nproc /proc proc rw 0 0\n");
        Files.writeString(proc.resolve("net/route"),
                "Iface\tDestination\tGateway\tFlags\tRefCnt\tUse\tMetric\tMask\n"
                        + "eth0\t00000000\t0202000A\t0003\t0\t0\t0\t00000000\n");
    }

    /** The q35 board: NIC, 9p root, two edus alone, a bridge with two edus in group 6, an e1000e. */
    static SimulatedBoard q35(Path root) throws IOException {
        SimulatedBoard b = new SimulatedBoard(root);
        b.pci("pci0000:00/0000:00:02.0", 1, "0x020000", "virtio-pci");
        b.virtio("pci0000:00/0000:00:02.0", "virtio0", null);
        b.link(b.sys.resolve("class/net/eth0/device"), b.sys.resolve("devices/pci0000:00/0000:00:02.0/virtio0"));
        b.pci("pci0000:00/0000:00:03.0", 2, "0x000200", "virtio-pci");
        b.virtio("pci0000:00/0000:00:03.0", "virtio1", "hostroot");
        b.pci("pci0000:00/0000:00:05.0", 4, "0x00ff00", null);
        b.pci("pci0000:00/0000:00:06.0", 5, "0x00ff00", null);
        b.pci("pci0000:00/0000:00:07.0", 6, "0x060400", null);
        b.pci("pci0000:00/0000:00:07.0/0000:01:01.0", 6, "0x00ff00", null);
        b.pci("pci0000:00/0000:00:07.0/0000:01:02.0", 6, "0x00ff00", null);
        b.pci("pci0000:00/0000:00:08.0", 8, "0x020000", "e1000e");
        return b;
    }

    void pci(String path, int group, String cls, String driver) throws IOException {
        String name = Path.of(path).getFileName().toString();
        Path dev = sys.resolve("devices").resolve(path);
        Files.createDirectories(dev);
        Files.writeString(dev.resolve("class"), cls + "\n");
        Files.writeString(dev.resolve("driver_override"), "(null)\n");
        Path g = sys.resolve("kernel/iommu_groups").resolve(Integer.toString(group));
        Files.createDirectories(g.resolve("devices"));
        link(dev.resolve("iommu_group"), g);
        link(g.resolve("devices").resolve(name), dev);
        link(sys.resolve("bus/pci/devices").resolve(name), dev);
        if (driver != null) {
            nativeDriver.put(name, driver);
            bindLink(name, driver);
        }
    }

    void virtio(String parent, String name, String tag) throws IOException {
        Path dev = sys.resolve("devices").resolve(parent).resolve(name);
        Files.createDirectories(dev);
        if (tag != null) {
            Files.writeString(dev.resolve("mount_tag"), tag);
        }
        link(sys.resolve("bus/virtio/devices").resolve(name), dev);
    }

    /** A relative symlink, as sysfs makes them. */
    void link(Path link, Path target) throws IOException {
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, link.getParent().relativize(target));
    }

    Path device(String name) {
        return sys.resolve("bus/pci/devices").resolve(name);
    }

    String driver(String name) throws IOException {
        Path l = device(name).resolve("driver");
        return Files.isSymbolicLink(l) ? Files.readSymbolicLink(l).getFileName().toString() : null;
    }

    String override(String name) throws IOException {
        return Files.readString(device(name).resolve("driver_override")).strip();
    }

    private void bindLink(String name, String driver) throws IOException {
        Path dev = device(name).toRealPath();
        link(dev.resolve("driver"), sys.resolve("bus/pci/drivers").resolve(driver));
        link(sys.resolve("bus/pci/drivers").resolve(driver).resolve(name), dev);
    }

    private void unbindLink(String name) throws IOException {
        String d = driver(name);
        if (d != null) {
            Files.delete(device(name).resolve("driver"));
            Files.deleteIfExists(sys.resolve("bus/pci/drivers").resolve(d).resolve(name));
        }
    }

    private void probe(String name) throws IOException {
        if (driver(name) != null) {
            return;
        }
        String o = override(name);
        String want = o.equals("(null)") ? nativeDriver.get(name) : o;
        if (want != null && Files.isDirectory(sys.resolve("bus/pci/drivers").resolve(want))
                && !refuses.getOrDefault(want, new HashSet<>()).contains(name)) {
            bindLink(name, want);
        }
    }

    @Override
    public void write(Path attribute, String value) throws IOException {
        String v = value.strip();
        writes.add(sys.relativize(attribute) + "=" + v);
        String file = attribute.getFileName().toString();
        Path parent = attribute.getParent();
        switch (file) {
        case "driver_override" -> Files.writeString(attribute, (v.isEmpty() ? "(null)" : v) + "\n");
        case "drivers_probe" -> probe(v);
        case "unbind" -> unbindLink(v);
        case "bind" -> {
            if (driver(v) == null && !refuses.getOrDefault(parent.getFileName().toString(), Set.of()).contains(v)) {
                bindLink(v, parent.getFileName().toString());
            }
        }
        default -> throw new IOException("the simulated kernel has no attribute " + attribute);
        }
    }
}
