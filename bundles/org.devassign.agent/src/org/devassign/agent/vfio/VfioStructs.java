package org.devassign.agent.vfio;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.util.List;

/**
 * The VFIO and iommufd structs the agent passes to ioctls, as java.lang.foreign layouts. Struct and
 * field names are the C names of include/uapi/linux/vfio.h and iommufd.h (Linux 6.12), so a test can
 * compare each layout with the kernel header field by field (sizeof, offsetof). Flexible array
 * members (areas[], data[], iova_ranges[]) are not part of the layouts; they follow the fixed part.
 */
public final class VfioStructs {

    private static MemoryLayout u32(String name) {
        return JAVA_INT.withName(name);
    }

    private static MemoryLayout u64(String name) {
        return JAVA_LONG.withName(name);
    }

    public static final StructLayout VFIO_INFO_CAP_HEADER = MemoryLayout.structLayout(
            JAVA_SHORT.withName("id"), JAVA_SHORT.withName("version"), u32("next")).withName("vfio_info_cap_header");

    public static final StructLayout VFIO_GROUP_STATUS = MemoryLayout.structLayout(
            u32("argsz"), u32("flags")).withName("vfio_group_status");

    public static final StructLayout VFIO_DEVICE_INFO = MemoryLayout.structLayout(
            u32("argsz"), u32("flags"), u32("num_regions"), u32("num_irqs"), u32("cap_offset"), u32("pad"))
            .withName("vfio_device_info");

    public static final StructLayout VFIO_REGION_INFO = MemoryLayout.structLayout(
            u32("argsz"), u32("flags"), u32("index"), u32("cap_offset"), u64("size"), u64("offset"))
            .withName("vfio_region_info");

    public static final StructLayout VFIO_REGION_SPARSE_MMAP_AREA = MemoryLayout.structLayout(
            u64("offset"), u64("size")).withName("vfio_region_sparse_mmap_area");

    public static final StructLayout VFIO_REGION_INFO_CAP_SPARSE_MMAP = MemoryLayout.structLayout(
            VFIO_INFO_CAP_HEADER.withName("header"), u32("nr_areas"), u32("reserved"))
            .withName("vfio_region_info_cap_sparse_mmap");

    public static final StructLayout VFIO_REGION_INFO_CAP_TYPE = MemoryLayout.structLayout(
            VFIO_INFO_CAP_HEADER.withName("header"), u32("type"), u32("subtype"))
            .withName("vfio_region_info_cap_type");

    public static final StructLayout VFIO_IRQ_INFO = MemoryLayout.structLayout(
            u32("argsz"), u32("flags"), u32("index"), u32("count")).withName("vfio_irq_info");

    public static final StructLayout VFIO_IRQ_SET = MemoryLayout.structLayout(
            u32("argsz"), u32("flags"), u32("index"), u32("start"), u32("count")).withName("vfio_irq_set");

    public static final StructLayout VFIO_IOMMU_TYPE1_INFO = MemoryLayout.structLayout(
            u32("argsz"), u32("flags"), u64("iova_pgsizes"), u32("cap_offset"), u32("pad"))
            .withName("vfio_iommu_type1_info");

    public static final StructLayout VFIO_IOVA_RANGE = MemoryLayout.structLayout(
            u64("start"), u64("end")).withName("vfio_iova_range");

    public static final StructLayout VFIO_IOMMU_TYPE1_INFO_CAP_IOVA_RANGE = MemoryLayout.structLayout(
            VFIO_INFO_CAP_HEADER.withName("header"), u32("nr_iovas"), u32("reserved"))
            .withName("vfio_iommu_type1_info_cap_iova_range");

    public static final StructLayout VFIO_IOMMU_TYPE1_DMA_MAP = MemoryLayout.structLayout(
            u32("argsz"), u32("flags"), u64("vaddr"), u64("iova"), u64("size"))
            .withName("vfio_iommu_type1_dma_map");

