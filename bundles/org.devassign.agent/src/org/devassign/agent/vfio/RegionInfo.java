package org.devassign.agent.vfio;

import static org.devassign.agent.vfio.VfioIoctls.REGION_FLAG_MMAP;
import static org.devassign.agent.vfio.VfioIoctls.REGION_FLAG_READ;
import static org.devassign.agent.vfio.VfioIoctls.REGION_FLAG_WRITE;

import java.util.List;

/**
 * VFIO_DEVICE_GET_REGION_INFO with its capabilities: sparse mmap areas (empty when the kernel gave
 * none: then the whole region is mmap-able if {@link #mmappable()}), the region type (type/subtype, -1
 * when absent), and MSIX_MAPPABLE: the region holds the MSI-X table and the kernel lets it be mmapped
 * whole. A kernel that does not (before 4.16) leaves the table's pages out of the region's sparse
 * areas instead, and {@link #mmappableAt} maps only those.
 */
public record RegionInfo(int index, int flags, long size, long offset, List<SparseMmapArea> sparseAreas,
        boolean hasSparseCap, int type, int subtype, boolean msixMappable) {

    /** Without the MSIX_MAPPABLE capability. */
    public RegionInfo(int index, int flags, long size, long offset, List<SparseMmapArea> sparseAreas, boolean hasSparseCap,
            int type, int subtype) {
        this(index, flags, size, offset, sparseAreas, hasSparseCap, type, subtype, false);
    }

    public boolean readable() {
        return (flags & REGION_FLAG_READ) != 0;
    }

    public boolean writable() {
        return (flags & REGION_FLAG_WRITE) != 0;
    }

    public boolean mmappable() {
        return (flags & REGION_FLAG_MMAP) != 0;
    }

    /** Whether an access at this offset may go through mmap; overflow-safe for any offset and width. */
    public boolean mmappableAt(long regionOffset, int width) {
        if (!mmappable() || regionOffset < 0 || width <= 0) {
            return false;
        }
        if (!hasSparseCap) {
            return width <= size && regionOffset <= size - width;
        }
        return sparseAreas.stream().anyMatch(a -> a.contains(regionOffset, width));
    }

    public String flagNames() {
        return Flags.names(flags, "READ", "WRITE", "MMAP", "CAPS");
    }
}
