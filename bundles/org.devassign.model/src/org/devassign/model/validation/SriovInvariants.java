package org.devassign.model.validation;

import static org.devassign.model.naming.Labels.of;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.devassign.core.identity.DeviceId;
import org.devassign.core.identity.PciAddress;
import org.devassign.core.identity.SriovLayout;
import org.devassign.core.rules.VfCounts;
import org.devassign.model.Assignment;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.Device;
import org.devassign.model.PciDevice;
import org.devassign.model.Region;
import org.devassign.model.Sriov;
import org.devassign.model.VirtualFunctions;
import org.devassign.model.facts.DeviceFacts;
import org.devassign.model.facts.SriovFacts;

/**
 * SR-IOV as the model alone can judge it: a PF's counts and VF layout that a capability can hold
 * (the last VF has an address), VF BARs of a VF's own indexes; a VF that names a PF with SR-IOV
 * facts, an index below its TotalVFs and the address the PF's layout gives it; a VF count a config
 * creates within the PF's TotalVFs ({@link VfCounts}); VFs an assignment takes that the PF can
 * have. Whether the config creates the VFs it assigns is the language's validation.
 */
final class SriovInvariants {

    private static final DevAssignPackage PKG = DevAssignPackage.eINSTANCE;
    private static final int VF_BARS = 6;

    private SriovInvariants() {
    }

    static void validateSriov(Sriov sriov, Report report) {
        Device pf = sriov.eContainer() instanceof Device d ? d : null;
        if (sriov.getTotalVfs() < 0 || sriov.getNumVfs() < 0 || sriov.getNumVfs() > sriov.getTotalVfs()
                || sriov.getTotalVfs() > SriovLayout.MAX_VFS) {
            report.error(ModelProblem.SRIOV_FACTS, sriov, PKG.getSriov_NumVfs(), "The SR-IOV capability of " + of(pf) + " has "
                    + sriov.getNumVfs() + " VFs enabled of " + sriov.getTotalVfs() + " it can have: both are counts from 0 to "
                    + SriovLayout.MAX_VFS + ", and no more are enabled than it can have; use what sriov_totalvfs and sriov_numvfs say.");
            return;
        }
        Optional<SriovLayout> layout = SriovFacts.layout(pf);
        if (pf != null && DeviceFacts.id(pf).isPresent()
                && (layout.isEmpty() || sriov.getTotalVfs() > 0 && layout.get().tryVf(sriov.getTotalVfs() - 1).isEmpty())) {
            report.error(ModelProblem.SRIOV_FACTS, sriov, PKG.getSriov_VfOffset(), "The SR-IOV capability of " + of(pf)
                    + " puts its VFs at offset " + sriov.getVfOffset() + ", stride " + sriov.getVfStride() + ", where its "
                    + sriov.getTotalVfs() + " VFs have no PCI addresses (offset and stride are routing IDs from 0 to 65535, and the"
                    + " last VF must be on a bus up to 255): use what sriov_offset and sriov_stride say.");
        }
        Map<Integer, Region> bars = new HashMap<>();
        for (Region bar : sriov.getVfRegions()) {
            Region first = bars.putIfAbsent(bar.getIndex(), bar);
            if (bar.getIndex() < 0 || bar.getIndex() >= VF_BARS || first != null) {
                report.error(ModelProblem.SRIOV_FACTS, bar, PKG.getRegion_Index(), "The " + of(bar) + " must have an index of its own"
                        + " from 0 to 5: a VF has BAR0 to BAR5 (the PF's resource lines 7 to 12).");
            }
        }
    }

