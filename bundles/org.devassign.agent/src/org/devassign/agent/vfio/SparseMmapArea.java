package org.devassign.agent.vfio;

/** One mmap-able area of a region (VFIO_REGION_INFO_CAP_SPARSE_MMAP), relative to the region. */
public record SparseMmapArea(long offset, long size) {

    public boolean contains(long regionOffset, int width) {
        return regionOffset >= offset && regionOffset + width <= offset + size;
    }
}
