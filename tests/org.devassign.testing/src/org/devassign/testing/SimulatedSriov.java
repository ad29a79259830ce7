package org.devassign.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.devassign.core.identity.PciAddress;
import org.devassign.core.identity.SriovLayout;

/**
 * The simulated kernel's SR-IOV, as drivers/pci/iov.c and pci-sysfs.c behave: a physical function's
 * {@code sriov_*} attributes; writing {@code sriov_numvfs} N creates N virtual functions (each a PCI
 * function at the PF's offset and stride beside the PF, in an IOMMU group of its own, linked by
 * {@code physfn} and {@code virtfnN}, claimed by the VF driver at once while
 * {@code sriov_drivers_autoprobe} is 1), and 0 removes them (unbound first). The kernel's refusals
 * are errors of the write: a PF without a driver (ENOENT), more than sriov_totalvfs (ERANGE), another
 * nonzero count while VFs are enabled (EBUSY). With autoprobe 0 a VF is probed only through its
 * driver_override, as {@code pci_device_can_probe} decides.
 */
final class SimulatedSriov {

    private record Pf(Path dir, int totalVfs, int offset, int stride, String vfDevice, String vfDriver) {
    }

    private static final int FIRST_VF_GROUP = 100;

    private final SimulatedSysfs sysfs;
    /** PF name -> what it is. */
    private final Map<String, Pf> pfs = new HashMap<>();
    /** VF name -> its PF's name. */
    private final Map<String, String> pfOf = new HashMap<>();
    private int nextGroup = FIRST_VF_GROUP;

    SimulatedSriov(SimulatedSysfs sysfs) {
        this.sysfs = sysfs;
    }

    void pf(Path dir, int totalVfs, int offset, int stride, String vfDevice, String vfDriver) throws IOException {
        pfs.put(dir.getFileName().toString(), new Pf(dir, totalVfs, offset, stride, vfDevice, vfDriver));
        Files.writeString(dir.resolve("vendor"), "0x8086\n");
        Files.writeString(dir.resolve("device"), "0x10c9\n");
        Files.writeString(dir.resolve("sriov_totalvfs"), totalVfs + "\n");
        Files.writeString(dir.resolve("sriov_numvfs"), "0\n");
        Files.writeString(dir.resolve("sriov_offset"), offset + "\n");
        Files.writeString(dir.resolve("sriov_stride"), stride + "\n");
        Files.writeString(dir.resolve("sriov_vf_device"), vfDevice + "\n");
        Files.writeString(dir.resolve("sriov_drivers_autoprobe"), "1\n");
        // BAR0, then the VF BAR0 window of totalVfs 16 KiB BARs (resource line 7), as the kernel prints them
        StringBuilder resource = new StringBuilder("0x00000000feb00000 0x00000000feb1ffff 0x0000000000040200\n");
        resource.append("0x0000000000000000 0x0000000000000000 0x0000000000000000\n".repeat(6));
        resource.append(String.format("0x0000000080000000 0x%016x 0x000000000014220c%n", 0x80000000L + totalVfs * 0x4000L - 1));
        resource.append("0x0000000000000000 0x0000000000000000 0x0000000000000000\n".repeat(5));
        Files.writeString(dir.resolve("resource"), resource.toString());
    }

    boolean autoprobes(String device) throws IOException {
        String pf = pfOf.get(device);
        return pf == null || Files.readString(pfs.get(pf).dir().resolve("sriov_drivers_autoprobe")).strip().equals("1");
    }

    void autoprobe(Path pfDir, String value) throws IOException {
        if (!value.equals("0") && !value.equals("1")) {
            throw new IOException("Invalid argument");
        }
        Files.writeString(pfDir.resolve("sriov_drivers_autoprobe"), value + "\n");
    }

    void numVfs(Path pfDir, String value) throws IOException {
        String name = pfDir.getFileName().toString();
        Pf pf = pfs.get(name);
        if (pf == null) {
            throw new IOException("the simulated kernel has no sriov_numvfs for " + name);
        }
        int wanted;
        try {
            wanted = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IOException("Invalid argument");
        }
        int current = Integer.parseInt(Files.readString(pfDir.resolve("sriov_numvfs")).strip());
        if (wanted == current) {
            return;
        }
        if (sysfs.driver(name) == null) {
            throw new IOException("No such file or directory (no driver bound to device; cannot configure SR-IOV)");
        }
        if (wanted < 0 || wanted > pf.totalVfs()) {
            throw new IOException("Numerical result out of range");
        }
        if (wanted != 0 && current != 0) {
            throw new IOException("Device or resource busy (" + current + " VFs already enabled; disable before enabling " + wanted + ")");
        }
        if (wanted == 0) {
            remove(pf, current);
        } else {
            create(pf, wanted);
        }
        Files.writeString(pfDir.resolve("sriov_numvfs"), wanted + "\n");
    }

    private void create(Pf pf, int count) throws IOException {
        String pfName = pf.dir().getFileName().toString();
        SriovLayout layout = new SriovLayout(PciAddress.parse(pfName), pf.offset(), pf.stride());
        Path parent = sysfs.sys.resolve("devices").relativize(pf.dir().getParent());
        for (int i = 0; i < count; i++) {
            String vf = layout.vf(i).kernelName();
            Path dir = sysfs.device("pci", parent.resolve(vf).toString(), nextGroup++, null);
            Files.writeString(dir.resolve("class"), Files.readString(pf.dir().resolve("class")));
            Files.writeString(dir.resolve("vendor"), Files.readString(pf.dir().resolve("vendor")));
            Files.writeString(dir.resolve("device"), "0x" + pf.vfDevice() + "\n");
            Files.createSymbolicLink(dir.resolve("physfn"), Path.of("..", pfName));
            Files.createSymbolicLink(pf.dir().resolve("virtfn" + i), Path.of("..", vf));
            pfOf.put(vf, pfName);
            sysfs.nativeDriver(vf, pf.vfDriver());
            sysfs.probe(vf);
        }
    }

    private void remove(Pf pf, int count) throws IOException {
        for (int i = count - 1; i >= 0; i--) {
            Path link = pf.dir().resolve("virtfn" + i);
            String vf = Files.readSymbolicLink(link).getFileName().toString();
            Path dir = pf.dir().getParent().resolve(vf);
            sysfs.unbindLink(vf);
            Path group = dir.resolve("iommu_group").toRealPath();
            Files.delete(link);
            Files.delete(sysfs.sys.resolve("bus/pci/devices").resolve(vf));
            delete(group);
            delete(dir);
            pfOf.remove(vf);
            sysfs.forget(vf);
        }
    }

    private static void delete(Path tree) throws IOException {
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
