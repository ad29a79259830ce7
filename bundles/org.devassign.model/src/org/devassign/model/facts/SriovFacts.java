package org.devassign.model.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.devassign.core.identity.PciAddress;
import org.devassign.core.identity.SriovLayout;
import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.DevAssignFactory;
import org.devassign.model.Device;
import org.devassign.model.PciDevice;
import org.devassign.model.Region;
import org.devassign.model.Sriov;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * SR-IOV virtual functions in the model terms: where a physical function's VFs are (the core's
 * {@link SriovLayout} on the PF's {@link Sriov} facts), which VFs a config creates
 * ({@code vfs nic0 count 4}), and the VF devices an assignment such as {@code assign nic0.vf[0..3]}
 * covers. A VF the board lists (discovered while it existed) is that device. A VF that does not exist
 * yet is made from its PF's facts: its computed address, the PF's vendor and the VFs' device ID, the
 * VF BARs of the PF's {@code Sriov} (VF n's n sizes above VF 0's), FLR as its reset (the SR-IOV
 * specification requires it of every VF), no IOMMU group (the kernel gives it one when it creates
 * it) and no interrupts (they are in its own config space). Such a device belongs to no board; it
 * is made once per PF and index and kept with the PF until the PF or its facts change, so every
 * caller (validation, generators, the planner) sees the same object.
 */
public final class SriovFacts {

    private static final DevAssignFactory F = DevAssignFactory.eINSTANCE;

    private SriovFacts() {
    }

    /** The physical function as a PCI function with SR-IOV facts and an identity; empty for anything else. */
    public static Optional<PciDevice> physicalFunction(Device device) {
        return device instanceof PciDevice pci && !pci.eIsProxy() && pci.getSriov() != null && DeviceFacts.id(pci).isPresent()
                ? Optional.of(pci) : Optional.empty();
    }

    /** Where the PF's VFs are; empty when it is no PF or its offset and stride are out of range. */
    public static Optional<SriovLayout> layout(Device pf) {
        return physicalFunction(pf).flatMap(p -> {
            Sriov sriov = p.getSriov();
            try {
                return Optional.of(new SriovLayout((PciAddress) DeviceFacts.id(p).orElseThrow(), sriov.getVfOffset(), sriov.getVfStride()));
            } catch (IllegalArgumentException | ClassCastException e) {
                return Optional.empty();
            }
        });
    }

    /** The address of VF {@code index} of the PF; empty when there is none (see {@link SriovLayout#tryVf}). */
    public static Optional<PciAddress> address(Device pf, int index) {
        return layout(pf).flatMap(l -> l.tryVf(index));
    }

    /** Whether the assignment takes virtual functions ({@code assign nic0.vf[...]}). */
    public static boolean isVfAssignment(Assignment assignment) {
        return assignment.getPhysicalFunction() != null;
    }

    /** The last VF an assignment of VFs takes: its lastVf, or its firstVf when it names one VF. */
    public static int last(Assignment assignment) {
        return assignment.getLastVf() < 0 ? assignment.getFirstVf() : assignment.getLastVf();
    }

    /** "VF 2" or "VFs 0-3", as messages name an assignment's VFs. */
    public static String range(Assignment assignment) {
        int first = assignment.getFirstVf();
        int last = last(assignment);
        return first == last ? "VF " + first : "VFs " + first + "-" + last;
    }

    /**
     * The VF devices an assignment of VFs covers, in index order: the board's VF where it lists one,
     * else one made from the PF's facts. Empty when the PF is unresolved or no PF; indexes that have
     * no address (beyond bus 255) and reversed ranges give nothing (the validators say why).
     */
    public static List<Device> of(Assignment assignment) {
        List<Device> vfs = new ArrayList<>();
        Device pf = assignment.getPhysicalFunction();
        if (pf == null || pf.eIsProxy() || physicalFunction(pf).isEmpty()) {
            return vfs;
        }
        int last = last(assignment);
        for (int index = Math.max(0, assignment.getFirstVf()); index <= last && index <= SriovLayout.MAX_VFS; index++) {
            vf((PciDevice) pf, index).ifPresent(vfs::add);
        }
        return vfs;
    }

