package org.devassign.agent.vfio;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.devassign.agent.nativeio.LibC;
import org.devassign.agent.nativeio.NativeException;
import org.devassign.agent.vfio.VfioStructs.VfioDeviceAttachIommufdPt;
import org.devassign.agent.vfio.VfioStructs.VfioDeviceBindIommufd;
import org.devassign.agent.vfio.VfioStructs.VfioDeviceInfo;
import org.devassign.agent.vfio.VfioStructs.VfioIrqInfo;
import org.devassign.agent.vfio.VfioStructs.VfioIrqSet;
import org.devassign.agent.vfio.VfioStructs.VfioRegionInfo;
import org.devassign.agent.vfio.VfioStructs.VfioRegionInfoCapSparseMmap;
import org.devassign.agent.vfio.VfioStructs.VfioRegionInfoCapType;
import org.devassign.agent.vfio.VfioStructs.VfioRegionSparseMmapArea;

/**
 * The ioctls of a VFIO device fd, encoded and decoded: device info, region info with its capability
 * chain (SPARSE_MMAP areas, TYPE, MSIX_MAPPABLE; asked again when argsz grows), IRQ info, SET_IRQS,
 * RESET, and the cdev's BIND_IOMMUFD and ATTACH_IOMMUFD_PT. Turns structs into the info records and
 * back and holds no state: the device handle ({@link OpenedDevice}) owns the descriptor. Public only
 * for {@link #decodeRegion}, which tests feed with capability chains built by hand.
 */
public final class DeviceIoctls {

    private static final int EINVAL = 22;

    private DeviceIoctls() {
    }

    static DeviceInfo info(int fd) throws NativeException {
        return StructIoctl.call(fd, VfioIoctls.VFIO_DEVICE_GET_INFO, "VFIO_DEVICE_GET_INFO", VfioDeviceInfo.LAYOUT,
                StructIoctl.Fill.NOTHING, s -> new DeviceInfo(s.get(JAVA_INT, VfioDeviceInfo.FLAGS),
                        s.get(JAVA_INT, VfioDeviceInfo.NUM_REGIONS), s.get(JAVA_INT, VfioDeviceInfo.NUM_IRQS)));
    }

