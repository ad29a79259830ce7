package org.devassign.agent.vfio;

/**
 * VFIO and iommufd ioctl request numbers: plain _IO(';', nr), type 0x3b, VFIO base 100, iommufd
 * base 0x80 (include/uapi/linux/vfio.h, iommufd.h), and the flag values the agent uses.
 */
public final class VfioIoctls {

    private static long io(int nr) {
        return (';' << 8) | nr;
    }

    public static final long VFIO_GET_API_VERSION = io(100);
    public static final long VFIO_CHECK_EXTENSION = io(101);
    public static final long VFIO_SET_IOMMU = io(102);
    public static final long VFIO_GROUP_GET_STATUS = io(103);
    public static final long VFIO_GROUP_SET_CONTAINER = io(104);
    public static final long VFIO_GROUP_UNSET_CONTAINER = io(105);
    public static final long VFIO_GROUP_GET_DEVICE_FD = io(106);
    public static final long VFIO_DEVICE_GET_INFO = io(107);
    public static final long VFIO_DEVICE_GET_REGION_INFO = io(108);
    public static final long VFIO_DEVICE_GET_IRQ_INFO = io(109);
    public static final long VFIO_DEVICE_SET_IRQS = io(110);
    public static final long VFIO_DEVICE_RESET = io(111);
    public static final long VFIO_IOMMU_GET_INFO = io(112);
    public static final long VFIO_IOMMU_MAP_DMA = io(113);
    public static final long VFIO_IOMMU_UNMAP_DMA = io(114);
    public static final long VFIO_DEVICE_BIND_IOMMUFD = io(118);
    public static final long VFIO_DEVICE_ATTACH_IOMMUFD_PT = io(119);
    public static final long VFIO_DEVICE_DETACH_IOMMUFD_PT = io(120);

    public static final long IOMMU_DESTROY = io(0x80);
    public static final long IOMMU_IOAS_ALLOC = io(0x81);
    public static final long IOMMU_IOAS_IOVA_RANGES = io(0x84);
    public static final long IOMMU_IOAS_MAP = io(0x85);
    public static final long IOMMU_IOAS_UNMAP = io(0x86);

    public static final int VFIO_API_VERSION = 0;
    public static final int VFIO_TYPE1_IOMMU = 1;
    public static final int VFIO_TYPE1V2_IOMMU = 3;
    public static final int VFIO_NOIOMMU_IOMMU = 8;

    public static final int GROUP_FLAGS_VIABLE = 1;
    public static final int GROUP_FLAGS_CONTAINER_SET = 2;

    public static final int DEVICE_FLAGS_RESET = 1;
    public static final int DEVICE_FLAGS_PCI = 2;
    public static final int DEVICE_FLAGS_PLATFORM = 4;
    public static final int DEVICE_FLAGS_AMBA = 8;
    public static final int DEVICE_FLAGS_FSL_MC = 64;
    public static final int DEVICE_FLAGS_CAPS = 128;

    public static final int REGION_FLAG_READ = 1;
    public static final int REGION_FLAG_WRITE = 2;
    public static final int REGION_FLAG_MMAP = 4;
    public static final int REGION_FLAG_CAPS = 8;
    public static final int REGION_CAP_SPARSE_MMAP = 1;
    public static final int REGION_CAP_TYPE = 2;
    public static final int REGION_CAP_MSIX_MAPPABLE = 3;

    public static final int IRQ_INFO_EVENTFD = 1;
    public static final int IRQ_INFO_MASKABLE = 2;
    public static final int IRQ_INFO_AUTOMASKED = 4;
    public static final int IRQ_INFO_NORESIZE = 8;

    public static final int IRQ_SET_DATA_NONE = 1;
    public static final int IRQ_SET_DATA_BOOL = 2;
    public static final int IRQ_SET_DATA_EVENTFD = 4;
    public static final int IRQ_SET_ACTION_MASK = 8;
    public static final int IRQ_SET_ACTION_UNMASK = 16;
    public static final int IRQ_SET_ACTION_TRIGGER = 32;

    public static final int TYPE1_INFO_FLAG_PGSIZES = 1;
    public static final int TYPE1_INFO_CAPS = 2;
    public static final int TYPE1_INFO_CAP_IOVA_RANGE = 1;
    public static final int DMA_MAP_FLAG_READ = 1;
    public static final int DMA_MAP_FLAG_WRITE = 2;

    public static final int IOAS_MAP_FIXED_IOVA = 1;
    public static final int IOAS_MAP_WRITEABLE = 2;
    public static final int IOAS_MAP_READABLE = 4;

    /** Region and IRQ indexes of vfio-pci. */
    public static final int PCI_BAR0_REGION_INDEX = 0;
    public static final int PCI_ROM_REGION_INDEX = 6;
    public static final int PCI_CONFIG_REGION_INDEX = 7;
    public static final int PCI_VGA_REGION_INDEX = 8;
    public static final int PCI_INTX_IRQ_INDEX = 0;
    public static final int PCI_MSI_IRQ_INDEX = 1;
    public static final int PCI_MSIX_IRQ_INDEX = 2;
    public static final int PCI_ERR_IRQ_INDEX = 3;
    public static final int PCI_REQ_IRQ_INDEX = 4;

    private VfioIoctls() {
    }
}
