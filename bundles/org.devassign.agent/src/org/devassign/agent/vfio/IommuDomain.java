package org.devassign.agent.vfio;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

import org.devassign.agent.nativeio.LibC;
import org.devassign.agent.nativeio.NativeException;
import org.devassign.agent.vfio.VfioStructs.IommuDestroy;
import org.devassign.agent.vfio.VfioStructs.IommuIoasAlloc;
import org.devassign.agent.vfio.VfioStructs.IommuIoasIovaRanges;
import org.devassign.agent.vfio.VfioStructs.IommuIoasMap;
import org.devassign.agent.vfio.VfioStructs.IommuIoasUnmap;
import org.devassign.agent.vfio.VfioStructs.IommuIovaRange;
import org.devassign.agent.vfio.VfioStructs.VfioGroupStatus;
import org.devassign.agent.vfio.VfioStructs.VfioIommuType1DmaMap;
import org.devassign.agent.vfio.VfioStructs.VfioIommuType1DmaUnmap;
import org.devassign.agent.vfio.VfioStructs.VfioIommuType1Info;
import org.devassign.agent.vfio.VfioStructs.VfioIommuType1InfoCapIovaRange;
import org.devassign.agent.vfio.VfioStructs.VfioIovaRange;

/**
 * Where an opened device's DMA goes: a VFIO container with a type1 IOMMU, a container in no-IOMMU
 * mode (no DMA mapping possible), or an iommufd IO address space. Owns the descriptors of its kind.
 * Its ioctls take the shape {@link StructIoctl} writes once.
 */
abstract sealed class IommuDomain permits IommuDomain.Type1Container, IommuDomain.Iommufd {

    private static final int EMSGSIZE = 90;
    /** More IOVA ranges than an IOMMU has: a count above is not believed. */
    private static final int MAX_RANGES = 4096;

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

        /** VFIO_GROUP_GET_STATUS of a group fd: its flags (VIABLE, CONTAINER_SET). */
        static int groupStatus(int group) throws NativeException {
            return StructIoctl.call(group, VfioIoctls.VFIO_GROUP_GET_STATUS, "VFIO_GROUP_GET_STATUS", VfioGroupStatus.LAYOUT,
                    StructIoctl.Fill.NOTHING, s -> s.get(JAVA_INT, VfioGroupStatus.FLAGS));
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
            StructIoctl.call(container, VfioIoctls.VFIO_IOMMU_MAP_DMA, "VFIO_IOMMU_MAP_DMA", VfioIommuType1DmaMap.LAYOUT, m -> {
                m.set(JAVA_INT, VfioIommuType1DmaMap.FLAGS, VfioIoctls.DMA_MAP_FLAG_READ | VfioIoctls.DMA_MAP_FLAG_WRITE);
                m.set(JAVA_LONG, VfioIommuType1DmaMap.VADDR, vaddr);
                m.set(JAVA_LONG, VfioIommuType1DmaMap.IOVA, iova);
                m.set(JAVA_LONG, VfioIommuType1DmaMap.SIZE, size);
            });
        }

        @Override
        void unmap(long iova, long size) throws NativeException {
            StructIoctl.call(container, VfioIoctls.VFIO_IOMMU_UNMAP_DMA, "VFIO_IOMMU_UNMAP_DMA", VfioIommuType1DmaUnmap.LAYOUT,
                    m -> {
                        m.set(JAVA_LONG, VfioIommuType1DmaUnmap.IOVA, iova);
                        m.set(JAVA_LONG, VfioIommuType1DmaUnmap.SIZE, size);
                    });
        }

        /** VFIO_IOMMU_GET_INFO, following argsz growth to read the IOVA_RANGE capability. */
        @Override
        List<IovaRange> iovaRanges() throws NativeException {
            if (!canMapDma()) {
                return List.of();
            }
            return StructIoctl.query(container, VfioIoctls.VFIO_IOMMU_GET_INFO, "VFIO_IOMMU_GET_INFO", VfioIommuType1Info.LAYOUT,
                    StructIoctl.Fill.NOTHING, Type1Container::decodeIovaRanges);
        }

