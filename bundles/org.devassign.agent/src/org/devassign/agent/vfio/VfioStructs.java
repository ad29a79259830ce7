package org.devassign.agent.vfio;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;
import static org.devassign.agent.vfio.VfioStructs.Layouts.offset;
import static org.devassign.agent.vfio.VfioStructs.Layouts.struct;
import static org.devassign.agent.vfio.VfioStructs.Layouts.u32;
import static org.devassign.agent.vfio.VfioStructs.Layouts.u64;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.StructLayout;
import java.util.List;

/**
 * The VFIO and iommufd structs the agent passes to ioctls, one class per struct as jextract makes
 * them: its java.lang.foreign layout ({@code LAYOUT}) and the byte offset of every field, computed
 * once ({@code ARGSZ}, {@code CAP_OFFSET}; a flexible array member such as {@code areas[]} at the end
 * of the fixed part), so an access is {@code segment.get(JAVA_INT, VfioRegionInfo.FLAGS)}. Class,
 * struct and field names are those of include/uapi/linux/vfio.h and iommufd.h (Linux 6.12): a test
 * compiles C against the kernel headers and compares every layout and every offset constant with
 * sizeof and offsetof. The first field of each argument struct is its own size (argsz, size).
 */
public final class VfioStructs {

    private VfioStructs() {
    }

    /**
     * How the struct classes build their layouts. A class of its own, not static methods of
     * VfioStructs: a struct class initialised first would otherwise initialise VfioStructs, whose
     * {@link #ALL} needs that struct class's layout while it is still being made.
     */
    static final class Layouts {

        static MemoryLayout u32(String name) {
            return JAVA_INT.withName(name);
        }

        static MemoryLayout u64(String name) {
            return JAVA_LONG.withName(name);
        }

        static StructLayout struct(String name, MemoryLayout... fields) {
            return MemoryLayout.structLayout(fields).withName(name);
        }

        static long offset(StructLayout layout, String field) {
            return layout.byteOffset(PathElement.groupElement(field));
        }
    }

    /** struct vfio_info_cap_header: the header of each capability in a chain. */
    public static final class VfioInfoCapHeader {
        public static final StructLayout LAYOUT = struct("vfio_info_cap_header", JAVA_SHORT.withName("id"),
                JAVA_SHORT.withName("version"), u32("next"));
        public static final long ID = offset(LAYOUT, "id");
        public static final long VERSION = offset(LAYOUT, "version");
        public static final long NEXT = offset(LAYOUT, "next");
    }

    public static final class VfioGroupStatus {
        public static final StructLayout LAYOUT = struct("vfio_group_status", u32("argsz"), u32("flags"));
        public static final long ARGSZ = offset(LAYOUT, "argsz");
        public static final long FLAGS = offset(LAYOUT, "flags");
    }

    public static final class VfioDeviceInfo {
        public static final StructLayout LAYOUT = struct("vfio_device_info", u32("argsz"), u32("flags"), u32("num_regions"),
                u32("num_irqs"), u32("cap_offset"), u32("pad"));
        public static final long ARGSZ = offset(LAYOUT, "argsz");
        public static final long FLAGS = offset(LAYOUT, "flags");
        public static final long NUM_REGIONS = offset(LAYOUT, "num_regions");
        public static final long NUM_IRQS = offset(LAYOUT, "num_irqs");
        public static final long CAP_OFFSET = offset(LAYOUT, "cap_offset");
        public static final long PAD = offset(LAYOUT, "pad");
    }

    public static final class VfioRegionInfo {
        public static final StructLayout LAYOUT = struct("vfio_region_info", u32("argsz"), u32("flags"), u32("index"),
                u32("cap_offset"), u64("size"), u64("offset"));
        public static final long ARGSZ = offset(LAYOUT, "argsz");
        public static final long FLAGS = offset(LAYOUT, "flags");
        public static final long INDEX = offset(LAYOUT, "index");
        public static final long CAP_OFFSET = offset(LAYOUT, "cap_offset");
        public static final long SIZE = offset(LAYOUT, "size");
        public static final long OFFSET = offset(LAYOUT, "offset");
    }

    public static final class VfioRegionSparseMmapArea {
        public static final StructLayout LAYOUT = struct("vfio_region_sparse_mmap_area", u64("offset"), u64("size"));
        public static final long OFFSET = offset(LAYOUT, "offset");
        public static final long SIZE = offset(LAYOUT, "size");
    }

    public static final class VfioRegionInfoCapSparseMmap {
        public static final StructLayout LAYOUT = struct("vfio_region_info_cap_sparse_mmap",
                VfioInfoCapHeader.LAYOUT.withName("header"), u32("nr_areas"), u32("reserved"));
        public static final long HEADER = offset(LAYOUT, "header");
        public static final long NR_AREAS = offset(LAYOUT, "nr_areas");
        public static final long RESERVED = offset(LAYOUT, "reserved");
        /** areas[]: vfio_region_sparse_mmap_area entries after the fixed part. */
        public static final long AREAS = LAYOUT.byteSize();
    }

