package org.devassign.agent.vfio;

/** One mmap-able area of a region (VFIO_REGION_INFO_CAP_SPARSE_MMAP), relative to the region. */
public record SparseMmapArea(long offset, long size) {

    public boolean contains(long regionOffset, int width) {
        // subtractions, not sums: an offset near 2^63 plus the width must not wrap into the area
        return width > 0 && regionOffset >= offset && size >= width && regionOffset - offset <= size - width;
    }
}