    /** Every region index the device reports, those it lacks as absent (size 0, no flags). */
    static List<RegionInfo> regions(int fd, int count) throws NativeException {
        List<RegionInfo> regions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            regions.add(regionOrAbsent(fd, i));
        }
        return Collections.unmodifiableList(regions);
    }

    /** Every IRQ index the device reports, those it lacks as absent (count 0, no flags). */
    static List<IrqInfo> irqs(int fd, int count) throws NativeException {
        List<IrqInfo> irqs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            irqs.add(irqOrAbsent(fd, i));
        }
        return Collections.unmodifiableList(irqs);
    }

    /** vfio-pci answers EINVAL for indexes the device lacks (VGA on a non-VGA device). */
    private static RegionInfo regionOrAbsent(int fd, int index) throws NativeException {
        try {
            return region(fd, index);
        } catch (NativeException e) {
            if (e.errno() != EINVAL) {
                throw e;
            }
            return new RegionInfo(index, 0, 0, 0, List.of(), false, -1, -1, false);
        }
    }

    private static IrqInfo irqOrAbsent(int fd, int index) throws NativeException {
        try {
            return irq(fd, index);
        } catch (NativeException e) {
            if (e.errno() != EINVAL) {
                throw e;
            }
            return new IrqInfo(index, 0, 0);
        }
    }

    /** GET_REGION_INFO with its capabilities. */
    static RegionInfo region(int fd, int index) throws NativeException {
        return StructIoctl.query(fd, VfioIoctls.VFIO_DEVICE_GET_REGION_INFO, "VFIO_DEVICE_GET_REGION_INFO",
                VfioRegionInfo.LAYOUT, s -> s.set(JAVA_INT, VfioRegionInfo.INDEX, index), s -> decodeRegion(s, index));
    }

    /**
     * A region info buffer as the kernel fills it: struct vfio_region_info, then the capability chain
     * (offsets from the start of the buffer). Counts and offsets that point past the buffer end the
     * decoding there.
     */
    public static RegionInfo decodeRegion(MemorySegment s, int index) {
        int flags = s.get(JAVA_INT, VfioRegionInfo.FLAGS);
        List<SparseMmapArea> areas = new ArrayList<>();
        boolean sparse = false;
        int type = -1;
        int subtype = -1;
        boolean msixMappable = false;
        if ((flags & VfioIoctls.REGION_FLAG_CAPS) != 0) {
            int first = s.get(JAVA_INT, VfioRegionInfo.CAP_OFFSET);
            MemorySegment cap = Capabilities.find(s, first, VfioIoctls.REGION_CAP_SPARSE_MMAP);
            if (cap != null && cap.byteSize() >= VfioRegionInfoCapSparseMmap.LAYOUT.byteSize()) {
                sparse = true;
                long n = Integer.toUnsignedLong(cap.get(JAVA_INT_UNALIGNED, VfioRegionInfoCapSparseMmap.NR_AREAS));
                long entry = VfioRegionSparseMmapArea.LAYOUT.byteSize();
                // the chain is the kernel's, but the count must not read past the buffer
                for (long i = 0; i < n && VfioRegionInfoCapSparseMmap.AREAS + (i + 1) * entry <= cap.byteSize(); i++) {
                    long at = VfioRegionInfoCapSparseMmap.AREAS + i * entry;
                    areas.add(new SparseMmapArea(cap.get(JAVA_LONG_UNALIGNED, at + VfioRegionSparseMmapArea.OFFSET),
                            cap.get(JAVA_LONG_UNALIGNED, at + VfioRegionSparseMmapArea.SIZE)));
                }
            }
            MemorySegment t = Capabilities.find(s, first, VfioIoctls.REGION_CAP_TYPE);
            if (t != null && t.byteSize() >= VfioRegionInfoCapType.LAYOUT.byteSize()) {
                type = t.get(JAVA_INT_UNALIGNED, VfioRegionInfoCapType.TYPE);
                subtype = t.get(JAVA_INT_UNALIGNED, VfioRegionInfoCapType.SUBTYPE);
            }
            msixMappable = Capabilities.find(s, first, VfioIoctls.REGION_CAP_MSIX_MAPPABLE) != null;
        }
        return new RegionInfo(index, flags, s.get(JAVA_LONG, VfioRegionInfo.SIZE), s.get(JAVA_LONG, VfioRegionInfo.OFFSET),
                List.copyOf(areas), sparse, type, subtype, msixMappable);
    }

    static IrqInfo irq(int fd, int index) throws NativeException {
        return StructIoctl.call(fd, VfioIoctls.VFIO_DEVICE_GET_IRQ_INFO, "VFIO_DEVICE_GET_IRQ_INFO", VfioIrqInfo.LAYOUT,
                s -> s.set(JAVA_INT, VfioIrqInfo.INDEX, index),
                s -> new IrqInfo(index, s.get(JAVA_INT, VfioIrqInfo.FLAGS), s.get(JAVA_INT, VfioIrqInfo.COUNT)));
    }

    /** SET_IRQS DATA_EVENTFD | ACTION_TRIGGER: sub-IRQ 0 of the index signals {@code eventfd}. */
    static void triggerEventfd(int fd, int index, int eventfd) throws NativeException {
        StructIoctl.call(fd, VfioIoctls.VFIO_DEVICE_SET_IRQS, "VFIO_DEVICE_SET_IRQS", VfioIrqSet.LAYOUT, Integer.BYTES, s -> {
            s.set(JAVA_INT, VfioIrqSet.FLAGS, VfioIoctls.IRQ_SET_DATA_EVENTFD | VfioIoctls.IRQ_SET_ACTION_TRIGGER);
            s.set(JAVA_INT, VfioIrqSet.INDEX, index);
            s.set(JAVA_INT, VfioIrqSet.START, 0);
            s.set(JAVA_INT, VfioIrqSet.COUNT, 1);
            s.set(JAVA_INT, VfioIrqSet.DATA, eventfd);
        }, s -> null);
    }

    /** SET_IRQS DATA_EVENTFD | ACTION_TRIGGER: sub-IRQ i of the index, from 0, signals {@code eventfds[i]}. */
    static void triggerEventfds(int fd, int index, int[] eventfds) throws NativeException {
        StructIoctl.call(fd, VfioIoctls.VFIO_DEVICE_SET_IRQS, "VFIO_DEVICE_SET_IRQS", VfioIrqSet.LAYOUT, (long) Integer.BYTES * eventfds.length,
                s -> {
                    s.set(JAVA_INT, VfioIrqSet.FLAGS, VfioIoctls.IRQ_SET_DATA_EVENTFD | VfioIoctls.IRQ_SET_ACTION_TRIGGER);
                    s.set(JAVA_INT, VfioIrqSet.INDEX, index);
                    s.set(JAVA_INT, VfioIrqSet.START, 0);
                    s.set(JAVA_INT, VfioIrqSet.COUNT, eventfds.length);
                    for (int i = 0; i < eventfds.length; i++) {
                        s.set(JAVA_INT, VfioIrqSet.DATA + (long) Integer.BYTES * i, eventfds[i]);
                    }
                }, s -> null);
    }

    /** SET_IRQS DATA_NONE | ACTION_TRIGGER on the one sub-IRQ {@code vector}: the kernel fires it. */
    static void triggerVector(int fd, int index, int vector) throws NativeException {
        StructIoctl.call(fd, VfioIoctls.VFIO_DEVICE_SET_IRQS, "VFIO_DEVICE_SET_IRQS", VfioIrqSet.LAYOUT, s -> {
            s.set(JAVA_INT, VfioIrqSet.FLAGS, VfioIoctls.IRQ_SET_DATA_NONE | VfioIoctls.IRQ_SET_ACTION_TRIGGER);
            s.set(JAVA_INT, VfioIrqSet.INDEX, index);
            s.set(JAVA_INT, VfioIrqSet.START, vector);
            s.set(JAVA_INT, VfioIrqSet.COUNT, 1);
        });
    }

    /** SET_IRQS DATA_NONE with an action (MASK, UNMASK, TRIGGER) on {@code count} sub-IRQs from 0; count 0 disables. */
    static void irqAction(int fd, int index, int action, int count) throws NativeException {
        StructIoctl.call(fd, VfioIoctls.VFIO_DEVICE_SET_IRQS, "VFIO_DEVICE_SET_IRQS", VfioIrqSet.LAYOUT, s -> {
            s.set(JAVA_INT, VfioIrqSet.FLAGS, VfioIoctls.IRQ_SET_DATA_NONE | action);
            s.set(JAVA_INT, VfioIrqSet.INDEX, index);
            s.set(JAVA_INT, VfioIrqSet.COUNT, count);
        });
    }

    /** VFIO_DEVICE_BIND_IOMMUFD: the cdev's device fd joins {@code iommufd}. */
    static void bindIommufd(int fd, int iommufd) throws NativeException {
        StructIoctl.call(fd, VfioIoctls.VFIO_DEVICE_BIND_IOMMUFD, "VFIO_DEVICE_BIND_IOMMUFD", VfioDeviceBindIommufd.LAYOUT,
                s -> s.set(JAVA_INT, VfioDeviceBindIommufd.IOMMUFD, iommufd));
    }

    /** VFIO_DEVICE_ATTACH_IOMMUFD_PT: the device's DMA goes through the IO address space (or HW page table) {@code ptId}. */
    static void attachIommufdPt(int fd, int ptId) throws NativeException {
        StructIoctl.call(fd, VfioIoctls.VFIO_DEVICE_ATTACH_IOMMUFD_PT, "VFIO_DEVICE_ATTACH_IOMMUFD_PT",
                VfioDeviceAttachIommufdPt.LAYOUT, s -> s.set(JAVA_INT, VfioDeviceAttachIommufdPt.PT_ID, ptId));
    }

    static void reset(int fd) throws NativeException {
        LibC.ioctl(fd, VfioIoctls.VFIO_DEVICE_RESET, 0L, "VFIO_DEVICE_RESET");
    }
}
