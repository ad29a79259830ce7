package org.devassign.core.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * DMA windows (IOVA ranges a consumer maps for a device): page aligned, not overlapping, inside the
 * IOVA ranges the IOMMU offers and below the device's DMA mask. All arithmetic is unsigned and
 * overflow-safe: an IOVA near 2^64 is a value, not a negative number.
 */
public final class DmaWindows {

    /** An inclusive IOVA range, as VFIO's IOVA_RANGE capability reports it. */
    public record Range(long start, long last) {

        public boolean contains(long iova, long size) {
            long end = lastByte(iova, size);
            return size > 0 && end != -1 && Long.compareUnsigned(iova, start) >= 0 && Long.compareUnsigned(end, last) <= 0
                    && Long.compareUnsigned(iova, end) <= 0;
        }
    }

    private DmaWindows() {
    }

    /** The last byte of a window, or -1 (all ones) when it runs past 2^64. */
    public static long lastByte(long iova, long size) {
        long end = iova + size - 1;
        return size <= 0 || Long.compareUnsigned(end, iova) < 0 ? -1 : end;
    }

    public static boolean aligned(long iova, long size, long pageSize) {
        long page = Mmap.usablePage(pageSize);
        return Long.remainderUnsigned(iova, page) == 0 && Long.remainderUnsigned(size, page) == 0;
    }

    public static boolean overlap(long iovaA, long sizeA, long iovaB, long sizeB) {
        if (sizeA <= 0 || sizeB <= 0) {
            return false;
        }
        long endA = lastByte(iovaA, sizeA);
        long endB = lastByte(iovaB, sizeB);
        return Long.compareUnsigned(iovaA, endB) <= 0 && Long.compareUnsigned(iovaB, endA) <= 0;
    }

    /** The window outside every range the IOMMU offers: the first range it is not inside, for the message; empty when it fits one. */
    public static Optional<String> outsideRanges(long iova, long size, List<Range> ranges) {
        if (ranges.isEmpty() || ranges.stream().anyMatch(r -> r.contains(iova, size))) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (Range r : ranges) {
            text.append(text.isEmpty() ? "" : ", ").append(String.format("0x%x-0x%x", r.start(), r.last()));
        }
        return Optional.of(text.toString());
    }

    /**
     * The IOVA ranges VFIO offers for a group: the IOMMU's aperture {@code [0, apertureLast]} without
     * the group's reserved regions (the kernel's {@code /sys/kernel/iommu_groups/N/reserved_regions}),
     * as vfio_iommu_type1 computes its IOVA_RANGE capability. The caller leaves out the regions VFIO
     * does not exclude ({@code direct-relaxable}). Reserved regions may overlap and come in any order.
     */
    public static List<Range> usable(long apertureLast, List<Range> reserved) {
        List<Range> holes = new ArrayList<>(reserved);
        holes.sort(Comparator.comparing(Range::start, Long::compareUnsigned));
        List<Range> usable = new ArrayList<>();
        long next = 0; // the first IOVA not yet covered by a range or a hole
        boolean done = false;
        for (Range hole : holes) {
            if (Long.compareUnsigned(hole.start(), hole.last()) > 0 || Long.compareUnsigned(hole.last(), next) < 0) {
                continue; // empty, or inside what a hole already took
            }
            if (Long.compareUnsigned(hole.start(), apertureLast) > 0) {
                break;
            }
            if (Long.compareUnsigned(hole.start(), next) > 0) {
                usable.add(new Range(next, hole.start() - 1));
            }
            if (Long.compareUnsigned(hole.last(), apertureLast) >= 0) {
                done = true;
                break;
            }
            next = hole.last() + 1;
        }
        if (!done) {
            usable.add(new Range(next, apertureLast));
        }
        return usable;
    }

    /** Whether the window's last byte is addressable by a device with a {@code maskBits}-bit DMA mask (0 or 64+: no limit). */
    public static boolean withinMask(long iova, long size, int maskBits) {
        if (maskBits <= 0 || maskBits >= 64) {
            return lastByte(iova, size) != -1 || size <= 0;
        }
        long end = lastByte(iova, size);
        return end != -1 && Long.compareUnsigned(end, (1L << maskBits) - 1) <= 0;
    }
}
