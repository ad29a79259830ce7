package org.devassign.agent.vfio;

import static org.devassign.agent.vfio.VfioStructs.getInt;
import static org.devassign.agent.vfio.VfioStructs.getLong;
import static org.devassign.agent.vfio.VfioStructs.setInt;
import static org.devassign.agent.vfio.VfioStructs.setLong;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.util.ArrayList;
import java.util.List;

import org.devassign.agent.nativeio.LibC;
import org.devassign.agent.nativeio.NativeException;

/**
 * Where an opened device's DMA goes: a VFIO container with a type1 IOMMU, a container in no-IOMMU
 * mode (no DMA mapping possible), or an iommufd IO address space. Owns the descriptors of its kind.
 */
abstract sealed class IommuDomain permits IommuDomain.Type1Container, IommuDomain.Iommufd {

    abstract String describe();

    abstract boolean canMapDma();

    abstract void map(long vaddr, long iova, long size) throws NativeException;

    abstract void unmap(long iova, long size) throws NativeException;

    abstract List<IovaRange> iovaRanges() throws NativeException;

    abstract void close();

    /** Container + group: type1v2 (or type1) with an IOMMU, NOIOMMU without one. */
    static final class Type1Container extends IommuDomain {
        final int container;
        final int group;
        final int iommuType;

        Type1Container(int container, int group, int iommuType) {
            this.container = container;
            this.group = group;
            this.iommuType = iommuType;
        }

        @Override
        String describe() {
            return switch (iommuType) {
            case VfioIoctls.VFIO_TYPE1V2_IOMMU -> "container, TYPE1v2 IOMMU";
            case VfioIoctls.VFIO_TYPE1_IOMMU -> "container, TYPE1 IOMMU";
            case VfioIoctls.VFIO_NOIOMMU_IOMMU -> "container, no-IOMMU mode";
            default -> "container, IOMMU type " + iommuType;
            };
        }

        @Override
        boolean canMapDma() {
            return iommuType != VfioIoctls.VFIO_NOIOMMU_IOMMU;
        }

        @Override
        void map(long vaddr, long iova, long size) throws NativeException {
            StructLayout l = VfioStructs.VFIO_IOMMU_TYPE1_DMA_MAP;
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment m = arena.allocate(l);
                setInt(m, l, "argsz", (int) l.byteSize());
                setInt(m, l, "flags", VfioIoctls.DMA_MAP_FLAG_READ | VfioIoctls.DMA_MAP_FLAG_WRITE);
                setLong(m, l, "vaddr", vaddr);
                setLong(m, l, "iova", iova);
                setLong(m, l, "size", size);
                LibC.ioctl(container, VfioIoctls.VFIO_IOMMU_MAP_DMA, m, "VFIO_IOMMU_MAP_DMA");
            }
        }

