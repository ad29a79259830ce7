package org.devassign.agent.vfio;

/** One mmap-able area of a region (VFIO_REGION_INFO_CAP_SPARSE_MMAP), relative to the region. */
public record SparseMmapArea(long offset, long size) {

    /** Whether the access lies inside the area; overflow-safe (the kernel's numbers are unsigned 64-bit). */
    public boolean contains(long regionOffset, int width) {
        return width > 0 && regionOffset >= offset && offset >= 0 && size >= width && regionOffset - offset <= size - width;
    }
}