    public static final StructLayout VFIO_IOMMU_TYPE1_DMA_UNMAP = MemoryLayout.structLayout(
            u32("argsz"), u32("flags"), u64("iova"), u64("size")).withName("vfio_iommu_type1_dma_unmap");

    public static final StructLayout VFIO_DEVICE_BIND_IOMMUFD = MemoryLayout.structLayout(
            u32("argsz"), u32("flags"), u32("iommufd"), u32("out_devid")).withName("vfio_device_bind_iommufd");

    public static final StructLayout VFIO_DEVICE_ATTACH_IOMMUFD_PT = MemoryLayout.structLayout(
            u32("argsz"), u32("flags"), u32("pt_id")).withName("vfio_device_attach_iommufd_pt");

    public static final StructLayout IOMMU_DESTROY = MemoryLayout.structLayout(
            u32("size"), u32("id")).withName("iommu_destroy");

    public static final StructLayout IOMMU_IOAS_ALLOC = MemoryLayout.structLayout(
            u32("size"), u32("flags"), u32("out_ioas_id")).withName("iommu_ioas_alloc");

    public static final StructLayout IOMMU_IOAS_MAP = MemoryLayout.structLayout(
            u32("size"), u32("flags"), u32("ioas_id"), u32("__reserved"), u64("user_va"), u64("length"), u64("iova"))
            .withName("iommu_ioas_map");

    public static final StructLayout IOMMU_IOAS_UNMAP = MemoryLayout.structLayout(
            u32("size"), u32("ioas_id"), u64("iova"), u64("length")).withName("iommu_ioas_unmap");

    public static final StructLayout IOMMU_IOAS_IOVA_RANGES = MemoryLayout.structLayout(
            u32("size"), u32("ioas_id"), u32("num_iovas"), u32("__reserved"), u64("allowed_iovas"),
            u64("out_iova_alignment")).withName("iommu_ioas_iova_ranges");

    public static final StructLayout IOMMU_IOVA_RANGE = MemoryLayout.structLayout(
            u64("start"), u64("last")).withName("iommu_iova_range");

    /** Every layout above, for the header check. */
    public static final List<StructLayout> ALL = List.of(VFIO_INFO_CAP_HEADER, VFIO_GROUP_STATUS, VFIO_DEVICE_INFO,
            VFIO_REGION_INFO, VFIO_REGION_SPARSE_MMAP_AREA, VFIO_REGION_INFO_CAP_SPARSE_MMAP,
            VFIO_REGION_INFO_CAP_TYPE, VFIO_IRQ_INFO, VFIO_IRQ_SET, VFIO_IOMMU_TYPE1_INFO, VFIO_IOVA_RANGE,
            VFIO_IOMMU_TYPE1_INFO_CAP_IOVA_RANGE, VFIO_IOMMU_TYPE1_DMA_MAP, VFIO_IOMMU_TYPE1_DMA_UNMAP,
            VFIO_DEVICE_BIND_IOMMUFD, VFIO_DEVICE_ATTACH_IOMMUFD_PT, IOMMU_DESTROY, IOMMU_IOAS_ALLOC, IOMMU_IOAS_MAP,
            IOMMU_IOAS_UNMAP, IOMMU_IOAS_IOVA_RANGES, IOMMU_IOVA_RANGE);

    private VfioStructs() {
    }

    /** Byte offset of a field, by its C name. */
    public static long offset(StructLayout layout, String field) {
        return layout.byteOffset(PathElement.groupElement(field));
    }

    public static int getInt(MemorySegment s, StructLayout layout, String field) {
        return s.get(JAVA_INT, offset(layout, field));
    }

    public static long getLong(MemorySegment s, StructLayout layout, String field) {
        return s.get(JAVA_LONG, offset(layout, field));
    }

    public static void setInt(MemorySegment s, StructLayout layout, String field, int value) {
        s.set(JAVA_INT, offset(layout, field), value);
    }

    public static void setLong(MemorySegment s, StructLayout layout, String field, long value) {
        s.set(JAVA_LONG, offset(layout, field), value);
    }
}
