package org.devassign.core.rules;

import java.util.Optional;

/**
 * A register read or write inside a region: width 1, 2, 4 or 8 bytes, offset aligned to the width,
 * the whole access inside the region. Checked without overflow (an offset near 2^63 plus a width
 * must not wrap into range).
 */
public final class RegionAccess {

    private RegionAccess() {
    }

    public static boolean validWidth(long width) {
        return width == 1 || width == 2 || width == 4 || width == 8;
    }

    /** Why the access is refused, in words naming the numbers; empty when it is fine. */
    public static Optional<String> refusal(long offset, long width, long regionSize) {
        if (!validWidth(width)) {
            return Optional.of("width " + width + " is not 1, 2, 4 or 8 bytes");
        }
        if (offset < 0) {
            return Optional.of(String.format("offset %d is negative", offset));
        }
        if (offset % width != 0) {
            return Optional.of(String.format("offset 0x%x is not aligned to the width %d", offset, width));
        }
        if (regionSize < width || offset > regionSize - width) {
            return Optional.of(String.format("offset 0x%x + %d is past the end of the region (size 0x%x)", offset, width, regionSize));
        }
        return Optional.empty();
    }
}
