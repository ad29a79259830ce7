package org.devassign.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A sysfs and procfs tree in a directory, laid out like the kernel's (devices under
 * {@code sys/devices}, links from {@code sys/bus/BUS/devices} and the IOMMU groups, relative as the
 * kernel makes them), and a simulated kernel that acts on attribute writes the way the driver core
 * does: driver_override is stored, unbind removes the driver link, drivers_probe binds the override
 * (or the device's native driver when there is none) unless that driver refuses the device, bind
 * binds. An fsl-mc container behaves as vfio-fsl-mc makes it: its objects follow it onto
 * vfio-fsl-mc, and back to their own drivers when it returns to its host driver. An SR-IOV physical
 * function ({@link #sriovPf}) creates and removes its virtual functions when sriov_numvfs is written,
 * as {@link SimulatedSriov} describes. Every write is recorded ({@link #writes}); {@link #snapshot}
 * lists the whole tree to show that nothing else changed.
 */
public final class SimulatedSysfs {

    public final Path root;
    public final Path sys;
    public final Path proc;
    /** Every attribute write, as "path below sys=value". */
    public final List<String> writes = new ArrayList<>();
    /** driver -> devices it refuses in probe. */
    public final Map<String, Set<String>> refuses = new HashMap<>();

    /** device -> the driver that claims it by ID when no override is set. */
    private final Map<String, String> nativeDriver = new HashMap<>();
    /** device -> its bus directory name. */
    private final Map<String, String> busOf = new HashMap<>();
    /** container -> its objects. */
    private final Map<String, List<String>> objects = new HashMap<>();
    private final SimulatedSriov sriov = new SimulatedSriov(this);

    /** An empty board: the PCI, platform, fsl-mc and virtio buses, a 9p root and a default route on eth0. */
    public SimulatedSysfs(Path root) throws IOException {
        this.root = root;
        this.sys = root.resolve("sys");
        this.proc = root.resolve("proc");
        for (String bus : List.of("pci", "platform", "fsl-mc")) {
            Files.createDirectories(sys.resolve("bus").resolve(bus).resolve("devices"));
            Files.createDirectories(sys.resolve("bus").resolve(bus).resolve("drivers"));
            Files.writeString(sys.resolve("bus").resolve(bus).resolve("drivers_probe"), "");
        }
        for (String d : List.of("vfio-pci", "virtio-pci", "uio_pci_generic", "e1000e")) {
            driver("pci", d);
        }
        Files.createDirectories(sys.resolve("bus/virtio/devices"));
        Files.createDirectories(proc.resolve("net"));
        Files.writeString(proc.resolve("mounts"), "hostroot / 9p ro,relatime 0 0\nproc /proc proc rw 0 0\n");
        Files.writeString(proc.resolve("net/route"),
                "Iface\tDestination\tGateway\tFlags\tRefCnt\tUse\tMetric\tMask\n" + "eth0\t00000000\t0202000A\t0003\t0\t0\t0\t00000000\n");
    }

    /** The q35 virtual board: NIC (eth0), 9p root, two edus alone, a bridge with two edus in group 6, an e1000e. */
    public static SimulatedSysfs q35(Path root) throws IOException {
        SimulatedSysfs b = new SimulatedSysfs(root);
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

    /**
     * An fsl-mc (DPAA2) board as a Layerscape board shows it, without PCI devices of its own: the
     * root container dprc.1, and in it a container dprc.2 with a network interface (dpni.0) and an
     * I/O portal (dpio.1), the three in IOMMU group 9 (they share the container's stream ID), on
     * their host drivers; vfio-fsl-mc is registered.
     */
    public static SimulatedSysfs dpaa2(Path root) throws IOException {
        SimulatedSysfs b = new SimulatedSysfs(root);
        for (String driver : List.of("fsl_mc_dprc", "fsl_dpaa2_eth", "fsl_mc_dpio", "vfio-fsl-mc")) {
            b.driver("fsl-mc", driver);
        }
        String container = "platform/80c000000.fsl-mc/dprc.1/dprc.2";
        b.fslMc(container, 9, "fsl_mc_dprc");
        b.fslMc(container + "/dpni.0", 9, "fsl_dpaa2_eth");
        b.fslMc(container + "/dpio.1", 9, "fsl_mc_dpio");
        return b;
    }

    /**
     * An NVMe controller at {@code path} below devices/ on the nvme driver, with one namespace as Debian's
     * kernels show it (native multipath): the disk {@code nvmeSnN} a virtual device of its subsystem, the
     * hidden path device {@code nvmeScCnN} under the controller.
     */
    public void nvmeDisk(String path, int group, int controller, long sectors) throws IOException {
        driver("pci", "nvme");
        pci(path, group, "0x010802", "nvme");
        Path ctrl = sys.resolve("devices").resolve(path).resolve("nvme/nvme" + controller);
        Files.createDirectories(ctrl);
        Files.writeString(ctrl.resolve("dev"), "240:" + controller + "\n");
        Files.writeString(ctrl.resolve("uevent"), "MAJOR=240\nMINOR=" + controller + "\nDEVNAME=nvme" + controller + "\n");
        Path hidden = Files.createDirectories(ctrl.resolve("nvme" + controller + "c" + controller + "n1"));
        link(sys.resolve("class/block").resolve(hidden.getFileName()), hidden);
        Path disk = Files.createDirectories(sys.resolve("devices/virtual/nvme-subsystem/nvme-subsys" + controller + "/nvme" + controller + "n1"));
        Files.writeString(disk.resolve("dev"), "259:" + controller + "\n");
        Files.writeString(disk.resolve("size"), sectors + "\n");
        link(sys.resolve("class/block").resolve(disk.getFileName()), disk);
    }

    /** A file system mounted on the board (a line of proc/mounts). */
    public void mount(String source, String mountPoint, String type) throws IOException {
        Files.writeString(proc.resolve("mounts"), source + " " + mountPoint + " " + type + " rw,relatime 0 0\n",
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** Registers a driver on a bus (its directory under drivers/). */
    public SimulatedSysfs driver(String bus, String driver) throws IOException {
        Files.createDirectories(sys.resolve("bus").resolve(bus).resolve("drivers").resolve(driver));
        return this;
    }

    /** A PCI function at {@code path} below devices/, in an IOMMU group, of a class, on a native driver (null: none). */
    public void pci(String path, int group, String cls, String driver) throws IOException {
        Path dev = device("pci", path, group, driver);
        Files.writeString(dev.resolve("class"), cls + "\n");
    }

    /** An fsl-mc container or object at {@code path} below devices/ (an object's parent directory is its container). */
    public void fslMc(String path, int group, String driver) throws IOException {
        Path dev = device("fsl-mc", path, group, driver);
        String parent = dev.getParent().getFileName().toString();
        if (parent.startsWith("dprc.")) {
            objects.computeIfAbsent(parent, p -> new ArrayList<>()).add(dev.getFileName().toString());
        }
    }

    /**
     * An SR-IOV physical function at {@code path} below devices/, on its host {@code driver} (null:
     * none), that can have {@code totalVfs} VFs at {@code offset} and {@code stride}; its VFs, of
     * device {@code vfDevice}, are claimed by {@code vfDriver} while autoprobe is on (null: by none).
     */
    public void sriovPf(String path, int group, String driver, int totalVfs, int offset, int stride, String vfDevice, String vfDriver)
            throws IOException {
        pci(path, group, "0x020000", driver);
        sriov.pf(sys.resolve("devices").resolve(path), totalVfs, offset, stride, vfDevice, vfDriver);
    }

    /** Whether the device may be probed without an override: a VF only while its PF's autoprobe is on. */
    private boolean autoprobes(String name) throws IOException {
        return sriov.autoprobes(name);
    }

    Path device(String bus, String path, int group, String driver) throws IOException {
        String name = Path.of(path).getFileName().toString();
        Path dev = sys.resolve("devices").resolve(path);
        Files.createDirectories(dev);
        Files.writeString(dev.resolve("driver_override"), "(null)\n");
        Path g = sys.resolve("kernel/iommu_groups").resolve(Integer.toString(group));
        Files.createDirectories(g.resolve("devices"));
        link(dev.resolve("iommu_group"), g);
        link(g.resolve("devices").resolve(name), dev);
        link(sys.resolve("bus").resolve(bus).resolve("devices").resolve(name), dev);
        busOf.put(name, bus);
        if (driver != null) {
            nativeDriver.put(name, driver);
            bindLink(name, driver);
        }
        return dev;
    }

    public void virtio(String parent, String name, String tag) throws IOException {
        Path dev = sys.resolve("devices").resolve(parent).resolve(name);
        Files.createDirectories(dev);
        if (tag != null) {
            Files.writeString(dev.resolve("mount_tag"), tag);
        }
        link(sys.resolve("bus/virtio/devices").resolve(name), dev);
    }

    /** A relative symlink, as sysfs makes them. */
    public void link(Path link, Path target) throws IOException {
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, link.getParent().relativize(target));
    }

    /** Forgets a device that the simulated kernel removed (a VF). */
    void forget(String name) {
        busOf.remove(name);
        nativeDriver.remove(name);
    }

    /** The driver that claims the device by ID when no override is set (a VF's: its VF driver). */
    void nativeDriver(String name, String driver) {
        if (driver != null) {
            nativeDriver.put(name, driver);
        }
    }

    Path deviceDir(String name) {
        return sys.resolve("bus").resolve(busOf.getOrDefault(name, "pci")).resolve("devices").resolve(name);
    }

    private Path drivers(String name) {
        return sys.resolve("bus").resolve(busOf.getOrDefault(name, "pci")).resolve("drivers");
    }

    /** The device's driver now, or null. */
    public String driver(String name) throws IOException {
        Path l = deviceDir(name).resolve("driver");
        return Files.isSymbolicLink(l) ? Files.readSymbolicLink(l).getFileName().toString() : null;
    }

    /** The device's driver_override as the kernel shows it ("(null)" for none). */
    public String override(String name) throws IOException {
        return Files.readString(deviceDir(name).resolve("driver_override")).strip();
    }

    void bindLink(String name, String driver) throws IOException {
        Path dev = deviceDir(name).toRealPath();
        link(dev.resolve("driver"), drivers(name).resolve(driver));
        link(drivers(name).resolve(driver).resolve(name), dev);
    }

    void unbindLink(String name) throws IOException {
        String d = driver(name);
        if (d != null) {
            Files.delete(deviceDir(name).resolve("driver"));
            Files.deleteIfExists(drivers(name).resolve(d).resolve(name));
        }
        for (String object : objects.getOrDefault(name, List.of())) {
            unbindLink(object);
        }
    }

    void probe(String name) throws IOException {
        if (driver(name) != null) {
            return;
        }
        String o = override(name);
        if (o.equals("(null)") && !autoprobes(name)) {
            return;
        }
        String want = o.equals("(null)") ? nativeDriver.get(name) : o;
        if (want != null && Files.isDirectory(drivers(name).resolve(want)) && !refuses.getOrDefault(want, Set.of()).contains(name)) {
            bindLink(name, want);
            follow(name, want);
        }
    }

    /** vfio-fsl-mc rescans a container it claims and sets its objects' override; a host driver's scan finds them as they are. */
    private void follow(String container, String driver) throws IOException {
        for (String object : objects.getOrDefault(container, List.of())) {
            Files.writeString(deviceDir(object).resolve("driver_override"), (driver.equals("vfio-fsl-mc") ? driver : "(null)") + "\n");
            unbindLink(object);
            probe(object);
        }
    }

    /** The simulated kernel's answer to a write of {@code value} to an attribute. */
    public void write(Path attribute, String value) throws IOException {
        String v = value.strip();
        writes.add(sys.relativize(attribute) + "=" + v);
        if (!attribute.normalize().startsWith(sys)) {
            throw new IOException("the simulated kernel has no attribute outside sysfs: " + attribute);
        }
        String file = attribute.getFileName().toString();
        Path parent = attribute.getParent();
        switch (file) {
            case "driver_override" -> Files.writeString(attribute, (v.isEmpty() ? "(null)" : v) + "\n");
            case "sriov_numvfs" -> sriov.numVfs(parent, v);
            case "sriov_drivers_autoprobe" -> sriov.autoprobe(parent, v);
            case "drivers_probe" -> probe(v);
            case "unbind" -> unbindLink(v);
            case "bind" -> {
                if (driver(v) == null && !refuses.getOrDefault(parent.getFileName().toString(), Set.of()).contains(v)) {
                    bindLink(v, parent.getFileName().toString());
                    follow(v, parent.getFileName().toString());
                }
            }
            default -> throw new IOException("the simulated kernel has no attribute " + attribute);
        }
    }

    /** Every path under the root with what it is: a link's target, a file's content, or a directory. */
    public Map<String, String> snapshot() throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.toList()) {
                String key = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    all.put(key, "-> " + Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p)) {
                    all.put(key, Files.readString(p));
                } else {
                    all.put(key, "dir");
                }
            }
        }
        return all;
    }
}
