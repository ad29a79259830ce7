package org.devassign.dsl.validation;

import static org.devassign.dsl.validation.Places.target;
import static org.devassign.model.naming.Labels.of;

import java.util.Optional;

import org.devassign.core.identity.Bus;
import org.devassign.core.rules.Protection;
import org.devassign.core.rules.Vfio;
import org.devassign.dsl.scoping.Configs;
import org.devassign.model.Assignment;
import org.devassign.model.Board;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.Device;
import org.devassign.model.PlatformDevice;
import org.devassign.model.ResetPolicy;
import org.devassign.model.VmGuest;
import org.devassign.model.facts.AssignmentTerms;
import org.devassign.model.facts.DeviceFacts;
import org.eclipse.xtext.validation.Check;

/**
 * Whether each device of an assignment may go where it says, as the agent will judge it: a name
 * the kernel can have, not protected, the VFIO driver of its bus ({@link Vfio#forBus}: an fsl-mc
 * object gets vfio-fsl-mc, never vfio-pci), a reset the device has when one is required, and an
 * open path the board's kernel offers.
 */
public class DeviceChecks extends AssignCheck {

    private static final DevAssignPackage PKG = DevAssignPackage.eINSTANCE;

    @Check
    public void checkDevices(Assignment assignment) {
        for (Device device : Configs.devicesOf(assignment)) {
            checkIdentity(assignment, device);
            checkProtection(assignment, device);
            checkDriver(assignment, device);
            checkReset(assignment, device);
        }
        checkOpenPath(assignment);
    }

    /** The agent refuses a name that is no kernel device name; so does the config, before anything is planned. */
    private void checkIdentity(Assignment assignment, Device device) {
        DeviceFacts.nameProblem(device).ifPresent(problem -> error("The " + of(device) + " cannot be assigned: its kernel name "
                + problem + ". Correct the device's kernel name in the board.", assignment, target(assignment),
                IssueCodes.DEVICE_NAME, device.getName()));
    }

    private void checkProtection(Assignment assignment, Device device) {
        Optional<Protection> protection = DeviceFacts.protection(device);
        protection.ifPresent(p -> error("The " + of(device) + " is protected (" + p.kind().literal() + "): " + p.describe()
                + " It never leaves its host driver: remove it from this assignment.", assignment, target(assignment),
                IssueCodes.PROTECTED_DEVICE, device.getName(), p.kind().literal()));
    }

    private void checkDriver(Assignment assignment, Device device) {
        Vfio fits = DeviceFacts.vfio(device);
        Optional<Vfio> stated = AssignmentTerms.driver(assignment.getDriver());
        if (stated.isPresent() && stated.get() != fits) {
            error("The " + of(device) + " cannot be bound to " + stated.get().driverName() + ": it is on the " + fits.bus().label()
                    + " bus, which " + fits.driverName() + " drives. Write 'driver " + fits.driverName()
                    + "' or leave the driver out (auto).", assignment, PKG.getAssignment_Driver(), IssueCodes.DRIVER_MISMATCH,
                    device.getName(), fits.driverName());
        }
        if (DeviceFacts.bus(device) == Bus.PLATFORM && assignment.getConsumer() instanceof VmGuest) {
            error("The " + of(device) + " is a platform device and " + of(assignment.getConsumer())
                    + " is a VM guest: QEMU removed -device vfio-platform in 10.2, so platform devices go to user-space drivers."
                    + " Assign it to a userspace consumer or a probe.", assignment, PKG.getAssignment_Consumer(),
                    IssueCodes.PLATFORM_TO_VM, assignment.getConsumer().getName());
        }
    }

    private void checkReset(Assignment assignment, Device device) {
        if (assignment.getResetPolicy() != ResetPolicy.REQUIRED || !device.getResetMethods().isEmpty()) {
            return;
        }
        String how = device instanceof PlatformDevice platform
                ? "vfio-platform resets only devices a reset module matches by compatible (" + (platform.getCompatible().isEmpty()
                        ? "none stated" : String.join(", ", platform.getCompatible()))
                        + " matches none of calxeda xgmac, amd xgbe, bcm flexrm)"
                : "the kernel reports no reset_method for it";
        error("The " + of(assignment) + " requires a reset, but the " + of(device) + " has no known reset method: " + how
                + ". Use 'reset if-available' (the device is then handed over without a reset) or 'reset never'.",
                assignment, PKG.getAssignment_ResetPolicy(), IssueCodes.RESET_UNAVAILABLE, device.getName());
    }

    /** The open path resolves on the board's kernel ({@link org.devassign.core.rules.OpenPath#resolve}); a board we do not know cannot say. */
    private void checkOpenPath(Assignment assignment) {
        Board board = Configs.boardOf(Configs.configOf(assignment));
        if (board != null && AssignmentTerms.openPath(assignment.getOpenPath()).resolve(AssignmentTerms.cdevAvailable(board)).isEmpty()) {
            error("The " + of(assignment) + " asks for the cdev open path, but on " + of(board) + " (kernel "
                    + (board.getKernelVersion() == null ? "version unknown" : board.getKernelVersion()) + ") "
                    + org.devassign.core.rules.OpenPath.CDEV_UNAVAILABLE + ".",
                    assignment, PKG.getAssignment_OpenPath(), IssueCodes.CDEV_UNSUPPORTED, board.getName());
        }
    }
}