    /** A function the model calls a VF: its PF has SR-IOV facts, and its index and address are the PF's VF's. */
    static void validateVf(PciDevice vf, Report report) {
        PciDevice pf = vf.getPhysicalFunction();
        if (pf == null) {
            if (vf.getVfIndex() >= 0) {
                report.error(ModelProblem.VF_LINK, vf, PKG.getPciDevice_VfIndex(), "The " + of(vf) + " has VF index " + vf.getVfIndex()
                        + " but names no physical function: give its PF (the kernel's physfn link), or clear the index.");
            }
            return;
        }
        if (pf.eIsProxy()) {
            return;
        }
        Sriov sriov = pf.getSriov();
        if (sriov == null) {
            report.error(ModelProblem.VF_LINK, vf, PKG.getPciDevice_PhysicalFunction(), "The " + of(vf) + " names " + of(pf)
                    + " as its physical function, but that function has no SR-IOV capability in the model: add the PF's SR-IOV facts, or"
                    + " correct the VF's physical function.", pf);
            return;
        }
        if (vf.getVfIndex() < 0 || vf.getVfIndex() >= sriov.getTotalVfs()) {
            report.error(ModelProblem.VF_LINK, vf, PKG.getPciDevice_VfIndex(), "The " + of(vf) + " is VF " + vf.getVfIndex() + " of "
                    + of(pf) + ", which can have " + sriov.getTotalVfs() + " VFs (VF 0 to " + (sriov.getTotalVfs() - 1)
                    + "): use the index of its virtfnN link.", pf);
            return;
        }
        Optional<PciAddress> expected = SriovFacts.address(pf, vf.getVfIndex());
        Optional<DeviceId> actual = DeviceFacts.id(vf);
        if (expected.isPresent() && actual.isPresent() && !expected.get().equals(actual.get())) {
            report.error(ModelProblem.VF_LINK, vf, PKG.getDevice_SysfsName(), "The " + of(vf) + " is VF " + vf.getVfIndex() + " of "
                    + of(pf) + ", whose offset " + sriov.getVfOffset() + " and stride " + sriov.getVfStride() + " put that VF at "
                    + expected.get() + ": correct the VF's index or the PF's offset and stride.", pf);
        }
    }

    static void validateCreation(VirtualFunctions vfs, Report report) {
        Device pf = vfs.getPhysicalFunction();
        if (pf == null || pf.eIsProxy()) {
            return; // unresolved: the language says so
        }
        if (SriovFacts.physicalFunction(pf).isEmpty()) {
            report.error(ModelProblem.VF_COUNT, vfs, PKG.getVirtualFunctions_PhysicalFunction(), "The " + of(pf)
                    + " is no SR-IOV physical function in its board (it has no SR-IOV capability): VFs are created on a PF"
                    + " (a function with sriov_totalvfs in sysfs).");
            return;
        }
        int total = ((PciDevice) pf).getSriov().getTotalVfs();
        VfCounts.refusal(vfs.getCount(), total).ifPresent(why -> report.error(ModelProblem.VF_COUNT, vfs,
                PKG.getVirtualFunctions_Count(), "The " + of(vfs) + " asks for " + vfs.getCount() + ": " + why + ". Ask for 1 to "
                        + total + "."));
    }

    /** An assignment of VFs: a range from 0 upwards, of VFs the PF can have. False when it reported a problem. */
    static boolean validateVfAssignment(Assignment assignment, Report report) {
        int first = assignment.getFirstVf();
        int last = SriovFacts.last(assignment);
        if (first < 0 || last < first) {
            report.error(ModelProblem.VF_RANGE, assignment, PKG.getAssignment_FirstVf(), "The " + of(assignment) + " names no VFs: write"
                    + " nic0.vf[N] or nic0.vf[FIRST..LAST] with 0 <= FIRST <= LAST.");
            return false;
        }
        Device pf = assignment.getPhysicalFunction();
        if (pf == null || pf.eIsProxy()) {
            return true;
        }
        if (SriovFacts.physicalFunction(pf).isEmpty()) {
            report.error(ModelProblem.VF_RANGE, assignment, PKG.getAssignment_PhysicalFunction(), "The " + of(assignment)
                    + " takes VFs of " + of(pf) + ", which is no SR-IOV physical function in its board: assign VFs of a PF"
                    + " (a function with sriov_totalvfs in sysfs), or assign the device itself.");
            return false;
        }
        int total = ((PciDevice) pf).getSriov().getTotalVfs();
        if (last >= total) {
            report.error(ModelProblem.VF_RANGE, assignment, PKG.getAssignment_FirstVf(), "The " + of(assignment) + " takes VF " + last
                    + ", but " + of(pf) + " can have " + total + (total == 1 ? " VF (VF 0)" : " VFs (VF 0 to " + (total - 1) + ")")
                    + ": assign VFs within that range.");
            return false;
        }
        return true;
    }
}
