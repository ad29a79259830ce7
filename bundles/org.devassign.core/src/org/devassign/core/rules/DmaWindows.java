package org.devassign.core.rules;

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

    /** Whether the window's last byte is addressable by a device with a {@code maskBits}-bit DMA mask (0 or 64+: no limit). */
    public static boolean withinMask(long iova, long size, int maskBits) {
        if (maskBits <= 0 || maskBits >= 64) {
            return lastByte(iova, size) != -1 || size <= 0;
        }
        long end = lastByte(iova, size);
        return end != -1 && Long.compareUnsigned(end, (1L << maskBits) - 1) <= 0;
    }
}
