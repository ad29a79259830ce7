package org.devassign.discovery.sysfs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.devassign.core.identity.Printable;
import org.devassign.core.rules.DmaWindows;
import org.devassign.core.sysfs.SysfsReader;

/**
 * The IOVA ranges VFIO will offer for an IOMMU group, from what sysfs says: the IOMMU's aperture
 * without the group's {@code reserved_regions} ({@link DmaWindows#usable}), leaving in the
 * {@code direct-relaxable} ones, as vfio_iommu_type1 does. The aperture's top comes from an Intel
 * IOMMU's capability register (MGAW, {@code intel-iommu/cap} under the device's {@code iommu} link);
 * no other IOMMU states it in sysfs, so there the ranges run to 2^64-1 and VFIO's own report on the
 * board may end lower.
 */
final class IovaRanges {

    /** The region types VFIO leaves mappable (include/linux/iommu.h: IOMMU_RESV_DIRECT_RELAXABLE). */
    private static final String RELAXABLE = "direct-relaxable";
    /** At most this many lines are read: a group has a handful of reserved regions. */
    private static final int MAX_REGIONS = 256;

    private final SysfsReader files;

    IovaRanges(SysfsReader files) {
        this.files = files;
    }

    /**
     * The usable ranges of the group in {@code groupDir}; empty when the kernel states no reserved
     * regions for it (no IOMMU, or a kernel before 4.11), so that nothing is claimed.
     */
    List<DmaWindows.Range> of(Path groupDir, Path memberDir) {
        String text = files.text(groupDir.resolve("reserved_regions"), false);
        if (text == null) {
            return List.of();
        }
        List<DmaWindows.Range> reserved = new ArrayList<>();
        List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(MAX_REGIONS + 1L).toList();
        if (lines.size() > MAX_REGIONS) {
            files.warn(groupDir.resolve("reserved_regions"), "lists more than " + MAX_REGIONS + " regions: the IOVA ranges are left unknown");
            return List.of();
        }
        for (String line : lines) {
            String[] fields = line.trim().split("\\s+");
            try {
                if (fields.length != 3) {
                    throw new NumberFormatException();
                }
                long start = Long.parseUnsignedLong(strip(fields[0]), 16);
                long last = Long.parseUnsignedLong(strip(fields[1]), 16);
                if (!RELAXABLE.equals(fields[2])) {
                    reserved.add(new DmaWindows.Range(start, last));
                }
            } catch (NumberFormatException e) {
                files.warn(groupDir.resolve("reserved_regions"), "has a line that is not 'START END TYPE' in hex ("
                        + Printable.quote(line) + "): the IOVA ranges are left unknown");
                return List.of();
            }
        }
        return DmaWindows.usable(apertureLast(memberDir), reserved);
    }

    /** 2^MGAW - 1 for an Intel IOMMU; 2^64 - 1 when sysfs does not say. */
    private long apertureLast(Path memberDir) {
        if (memberDir == null) {
            return -1L;
        }
        Path iommu = files.resolve(memberDir.resolve("iommu"));
        if (iommu == null) {
            return -1L;
        }
        long cap = files.hex(iommu.resolve("intel-iommu/cap"), false);
        if (cap < 0) {
            return -1L;
        }
        int mgaw = (int) ((cap >>> 16) & 0x3f) + 1; // VT-d: Maximum Guest Address Width, bits 21:16, minus one
        return mgaw >= 64 ? -1L : (1L << mgaw) - 1;
    }

    private static String strip(String hex) {
        return hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
    }
}