        @Override
        void unmap(long iova, long size) throws NativeException {
            StructLayout l = VfioStructs.VFIO_IOMMU_TYPE1_DMA_UNMAP;
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment m = arena.allocate(l);
                setInt(m, l, "argsz", (int) l.byteSize());
                setLong(m, l, "iova", iova);
                setLong(m, l, "size", size);
                LibC.ioctl(container, VfioIoctls.VFIO_IOMMU_UNMAP_DMA, m, "VFIO_IOMMU_UNMAP_DMA");
            }
        }

        /** VFIO_IOMMU_GET_INFO, following argsz growth to read the IOVA_RANGE capability. */
        @Override
        List<IovaRange> iovaRanges() throws NativeException {
            if (!canMapDma()) {
                return List.of();
            }
            StructLayout l = VfioStructs.VFIO_IOMMU_TYPE1_INFO;
            try (Arena arena = Arena.ofConfined()) {
                long size = l.byteSize();
                MemorySegment info;
                while (true) {
                    info = arena.allocate(size, 8);
                    setInt(info, l, "argsz", (int) size);
                    LibC.ioctl(container, VfioIoctls.VFIO_IOMMU_GET_INFO, info, "VFIO_IOMMU_GET_INFO");
                    long wanted = Integer.toUnsignedLong(getInt(info, l, "argsz"));
                    if (wanted <= size) {
                        break;
                    }
                    size = wanted;
                }
                List<IovaRange> ranges = new ArrayList<>();
                if ((getInt(info, l, "flags") & VfioIoctls.TYPE1_INFO_CAPS) == 0) {
                    return ranges;
                }
                MemorySegment found = Capabilities.find(info, getInt(info, l, "cap_offset"),
                        VfioIoctls.TYPE1_INFO_CAP_IOVA_RANGE);
                if (found != null) {
                    StructLayout cap = VfioStructs.VFIO_IOMMU_TYPE1_INFO_CAP_IOVA_RANGE;
                    int n = getInt(found, cap, "nr_iovas");
                    for (int i = 0; i < n; i++) {
                        long at = cap.byteSize() + i * VfioStructs.VFIO_IOVA_RANGE.byteSize();
                        ranges.add(new IovaRange(found.get(java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED, at),
                                found.get(java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED, at + 8)));
                    }
                }
                return ranges;
            }
        }

        @Override
        void close() {
            LibC.close(group);
            LibC.close(container);
        }
    }

    /** iommufd: the /dev/iommu descriptor and the IOAS the device is attached to. */
    static final class Iommufd extends IommuDomain {
        final int iommufd;
        final int ioasId;

        Iommufd(int iommufd, int ioasId) {
            this.iommufd = iommufd;
            this.ioasId = ioasId;
        }

        @Override
        String describe() {
            return "iommufd, IOAS " + ioasId;
        }

        @Override
        boolean canMapDma() {
            return true;
        }

        @Override
        void map(long vaddr, long iova, long size) throws NativeException {
            StructLayout l = VfioStructs.IOMMU_IOAS_MAP;
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment m = arena.allocate(l);
                setInt(m, l, "size", (int) l.byteSize());
                setInt(m, l, "flags", VfioIoctls.IOAS_MAP_FIXED_IOVA | VfioIoctls.IOAS_MAP_READABLE
                        | VfioIoctls.IOAS_MAP_WRITEABLE);
                setInt(m, l, "ioas_id", ioasId);
                setLong(m, l, "user_va", vaddr);
                setLong(m, l, "length", size);
                setLong(m, l, "iova", iova);
                LibC.ioctl(iommufd, VfioIoctls.IOMMU_IOAS_MAP, m, "IOMMU_IOAS_MAP");
            }
        }

        @Override
        void unmap(long iova, long size) throws NativeException {
            StructLayout l = VfioStructs.IOMMU_IOAS_UNMAP;
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment m = arena.allocate(l);
                setInt(m, l, "size", (int) l.byteSize());
                setInt(m, l, "ioas_id", ioasId);
                setLong(m, l, "iova", iova);
                setLong(m, l, "length", size);
                LibC.ioctl(iommufd, VfioIoctls.IOMMU_IOAS_UNMAP, m, "IOMMU_IOAS_UNMAP");
            }
        }

        /** IOMMU_IOAS_IOVA_RANGES: asks with room for none, the kernel says how many (EMSGSIZE). */
        @Override
        List<IovaRange> iovaRanges() throws NativeException {
            StructLayout l = VfioStructs.IOMMU_IOAS_IOVA_RANGES;
            try (Arena arena = Arena.ofConfined()) {
                int room = 0;
                while (true) {
                    MemorySegment q = arena.allocate(l);
                    MemorySegment ranges = arena.allocate(VfioStructs.IOMMU_IOVA_RANGE, Math.max(1, room));
                    setInt(q, l, "size", (int) l.byteSize());
                    setInt(q, l, "ioas_id", ioasId);
                    setInt(q, l, "num_iovas", room);
                    setLong(q, l, "allowed_iovas", ranges.address());
                    try {
                        LibC.ioctl(iommufd, VfioIoctls.IOMMU_IOAS_IOVA_RANGES, q, "IOMMU_IOAS_IOVA_RANGES");
                    } catch (NativeException e) {
                        int needed = getInt(q, l, "num_iovas");
                        if (e.errno() == 90 /* EMSGSIZE */ && needed > room) {
                            room = needed;
                            continue;
                        }
                        throw e;
                    }
                    int n = getInt(q, l, "num_iovas");
                    List<IovaRange> out = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        out.add(new IovaRange(getLong(ranges.asSlice(i * 16L, 16), VfioStructs.IOMMU_IOVA_RANGE, "start"),
                                getLong(ranges.asSlice(i * 16L, 16), VfioStructs.IOMMU_IOVA_RANGE, "last")));
                    }
                    return out;
                }
            }
        }

        @Override
        void close() {
            if (ioasId != 0) {
                StructLayout l = VfioStructs.IOMMU_DESTROY;
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment d = arena.allocate(l);
                    setInt(d, l, "size", (int) l.byteSize());
                    setInt(d, l, "id", ioasId);
                    LibC.ioctl(iommufd, VfioIoctls.IOMMU_DESTROY, d, "IOMMU_DESTROY");
                } catch (NativeException e) {
                    // closing /dev/iommu below destroys the IOAS anyway
                }
            }
            LibC.close(iommufd);
        }
    }
}
