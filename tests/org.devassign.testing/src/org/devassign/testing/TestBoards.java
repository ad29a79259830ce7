package org.devassign.testing;

import org.devassign.model.Board;
import org.devassign.model.DevAssignFactory;
import org.devassign.model.Interrupt;
import org.devassign.model.InterruptKind;
import org.devassign.model.IommuGroup;
import org.devassign.model.PciDevice;
import org.devassign.model.PlatformDevice;
import org.devassign.model.Region;
import org.devassign.model.RegionKind;
import org.devassign.model.Sriov;
import org.devassign.model.Trigger;
import org.devassign.core.identity.PciAddress;

/** Small, valid boards built in code; tests break one thing at a time. */
public final class TestBoards {

    private static final DevAssignFactory F = DevAssignFactory.eINSTANCE;

    private TestBoards() {
    }

    public static Board board(String name) {
        Board board = F.createBoard();
        board.setName(name);
        board.setArchitecture("x86_64");
        board.setPageSize(4096);
        return board;
    }

    /** A PCI device with one 4 KiB mmappable BAR0 at {@code bar0} and an INTx, in its own group. */
    public static PciDevice pci(Board board, String name, String address, long bar0) {
        PciAddress a = PciAddress.parse(address);
        PciDevice device = F.createPciDevice();
        device.setName(name);
        device.setSysfsName(a.toString());
        device.setDomain(a.domain());
        device.setBus(a.busNumber());
        device.setSlot(a.slot());
        device.setFunction(a.function());
        device.setVendorId(0x1234);
        device.setDeviceId(0x11e8);
        device.getRegions().add(region(0, "BAR0", RegionKind.MMIO, bar0, 4096, true));
        Interrupt intx = F.createInterrupt();
        intx.setIndex(0);
        intx.setKind(InterruptKind.INTX);
        intx.setCount(1);
        intx.setEventfd(true);
        intx.setMaskable(true);
        intx.setAutomasked(true);
        intx.setTrigger(Trigger.LEVEL);
        device.getInterrupts().add(intx);
        board.getDevices().add(device);
        return device;
    }

    public static PlatformDevice platform(Board board, String name, String sysfsName, long base, long size) {
        PlatformDevice device = F.createPlatformDevice();
        device.setName(name);
        device.setSysfsName(sysfsName);
        device.getCompatible().add("virtio,mmio");
        device.getRegions().add(region(0, "reg[0]", RegionKind.MMIO, base, size, base % 4096 == 0 && size % 4096 == 0));
        board.getDevices().add(device);
        return device;
    }

    public static Region region(int index, String name, RegionKind kind, long base, long size, boolean mmap) {
        Region region = F.createRegion();
        region.setIndex(index);
        region.setName(name);
        region.setKind(kind);
        region.setBase(base);
        region.setSize(size);
        region.setOffset((long) index << 40);
        region.setReadable(true);
        region.setWritable(true);
        region.setMmappable(mmap);
        return region;
    }

    /**
     * An SR-IOV physical function as the lab board's igb (vmboard/README.md): 8086:10c9 on igb, 7 VFs
     * at offset 128, stride 2, of device 10ca, none enabled, each VF with a 16 KiB BAR0 and BAR3
     * (64-bit, prefetchable), in its own group.
     */
    public static PciDevice igb(Board board, String name, String address, int group) {
        PciDevice pf = pci(board, name, address, 0xfeb00000L);
        pf.setVendorId(0x8086);
        pf.setDeviceId(0x10c9);
        pf.setClassCode(0x020000);
        pf.setDriver("igb");
        Sriov sriov = F.createSriov();
        sriov.setTotalVfs(7);
        sriov.setVfOffset(128);
        sriov.setVfStride(2);
        sriov.setVfDeviceId(0x10ca);
        for (int bar : new int[] { 0, 3 }) {
            Region vfBar = region(bar, "BAR" + bar, RegionKind.MMIO, bar == 0 ? 0x80000000L : 0x80020000L, 16 * 1024, true);
            vfBar.setSixtyFourBit(true);
            vfBar.setPrefetchable(true);
            sriov.getVfRegions().add(vfBar);
        }
        pf.setSriov(sriov);
        group(board, group, pf);
        return pf;
    }

    /** VF {@code index} of a PF as discovery lists it while it exists: at its address, linked to its PF, without a driver. */
    public static PciDevice vf(Board board, PciDevice pf, int index, int group) {
        PciAddress a = org.devassign.core.identity.SriovLayout.vfAddress(PciAddress.parse(pf.getSysfsName()), pf.getSriov().getVfOffset(),
                pf.getSriov().getVfStride(), index);
        PciDevice vf = pci(board, pf.getName() + "v" + index, a.toString(), 0x80000000L + index * 0x4000L);
        vf.setVendorId(pf.getVendorId());
        vf.setDeviceId(pf.getSriov().getVfDeviceId());
        vf.setPhysicalFunction(pf);
        vf.setVfIndex(index);
        vf.getInterrupts().clear();
        group(board, group, vf);
        return vf;
    }

    /** Puts the devices into a new group with the given id, setting both sides of the membership. */
    public static IommuGroup group(Board board, int id, org.devassign.model.Device... members) {
        IommuGroup group = F.createIommuGroup();
        group.setId(id);
        for (org.devassign.model.Device member : members) {
            group.getDevices().add(member);
            member.setIommuGroup(group);
        }
        board.getIommuGroups().add(group);
        return group;
    }
}
