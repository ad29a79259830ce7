package org.devassign.model.validation;

import static org.devassign.model.naming.Labels.of;

import java.util.HashMap;
import java.util.Map;

import org.devassign.core.rules.Mmap;
import org.devassign.model.Board;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.Device;
import org.devassign.model.Interrupt;
import org.devassign.model.InterruptKind;
import org.devassign.model.IommuGroup;
import org.devassign.model.PciDevice;
import org.devassign.model.Region;
import org.devassign.model.facts.DeviceFacts;

/**
 * The board's own invariants: a usable page size, unique device names, kernel names and group ids,
 * a PCI function's address agreeing with its kernel name, unique region and IRQ indexes per device,
 * group membership agreeing from both sides, interrupt counts VFIO can report.
 */
final class BoardInvariants {

    private static final DevAssignPackage PKG = DevAssignPackage.eINSTANCE;

    private BoardInvariants() {
    }

    static void validateBoard(Board board, Report report) {
        long page = board.getPageSize();
        if (Mmap.usablePage(page) != page) {
            report.error(ModelProblem.PAGE_SIZE, board, PKG.getBoard_PageSize(),
                    "Board " + board.getName() + " has page size " + page
                            + ", which is not a power of two of at least 512: set it to the kernel's page size (getconf PAGESIZE, usually 4096).");
        }
        Map<String, Device> byName = new HashMap<>();
        Map<Object, Device> byIdentity = new HashMap<>(); // by canonical identity: 00:05.0 and 0000:00:05.0 are one device
        for (Device device : board.getDevices()) {
            Device first = device.getName() == null ? null : byName.putIfAbsent(device.getName(), device);
            if (first != null) {
                report.error(ModelProblem.DUPLICATE_NAME, device, PKG.getNamedElement_Name(),
                        "Board " + board.getName() + " has two devices named '" + device.getName() + "' ("
                                + first.getSysfsName() + " and " + device.getSysfsName()
                                + "): give each device a unique name.", first);
            }
            Object identity = device.getSysfsName() == null ? null : DeviceFacts.id(device).<Object>map(id -> id).orElse(device.getSysfsName());
            Device same = identity == null ? null : byIdentity.putIfAbsent(identity, device);
            if (same != null) {
                report.error(ModelProblem.DUPLICATE_SYSFS_NAME, device, PKG.getDevice_SysfsName(),
                        "Devices " + same.getName() + " and " + device.getName() + " both claim the kernel name "
                                + identity + ": one device per sysfs name; remove the duplicate.", same);
            }
        }
        Map<Integer, IommuGroup> groups = new HashMap<>();
        for (IommuGroup group : board.getIommuGroups()) {
            IommuGroup first = groups.putIfAbsent(group.getId(), group);
            if (first != null) {
                report.error(ModelProblem.DUPLICATE_GROUP_ID, group, PKG.getIommuGroup_Id(),
                        "Board " + board.getName() + " lists IOMMU group " + group.getId()
                                + " twice: merge the two groups' devices into one.", first);
            }
        }
    }

    // ---------------------------------------------------------------- devices

    static void validateDevice(Device device, Report report) {
        if (device instanceof PciDevice pci) {
            SriovInvariants.validateVf(pci, report);
        }
        if (device instanceof PciDevice pci && pci.getSysfsName() != null) {
            String address = DeviceFacts.address(pci).toString();
            if (!address.equals(pci.getSysfsName())) {
                report.error(ModelProblem.PCI_ADDRESS_MISMATCH, device, PKG.getDevice_SysfsName(),
                        "PCI " + of(device) + " has domain/bus/slot/function " + address
                                + " but kernel name " + pci.getSysfsName()
                                + ": the kernel names PCI devices by their address; make the two agree.");
            }
        }
        Map<Integer, Region> regions = new HashMap<>();
        for (Region region : device.getRegions()) {
            Region first = regions.putIfAbsent(region.getIndex(), region);
            if (first != null) {
                report.error(ModelProblem.DUPLICATE_REGION_INDEX, region, PKG.getRegion_Index(),
                        "Regions " + first.getName() + " and " + region.getName() + " of " + of(device)
                                + " share index " + region.getIndex()
                                + ": VFIO numbers regions uniquely; give each its own index.", first);
            }
        }
        Map<Integer, Interrupt> interrupts = new HashMap<>();
        for (Interrupt interrupt : device.getInterrupts()) {
            Interrupt first = interrupts.putIfAbsent(interrupt.getIndex(), interrupt);
            if (first != null) {
                report.error(ModelProblem.DUPLICATE_INTERRUPT_INDEX, interrupt, PKG.getInterrupt_Index(),
                        "Two interrupts of " + of(device) + " share index " + interrupt.getIndex()
                                + ": VFIO numbers IRQ indexes uniquely; give each its own index.", first);
            }
        }
        IommuGroup group = device.getIommuGroup();
        if (group != null && !group.getDevices().contains(device)) {
            report.error(ModelProblem.GROUP_MEMBERSHIP, device, PKG.getDevice_IommuGroup(),
                    "The " + of(device) + " names " + of(group) + " as its group, but the group does not list it: "
                            + "add the device to the group's devices, or correct the device's group.", group);
        }
    }

    static void validateGroup(IommuGroup group, Report report) {
        for (Device member : group.getDevices()) {
            if (member.getIommuGroup() != group) {
                IommuGroup named = member.getIommuGroup();
                report.error(ModelProblem.GROUP_MEMBERSHIP, group, PKG.getIommuGroup_Devices(),
                        of(group) + " lists " + of(member) + ", but the device names "
                                + (named == null ? "no group" : of(named))
                                + ": remove it from this group, or set the device's group to " + group.getId() + ".",
                        member);
            }
        }
    }

    static void validateInterrupt(Interrupt interrupt, Report report) {
        if (interrupt.getCount() < 0 || (interrupt.getKind() == InterruptKind.INTX && interrupt.getCount() > 1)) {
            report.error(ModelProblem.INTERRUPT_COUNT, interrupt, PKG.getInterrupt_Count(),
                    "The " + of(interrupt) + " has count " + interrupt.getCount()
                            + ": counts are never negative and INTx has at most one vector; use the count VFIO reports.");
        }
    }
}
