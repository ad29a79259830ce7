package org.devassign.discovery.sysfs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.devassign.core.rules.Mmap;
import org.devassign.core.sysfs.SriovAttributes;
import org.devassign.core.sysfs.SysfsReader;
import org.devassign.model.DevAssignFactory;
import org.devassign.model.PciDevice;
import org.devassign.model.Region;
import org.devassign.model.RegionKind;
import org.devassign.model.Sriov;

/**
 * SR-IOV in an imported board: a physical function's capability from its {@code sriov_*} attributes
 * (the core's one reader, {@link SriovAttributes}) with the BARs each VF gets (the PF's resource
 * lines 7 to 12, one window per VF BAR holding the capability's TotalVFs of them), and every VF
 * linked to its PF ({@code physfn}) with its number (the PF's {@code virtfnN} link to it).
 */
final class PciSriov {

    /** The PF's resource lines for VF BAR0..5 (PCI_IOV_RESOURCES in include/linux/pci.h). */
    static final int FIRST_VF_RESOURCE = 7;
    static final int VF_BARS = 6;
    /** The SR-IOV extended capability (PCI Express Base Specification), its TotalVFs field. */
    private static final int EXT_CAP_SRIOV = 0x0010;
    private static final int TOTAL_VFS = 0x0e;

    private static final DevAssignFactory F = DevAssignFactory.eINSTANCE;

    private PciSriov() {
    }

    /** The function's SR-IOV capability, or null when it is no PF. */
    static Sriov read(SysfsReader files, Path dir, byte[] config, List<PciResources.Resource> resources, long pageSize) {
        SriovAttributes attributes = SriovAttributes.read(files, dir).orElse(null);
        if (attributes == null) {
            return null;
        }
        Sriov sriov = F.createSriov();
        sriov.setTotalVfs(attributes.totalVfs());
        sriov.setNumVfs(attributes.numVfs());
        sriov.setVfOffset(attributes.offset());
        sriov.setVfStride(attributes.stride());
        sriov.setVfDeviceId(attributes.vfDeviceId());
        sriov.setDriversAutoprobe(attributes.driversAutoprobe());
        int windowVfs = config == null ? -1 : capabilityTotalVfs(config);
        for (PciResources.Resource r : resources) {
            int bar = r.index() - FIRST_VF_RESOURCE;
            if (bar < 0 || bar >= VF_BARS || r.size() <= 0) {
                continue;
            }
            long size = perVf(r.size(), windowVfs, attributes.totalVfs());
            if (size <= 0) {
                files.warn(dir.resolve("resource"), "line " + (r.index() + 1) + " (VF BAR" + bar + ", " + r.size() + " bytes) does not split"
                        + " into " + (windowVfs > 0 ? windowVfs : attributes.totalVfs()) + " equal VF BARs: that VF BAR is missing from the model");
                continue;
            }
            Region region = F.createRegion();
            region.setIndex(bar);
            region.setName("BAR" + bar);
            region.setKind(RegionKind.MMIO);
            region.setOffset((long) bar << 40);
            region.setBase(r.start());
            region.setSize(size);
            region.setPrefetchable((r.flags() & PciResources.IORESOURCE_PREFETCH) != 0);
            region.setSixtyFourBit((r.flags() & PciResources.IORESOURCE_MEM_64) != 0);
            region.setReadable(true);
            region.setWritable(true);
            region.setMmappable(Mmap.refusal(new Mmap.Facts(false, false, true, r.start(), size, pageSize)).isEmpty());
            sriov.getVfRegions().add(region);
        }
        return sriov;
    }

    /**
     * One VF's share of a VF BAR window: the window holds TotalVFs BARs of a power-of-two size (the
     * capability's TotalVFs, which the driver's sriov_totalvfs may be below: the lab board's igb has
     * 8 in its capability and allows 7). Without the capability, the smallest count from
     * sriov_totalvfs to twice it that splits the window into powers of two. 0 when none does.
     */
    static long perVf(long window, int capabilityVfs, int totalVfs) {
        if (capabilityVfs > 0) {
            return window % capabilityVfs == 0 && Long.bitCount(window / capabilityVfs) == 1 ? window / capabilityVfs : 0;
        }
        for (int n = Math.max(1, totalVfs); n <= 2 * Math.max(1, totalVfs) && n <= window; n++) {
            if (window % n == 0 && Long.bitCount(window / n) == 1) {
                return window / n;
            }
        }
        return 0;
    }

    /** TotalVFs of the SR-IOV extended capability in a PCI Express config space; -1 when it has none (or the space is short). */
    static int capabilityTotalVfs(byte[] config) {
        int at = 0x100;
        for (int walked = 0; at >= 0x100 && at + 0x10 <= config.length && walked < 64; walked++) {
            int header = u32(config, at);
            if (header == 0 || header == -1) {
                return -1;
            }
            if ((header & 0xffff) == EXT_CAP_SRIOV) {
                return u16(config, at + TOTAL_VFS);
            }
            int next = (header >>> 20) & 0xffc;
            if (next <= at) {
                return -1; // the list only goes forward: anything else would loop
            }
            at = next;
        }
        return -1;
    }

    /** Links each VF to its PF and number, by the VF's {@code physfn} and the PF's {@code virtfnN} links. */
    static void link(SysfsReader files, List<PciImporter.Imported> imported) {
        Map<Path, PciDevice> byDirectory = new HashMap<>();
        for (PciImporter.Imported i : imported) {
            byDirectory.put(i.directory(), i.device());
        }
        for (PciImporter.Imported i : imported) {
            Path physfn = i.directory().resolve("physfn");
            Path pfDir = Files.isSymbolicLink(physfn) ? files.resolve(physfn) : null;
            if (pfDir == null) {
                continue;
            }
            PciDevice pf = byDirectory.get(pfDir);
            if (pf == null || pf.getSriov() == null) {
                files.warn(i.directory().resolve("physfn"), "links to no SR-IOV physical function of this import: the VF is imported"
                        + " as a plain function");
                continue;
            }
            i.device().setPhysicalFunction(pf);
            i.device().setVfIndex(index(files, pfDir, i.directory()));
        }
    }

    /** The N of the PF's {@code virtfnN} link to the VF; -1 when no link names it. */
    private static int index(SysfsReader files, Path pfDir, Path vfDir) {
        for (Path entry : files.list(pfDir)) {
            String name = entry.getFileName().toString();
            if (name.matches("virtfn[0-9]{1,5}") && vfDir.equals(files.resolve(entry))) {
                return Integer.parseInt(name.substring("virtfn".length()));
            }
        }
        files.warn(vfDir, "is a VF (it has a physfn link), but its PF has no virtfn link to it: its VF number is unknown");
        return -1;
    }

    private static int u16(byte[] b, int o) {
        return (b[o] & 0xff) | ((b[o + 1] & 0xff) << 8);
    }

    private static int u32(byte[] b, int o) {
        return u16(b, o) | (u16(b, o + 2) << 16);
    }
}