    /**
     * VF {@code index} of the PF: the board's, or one made from the PF's facts (see the class comment).
     * The board's VFs are looked up in an index of the board ({@link BoardVfs}), so a range of N VFs
     * costs N lookups, not N scans of the board.
     */
    public static Optional<Device> vf(PciDevice pf, int index) {
        Optional<PciAddress> address = address(pf, index);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        if (pf.eContainer() instanceof Board board) {
            Optional<PciDevice> listed = BoardVfs.on(board).vf(pf, index, address.get());
            if (listed.isPresent()) {
                return Optional.of(listed.get());
            }
        }
        return Optional.of(Made.on(pf).vf(pf, index, address.get()));
    }

    /** Whether the device is a VF made from its PF's facts rather than one the board lists. */
    public static boolean isMade(Device device) {
        return device instanceof PciDevice pci && pci.getPhysicalFunction() != null && pci.eContainer() == null;
    }

    /** How many VFs the config creates on the PF ({@code vfs PF count N}); empty when it creates none there. */
    public static Optional<Integer> created(AssignmentConfig config, Device pf) {
        if (config == null) {
            return Optional.empty();
        }
        return config.getVirtualFunctions().stream().filter(v -> v.getPhysicalFunction() == pf).map(v -> v.getCount()).findFirst();
    }

    /** The device a region belongs to: its device, or for a VF BAR of a PF's {@code Sriov}, the PF. */
    public static Device ownerOf(Region region) {
        if (region.getDevice() != null) {
            return region.getDevice();
        }
        return region.eContainer() instanceof Sriov sriov && sriov.eContainer() instanceof PciDevice pf ? pf : null;
    }

    /** Whether the region is a VF BAR of a PF's {@code Sriov} (what each VF has), not a region of a device. */
    public static boolean isVfBar(Region region) {
        return region.eContainer() instanceof Sriov;
    }

    /** The VFs made for one PF, dropped whenever the PF or its {@code Sriov} changes. */
    private static final class Made extends AdapterImpl {
        private final Map<Integer, PciDevice> byIndex = new HashMap<>();

        static Made on(PciDevice pf) {
            synchronized (pf) {
                for (Adapter adapter : pf.eAdapters()) {
                    if (adapter instanceof Made made) {
                        return made;
                    }
                }
                Made made = new Made();
                pf.eAdapters().add(made);
                pf.getSriov().eAdapters().add(made);
                return made;
            }
        }

        @Override
        public boolean isAdapterForType(Object type) {
            return type == Made.class;
        }

        @Override
        public synchronized void notifyChanged(Notification notification) {
            if (!notification.isTouch()) {
                byIndex.clear();
            }
        }

        synchronized PciDevice vf(PciDevice pf, int index, PciAddress address) {
            PciDevice made = byIndex.get(index);
            if (made != null) {
                return made;
            }
            Sriov sriov = pf.getSriov();
            made = F.createPciDevice();
            made.setName(pf.getName() + "-vf" + index);
            made.setSysfsName(address.kernelName());
            made.setDomain(address.domain());
            made.setBus(address.busNumber());
            made.setSlot(address.slot());
            made.setFunction(address.function());
            made.setVendorId(pf.getVendorId());
            made.setDeviceId(sriov.getVfDeviceId() < 0 ? 0 : sriov.getVfDeviceId());
            made.setClassCode(pf.getClassCode());
            made.setPhysicalFunction(pf);
            made.setVfIndex(index);
            made.getResetMethods().add("flr");
            for (Region bar : sriov.getVfRegions()) {
                Region copy = EcoreUtil.copy(bar);
                copy.setBase(bar.getBase() == 0 ? 0 : bar.getBase() + index * bar.getSize());
                made.getRegions().add(copy);
            }
            byIndex.put(index, made);
            return made;
        }
    }
}
