package org.devassign.dsl.validation;

import static org.devassign.dsl.validation.Places.target;
import static org.devassign.model.naming.Labels.of;

import java.util.List;
import java.util.Optional;

import org.devassign.core.identity.Bus;
import org.devassign.core.rules.HostUse;
import org.devassign.core.rules.Protection;
import org.devassign.core.rules.QemuMachine;
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
import org.devassign.model.facts.HostUsages;
import org.eclipse.xtext.validation.Check;

/**
 * Whether each device of an assignment may go where it says, as the agent will judge it: a name
 * the kernel can have, not protected, not in use by the host unless forced ({@link HostUse}), not a
 * bridge on its own, the VFIO driver of its bus
 * ({@link Vfio#forBus}: an fsl-mc object gets vfio-fsl-mc, never vfio-pci), a VM that can take a
 * device of that bus ({@link QemuMachine#hasPci}), a reset the device has when one is required,
 * and an open path the board's kernel offers.
 */
public class DeviceChecks extends AssignCheck {

    private static final DevAssignPackage PKG = DevAssignPackage.eINSTANCE;

    @Check
    public void checkDevices(Assignment assignment) {
        if (checkBridge(assignment)) {
            return;
        }
        for (Device device : Configs.devicesOf(assignment)) {
            checkIdentity(assignment, device);
            checkProtection(assignment, device);
            checkInUse(assignment, device);
            checkDriver(assignment, device);
            checkReset(assignment, device);
        }
        checkMachine(assignment);
        checkOpenPath(assignment);
    }

    /**
     * A bridge assigned by itself: vfio-pci takes no bridge (it binds functions with a normal
     * header only), and the host bridge is the CPU's own link to PCI. In a group assignment a bridge
     * without a driver is simply left alone. True when reported.
     */
    private boolean checkBridge(Assignment assignment) {
        Device device = assignment.getDevice();
        if (device == null || device.eIsProxy()) {
            return false;
        }
        boolean hostBridge = DeviceFacts.isHostBridge(device);
        if (!hostBridge && !DeviceFacts.isBridge(device)) {
            return false; // the usual case, decided before any words (the group number) are made
        }
        String group = device.getIommuGroup() == null ? "" : Integer.toString(device.getIommuGroup().getId());
        if (hostBridge) {
            error("The " + of(device) + " is the host bridge: it connects the CPUs to PCI, is no device a consumer can use,"
                    + " and vfio-pci never takes it. Remove this assignment.", assignment, target(assignment),
                    IssueCodes.BRIDGE_ASSIGNED, device.getName(), group);
            return true;
        }
        // a bridge, not the host bridge
        List<String> behind = device.getChildren().stream().map(Device::getName).toList();
        error("The " + of(device) + " is a PCI bridge: vfio-pci takes no bridges, and a bridge has no function of its own to give."
                + " Assign the devices behind it" + (behind.isEmpty() ? "" : " (" + String.join(", ", behind) + ")")
                + (group.isEmpty() ? "" : ", or their whole group (assign group " + group + " to " + Places.consumerName(assignment) + ")")
                + ".", assignment, target(assignment), IssueCodes.BRIDGE_ASSIGNED, device.getName(), group);
        return true;
    }

    /** A PCI device goes to a VM only when its machine has a PCI bus: microvm has none unless started with pcie=on. */
    private void checkMachine(Assignment assignment) {
        if (!(assignment.getConsumer() instanceof VmGuest vm) || QemuMachine.hasPci(vm.getMachine())) {
            return;
        }
        Configs.devicesOf(assignment).stream().filter(d -> DeviceFacts.bus(d) == Bus.PCI && !DeviceFacts.isIdleBridge(d)).findFirst()
                .ifPresent(device -> error("The " + of(device) + " is a PCI device, and VM guest " + vm.getName() + " runs on QEMU's "
                        + QemuMachine.type(vm.getMachine()) + " machine, which has no PCI bus: QEMU cannot plug vfio-pci into it."
                        + " Use 'machine q35' for this guest (or \"microvm,pcie=on\", which adds a PCI Express bus), or give the device"
                        + " to another consumer.", assignment, PKG.getAssignment_Consumer(), IssueCodes.NO_PCI_IN_VM, vm.getName(),
                        device.getName()));
    }

    /** The agent refuses a name that is no kernel device name; so does the config, before anything is planned. */
    private void checkIdentity(Assignment assignment, Device device) {
        DeviceFacts.nameProblem(device).ifPresent(problem -> error("The " + of(device) + " cannot be assigned: its kernel name "
                + problem + ". Correct the device's kernel name in the board.", assignment, target(assignment),
                IssueCodes.DEVICE_NAME, device.getName()));
    }

    private void checkProtection(Assignment assignment, Device device) {
        Optional<Protection> protection = DeviceFacts.protection(device);
        protection.ifPresent(p -> error(DeviceFacts.protectedBecause(device).orElseThrow()
                + " It never leaves its host driver: remove it from this assignment.", assignment, target(assignment),
                IssueCodes.PROTECTED_DEVICE, device.getName(), p.kind().literal()));
    }

    /**
     * A device the host used when the board was discovered (a mounted file system, an interface that was
     * up, ...): the agent refuses it unless the assignment says force, so say it here in the same words.
     * A warning: the board model is a snapshot, and the agent checks the board as it is at deploy time.
     */
    private void checkInUse(Assignment assignment, Device device) {
        if (assignment.isForce() || DeviceFacts.protection(device).isPresent() || device.getDriver() == null
                || Vfio.isVfioDriver(device.getDriver())) {
            return;
        }
        HostUse.refusal("The " + of(device), HostUsages.of(device), "mark the assignment `force`")
                .ifPresent(why -> warning(why + " (the agent refuses it otherwise).", assignment, target(assignment),
                        IssueCodes.DEVICE_IN_USE, device.getName()));
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