        private static List<IovaRange> decodeIovaRanges(MemorySegment info) {
            List<IovaRange> ranges = new ArrayList<>();
            if ((info.get(JAVA_INT, VfioIommuType1Info.FLAGS) & VfioIoctls.TYPE1_INFO_CAPS) == 0) {
                return ranges;
            }
            MemorySegment cap = Capabilities.find(info, info.get(JAVA_INT, VfioIommuType1Info.CAP_OFFSET),
                    VfioIoctls.TYPE1_INFO_CAP_IOVA_RANGE);
            if (cap == null || cap.byteSize() < VfioIommuType1InfoCapIovaRange.LAYOUT.byteSize()) {
                return ranges;
            }
            long n = Integer.toUnsignedLong(cap.get(JAVA_INT_UNALIGNED, VfioIommuType1InfoCapIovaRange.NR_IOVAS));
            long entry = VfioIovaRange.LAYOUT.byteSize();
            for (long i = 0; i < n && VfioIommuType1InfoCapIovaRange.IOVA_RANGES + (i + 1) * entry <= cap.byteSize(); i++) {
                long at = VfioIommuType1InfoCapIovaRange.IOVA_RANGES + i * entry;
                ranges.add(new IovaRange(cap.get(JAVA_LONG_UNALIGNED, at + VfioIovaRange.START),
                        cap.get(JAVA_LONG_UNALIGNED, at + VfioIovaRange.END)));
            }
            return ranges;
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

        /** IOMMU_IOAS_ALLOC: a new IO address space in {@code iommufd}; its id. */
        static int allocateIoas(int iommufd) throws NativeException {
            return StructIoctl.call(iommufd, VfioIoctls.IOMMU_IOAS_ALLOC, "IOMMU_IOAS_ALLOC", IommuIoasAlloc.LAYOUT,
                    StructIoctl.Fill.NOTHING, s -> s.get(JAVA_INT, IommuIoasAlloc.OUT_IOAS_ID));
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
            StructIoctl.call(iommufd, VfioIoctls.IOMMU_IOAS_MAP, "IOMMU_IOAS_MAP", IommuIoasMap.LAYOUT, m -> {
                m.set(JAVA_INT, IommuIoasMap.FLAGS, VfioIoctls.IOAS_MAP_FIXED_IOVA | VfioIoctls.IOAS_MAP_READABLE
                        | VfioIoctls.IOAS_MAP_WRITEABLE);
                m.set(JAVA_INT, IommuIoasMap.IOAS_ID, ioasId);
                m.set(JAVA_LONG, IommuIoasMap.USER_VA, vaddr);
                m.set(JAVA_LONG, IommuIoasMap.LENGTH, size);
                m.set(JAVA_LONG, IommuIoasMap.IOVA, iova);
            });
        }

        @Override
        void unmap(long iova, long size) throws NativeException {
            StructIoctl.call(iommufd, VfioIoctls.IOMMU_IOAS_UNMAP, "IOMMU_IOAS_UNMAP", IommuIoasUnmap.LAYOUT, m -> {
                m.set(JAVA_INT, IommuIoasUnmap.IOAS_ID, ioasId);
                m.set(JAVA_LONG, IommuIoasUnmap.IOVA, iova);
                m.set(JAVA_LONG, IommuIoasUnmap.LENGTH, size);
            });
        }

        /** IOMMU_IOAS_IOVA_RANGES: asks with room for none, the kernel says how many (EMSGSIZE) and is asked again. */
        @Override
        List<IovaRange> iovaRanges() throws NativeException {
            try (Arena arena = Arena.ofConfined()) {
                int room = 0;
                while (true) {
                    MemorySegment ranges = arena.allocate(IommuIovaRange.LAYOUT, Math.max(1, room));
                    MemorySegment q = StructIoctl.struct(arena, IommuIoasIovaRanges.LAYOUT);
                    q.set(JAVA_INT, IommuIoasIovaRanges.IOAS_ID, ioasId);
                    q.set(JAVA_INT, IommuIoasIovaRanges.NUM_IOVAS, room);
                    q.set(JAVA_LONG, IommuIoasIovaRanges.ALLOWED_IOVAS, ranges.address());
                    try {
                        LibC.ioctl(iommufd, VfioIoctls.IOMMU_IOAS_IOVA_RANGES, q, "IOMMU_IOAS_IOVA_RANGES");
                    } catch (NativeException e) {
                        int needed = q.get(JAVA_INT, IommuIoasIovaRanges.NUM_IOVAS);
                        if (e.errno() == EMSGSIZE && needed > room && needed <= MAX_RANGES) {
                            room = needed;
                            continue;
                        }
                        throw e;
                    }
                    int n = Math.min(q.get(JAVA_INT, IommuIoasIovaRanges.NUM_IOVAS), room);
                    List<IovaRange> out = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        MemorySegment r = ranges.asSlice(i * IommuIovaRange.LAYOUT.byteSize(), IommuIovaRange.LAYOUT);
                        out.add(new IovaRange(r.get(JAVA_LONG, IommuIovaRange.START), r.get(JAVA_LONG, IommuIovaRange.LAST)));
                    }
                    return out;
                }
            }
        }

        @Override
        void close() {
            if (ioasId != 0) {
                try {
                    StructIoctl.call(iommufd, VfioIoctls.IOMMU_DESTROY, "IOMMU_DESTROY", IommuDestroy.LAYOUT,
                            d -> d.set(JAVA_INT, IommuDestroy.ID, ioasId));
                } catch (NativeException e) {
                    // closing /dev/iommu below destroys the IOAS anyway
                }
            }
            LibC.close(iommufd);
        }
    }
}