    public static final class VfioRegionInfoCapType {
        public static final StructLayout LAYOUT = struct("vfio_region_info_cap_type",
                VfioInfoCapHeader.LAYOUT.withName("header"), u32("type"), u32("subtype"));
        public static final long HEADER = offset(LAYOUT, "header");
        public static final long TYPE = offset(LAYOUT, "type");
        public static final long SUBTYPE = offset(LAYOUT, "subtype");
    }

    public static final class VfioIrqInfo {
        public static final StructLayout LAYOUT = struct("vfio_irq_info", u32("argsz"), u32("flags"), u32("index"), u32("count"));
        public static final long ARGSZ = offset(LAYOUT, "argsz");
        public static final long FLAGS = offset(LAYOUT, "flags");
        public static final long INDEX = offset(LAYOUT, "index");
        public static final long COUNT = offset(LAYOUT, "count");
    }

    public static final class VfioIrqSet {
        public static final StructLayout LAYOUT = struct("vfio_irq_set", u32("argsz"), u32("flags"), u32("index"), u32("start"),
                u32("count"));
        public static final long ARGSZ = offset(LAYOUT, "argsz");
        public static final long FLAGS = offset(LAYOUT, "flags");
        public static final long INDEX = offset(LAYOUT, "index");
        public static final long START = offset(LAYOUT, "start");
        public static final long COUNT = offset(LAYOUT, "count");
        /** data[]: the eventfds (s32 each) or bools after the fixed part. */
        public static final long DATA = LAYOUT.byteSize();
    }

    public static final class VfioIommuType1Info {
        public static final StructLayout LAYOUT = struct("vfio_iommu_type1_info", u32("argsz"), u32("flags"),
                u64("iova_pgsizes"), u32("cap_offset"), u32("pad"));
        public static final long ARGSZ = offset(LAYOUT, "argsz");
        public static final long FLAGS = offset(LAYOUT, "flags");
        public static final long IOVA_PGSIZES = offset(LAYOUT, "iova_pgsizes");
        public static final long CAP_OFFSET = offset(LAYOUT, "cap_offset");
        public static final long PAD = offset(LAYOUT, "pad");
    }

    public static final class VfioIovaRange {
        public static final StructLayout LAYOUT = struct("vfio_iova_range", u64("start"), u64("end"));
        public static final long START = offset(LAYOUT, "start");
        public static final long END = offset(LAYOUT, "end");
    }

    public static final class VfioIommuType1InfoCapIovaRange {
        public static final StructLayout LAYOUT = struct("vfio_iommu_type1_info_cap_iova_range",
                VfioInfoCapHeader.LAYOUT.withName("header"), u32("nr_iovas"), u32("reserved"));
        public static final long HEADER = offset(LAYOUT, "header");
        public static final long NR_IOVAS = offset(LAYOUT, "nr_iovas");
        public static final long RESERVED = offset(LAYOUT, "reserved");
        /** iova_ranges[]: vfio_iova_range entries after the fixed part. */
        public static final long IOVA_RANGES = LAYOUT.byteSize();
    }

    public static final class VfioIommuType1DmaMap {
        public static final StructLayout LAYOUT = struct("vfio_iommu_type1_dma_map", u32("argsz"), u32("flags"), u64("vaddr"),
                u64("iova"), u64("size"));
        public static final long ARGSZ = offset(LAYOUT, "argsz");
        public static final long FLAGS = offset(LAYOUT, "flags");
        public static final long VADDR = offset(LAYOUT, "vaddr");
        public static final long IOVA = offset(LAYOUT, "iova");
        public static final long SIZE = offset(LAYOUT, "size");
    }

    public static final class VfioIommuType1DmaUnmap {
        public static final StructLayout LAYOUT = struct("vfio_iommu_type1_dma_unmap", u32("argsz"), u32("flags"), u64("iova"),
                u64("size"));
        public static final long ARGSZ = offset(LAYOUT, "argsz");
        public static final long FLAGS = offset(LAYOUT, "flags");
        public static final long IOVA = offset(LAYOUT, "iova");
        public static final long SIZE = offset(LAYOUT, "size");
    }

    public static final class VfioDeviceBindIommufd {
        public static final StructLayout LAYOUT = struct("vfio_device_bind_iommufd", u32("argsz"), u32("flags"),
                u32("iommufd"), u32("out_devid"));
        public static final long ARGSZ = offset(LAYOUT, "argsz");
        public static final long FLAGS = offset(LAYOUT, "flags");
        public static final long IOMMUFD = offset(LAYOUT, "iommufd");
        public static final long OUT_DEVID = offset(LAYOUT, "out_devid");
    }

    public static final class VfioDeviceAttachIommufdPt {
        public static final StructLayout LAYOUT = struct("vfio_device_attach_iommufd_pt", u32("argsz"), u32("flags"),
                u32("pt_id"));
        public static final long ARGSZ = offset(LAYOUT, "argsz");
        public static final long FLAGS = offset(LAYOUT, "flags");
        public static final long PT_ID = offset(LAYOUT, "pt_id");
    }

