package org.devassign.dsl.validation;

import static org.devassign.dsl.validation.Places.target;
import static org.devassign.model.naming.Labels.of;

import org.devassign.dsl.scoping.Configs;
import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.Device;
import org.devassign.model.PciDevice;
import org.devassign.model.VirtualFunctions;
import org.devassign.model.facts.AssignedDevices;
import org.devassign.model.facts.SriovFacts;
import org.eclipse.xtext.validation.Check;

/**
 * SR-IOV across a config, which the model's own invariants cannot see: the VFs an assignment takes
 * exist when the agent binds them (the config creates enough with {@code vfs nic0 count N}, or the
 * board already has them enabled); one count per physical function; and the PF keeps its host
 * driver, which is what creates the VFs (the kernel refuses sriov_numvfs on a PF without a driver),
 * so the PF itself is never assigned in a config that creates VFs on it. Ranges and counts within
 * the PF's TotalVFs are the model's ({@code SriovInvariants}).
 */
public class SriovChecks extends AssignCheck {

    private static final DevAssignPackage PKG = DevAssignPackage.eINSTANCE;

    @Check
    public void checkVfsExist(Assignment assignment) {
        Device pf = assignment.getPhysicalFunction();
        if (pf == null || pf.eIsProxy() || SriovFacts.physicalFunction(pf).isEmpty()) {
            return; // unresolved, or no PF: reported elsewhere
        }
        int last = SriovFacts.last(assignment);
        if (assignment.getFirstVf() < 0 || last < assignment.getFirstVf() || last >= ((PciDevice) pf).getSriov().getTotalVfs()) {
            return; // the model's invariants say why
        }
        AssignmentConfig config = Configs.configOf(assignment);
        VirtualFunctions created = config == null ? null : creation(config, pf);
        int enabled = ((PciDevice) pf).getSriov().getNumVfs();
        if (created == null && last >= enabled) {
            error("The " + of(assignment) + " takes VFs that do not exist: " + pf.getName() + " has "
                    + (enabled == 0 ? "no VFs" : enabled == 1 ? "1 VF" : enabled + " VFs") + " enabled on its board, and this config"
                    + " creates none. Create them first (vfs " + pf.getName() + " count " + (last + 1) + ").", assignment, target(assignment),
                    IssueCodes.VFS_NOT_CREATED, pf.getName(), Integer.toString(last + 1));
        } else if (created != null && last >= created.getCount()) {
            error("The " + of(assignment) + " takes VF " + last + ", but this config creates "
                    + created.getCount() + (created.getCount() == 1 ? " VF (VF 0)" : " VFs (VF 0 to " + (created.getCount() - 1) + ")")
                    + ": create " + (last + 1) + " (vfs " + pf.getName() + " count " + (last + 1) + "), or assign fewer.",
                    assignment, target(assignment), IssueCodes.VFS_NOT_CREATED, pf.getName(), Integer.toString(last + 1));
        }
    }

    @Check
    public void checkCreation(VirtualFunctions vfs) {
        Device pf = vfs.getPhysicalFunction();
        if (pf == null || pf.eIsProxy() || SriovFacts.physicalFunction(pf).isEmpty()
                || !(vfs.eContainer() instanceof AssignmentConfig config)) {
            return;
        }
        if (creation(config, pf) != vfs) {
            error("The VFs of " + of(pf) + " are created twice in this config: one count per physical function (the kernel"
                    + " has one sriov_numvfs). Remove one of the 'vfs " + pf.getName() + "' lines.", vfs,
                    PKG.getVirtualFunctions_PhysicalFunction(), IssueCodes.VFS_TWICE, pf.getName());
            return;
        }
        for (Assignment assignment : config.getAssignments()) {
            if (!SriovFacts.isVfAssignment(assignment) && AssignedDevices.of(assignment).contains(pf)) {
                error("The " + of(pf) + " is assigned to " + Places.consumerName(assignment) + " (" + Places.where(assignment, assignment)
                        + ") while this config creates VFs on it: the PF's host driver creates and keeps its VFs, so the PF stays"
                        + " with the host. Assign its VFs (assign " + pf.getName() + ".vf[0] to ...), or remove the 'vfs' line.",
                        vfs, PKG.getVirtualFunctions_PhysicalFunction(), IssueCodes.PF_ASSIGNED, pf.getName());
            }
        }
        String driver = pf.getDriver();
        if (driver == null || driver.isBlank()) {
            error("The " + of(pf) + " has no host driver on its board: the kernel enables VFs only through the PF's driver"
                    + " (sriov_numvfs refuses otherwise). Bind the PF to its driver first.", vfs,
                    PKG.getVirtualFunctions_PhysicalFunction(), IssueCodes.PF_WITHOUT_DRIVER, pf.getName());
        }
        int enabled = ((PciDevice) pf).getSriov().getNumVfs();
        if (enabled != 0 && enabled != vfs.getCount()) {
            warning("The " + of(pf) + " has " + enabled + " VFs enabled on its board: the kernel changes a count only from 0, so"
                    + " the agent refuses to make it " + vfs.getCount() + " while they exist. Remove them first (write 0 to"
                    + " sriov_numvfs), or ask for " + enabled + ".", vfs, PKG.getVirtualFunctions_Count(), IssueCodes.VFS_ENABLED,
                    pf.getName(), Integer.toString(enabled));
        }
    }

    /** The config's first {@code vfs} line for the PF; null when it has none. */
    static VirtualFunctions creation(AssignmentConfig config, Device pf) {
        for (VirtualFunctions vfs : config.getVirtualFunctions()) {
            if (vfs.getPhysicalFunction() == pf) {
                return vfs;
            }
        }
        return null;
    }
}