    public static final class IommuDestroy {
        public static final StructLayout LAYOUT = struct("iommu_destroy", u32("size"), u32("id"));
        public static final long SIZE = offset(LAYOUT, "size");
        public static final long ID = offset(LAYOUT, "id");
    }

    public static final class IommuIoasAlloc {
        public static final StructLayout LAYOUT = struct("iommu_ioas_alloc", u32("size"), u32("flags"), u32("out_ioas_id"));
        public static final long SIZE = offset(LAYOUT, "size");
        public static final long FLAGS = offset(LAYOUT, "flags");
        public static final long OUT_IOAS_ID = offset(LAYOUT, "out_ioas_id");
    }

    public static final class IommuIoasMap {
        public static final StructLayout LAYOUT = struct("iommu_ioas_map", u32("size"), u32("flags"), u32("ioas_id"),
                u32("__reserved"), u64("user_va"), u64("length"), u64("iova"));
        public static final long SIZE = offset(LAYOUT, "size");
        public static final long FLAGS = offset(LAYOUT, "flags");
        public static final long IOAS_ID = offset(LAYOUT, "ioas_id");
        public static final long __RESERVED = offset(LAYOUT, "__reserved");
        public static final long USER_VA = offset(LAYOUT, "user_va");
        public static final long LENGTH = offset(LAYOUT, "length");
        public static final long IOVA = offset(LAYOUT, "iova");
    }

    public static final class IommuIoasUnmap {
        public static final StructLayout LAYOUT = struct("iommu_ioas_unmap", u32("size"), u32("ioas_id"), u64("iova"),
                u64("length"));
        public static final long SIZE = offset(LAYOUT, "size");
        public static final long IOAS_ID = offset(LAYOUT, "ioas_id");
        public static final long IOVA = offset(LAYOUT, "iova");
        public static final long LENGTH = offset(LAYOUT, "length");
    }

    public static final class IommuIoasIovaRanges {
        public static final StructLayout LAYOUT = struct("iommu_ioas_iova_ranges", u32("size"), u32("ioas_id"),
                u32("num_iovas"), u32("__reserved"), u64("allowed_iovas"), u64("out_iova_alignment"));
        public static final long SIZE = offset(LAYOUT, "size");
        public static final long IOAS_ID = offset(LAYOUT, "ioas_id");
        public static final long NUM_IOVAS = offset(LAYOUT, "num_iovas");
        public static final long __RESERVED = offset(LAYOUT, "__reserved");
        public static final long ALLOWED_IOVAS = offset(LAYOUT, "allowed_iovas");
        public static final long OUT_IOVA_ALIGNMENT = offset(LAYOUT, "out_iova_alignment");
    }

    public static final class IommuIovaRange {
        public static final StructLayout LAYOUT = struct("iommu_iova_range", u64("start"), u64("last"));
        public static final long START = offset(LAYOUT, "start");
        public static final long LAST = offset(LAYOUT, "last");
    }

    /** The struct classes above, in header order, for the header check. */
    public static final List<Class<?>> STRUCTS = List.of(VfioInfoCapHeader.class, VfioGroupStatus.class, VfioDeviceInfo.class,
            VfioRegionInfo.class, VfioRegionSparseMmapArea.class, VfioRegionInfoCapSparseMmap.class, VfioRegionInfoCapType.class,
            VfioIrqInfo.class, VfioIrqSet.class, VfioIommuType1Info.class, VfioIovaRange.class,
            VfioIommuType1InfoCapIovaRange.class, VfioIommuType1DmaMap.class, VfioIommuType1DmaUnmap.class,
            VfioDeviceBindIommufd.class, VfioDeviceAttachIommufdPt.class, IommuDestroy.class, IommuIoasAlloc.class,
            IommuIoasMap.class, IommuIoasUnmap.class, IommuIoasIovaRanges.class, IommuIovaRange.class);

    /** Every layout above, for the header check. */
    public static final List<StructLayout> ALL = List.of(VfioInfoCapHeader.LAYOUT, VfioGroupStatus.LAYOUT, VfioDeviceInfo.LAYOUT,
            VfioRegionInfo.LAYOUT, VfioRegionSparseMmapArea.LAYOUT, VfioRegionInfoCapSparseMmap.LAYOUT,
            VfioRegionInfoCapType.LAYOUT, VfioIrqInfo.LAYOUT, VfioIrqSet.LAYOUT, VfioIommuType1Info.LAYOUT, VfioIovaRange.LAYOUT,
            VfioIommuType1InfoCapIovaRange.LAYOUT, VfioIommuType1DmaMap.LAYOUT, VfioIommuType1DmaUnmap.LAYOUT,
            VfioDeviceBindIommufd.LAYOUT, VfioDeviceAttachIommufdPt.LAYOUT, IommuDestroy.LAYOUT, IommuIoasAlloc.LAYOUT,
            IommuIoasMap.LAYOUT, IommuIoasUnmap.LAYOUT, IommuIoasIovaRanges.LAYOUT, IommuIovaRange.LAYOUT);
}
