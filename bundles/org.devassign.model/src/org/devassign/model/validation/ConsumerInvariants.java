package org.devassign.model.validation;

import java.nio.charset.StandardCharsets;

import org.devassign.core.identity.Printable;
import org.devassign.core.rules.ToolVersion;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.UserspaceDriver;
import org.devassign.model.VmGuest;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A consumer's own settings: a VM guest has memory and at least one vCPU and names tool versions
 * that are versions; a user-space driver runs as a user and group Linux can have and takes its
 * device fds on an absolute socket path short enough for a Unix socket.
 */
final class ConsumerInvariants {

    private static final DevAssignPackage PKG = DevAssignPackage.eINSTANCE;
    /** (uid_t)-1 and (gid_t)-1: "no id" to the kernel (chown, setresuid), never an id. */
    static final long NO_ID = 0xffffffffL;
    /** sun_path holds 108 bytes with the terminating NUL. */
    static final int MAX_SOCKET_PATH = 107;

    private ConsumerInvariants() {
    }

    static void validateVm(VmGuest vm, Report report) {
        if (!vm.isSetMemorySize()) {
            report.error(ModelProblem.VM_MEMORY, vm, PKG.getNamedElement_Name(), "The VM guest " + vm.getName()
                    + " states no memory: QEMU and libvirt need the guest's RAM. Write 'memory 256 MiB' (or what the guest needs) in its block.");
        } else if (vm.getMemorySize() <= 0) {
            report.error(ModelProblem.VM_MEMORY, vm, PKG.getVmGuest_MemorySize(), "The VM guest " + vm.getName() + " has "
                    + vm.getMemorySize() + " bytes of memory: a guest needs RAM to boot. Give it some, e.g. 'memory 256 MiB'.");
        } else if (vm.getMemorySize() % (1L << 20) != 0) {
            report.error(ModelProblem.VM_MEMORY, vm, PKG.getVmGuest_MemorySize(), "The VM guest " + vm.getName() + " has memory "
                    + vm.getMemorySize() + " bytes, which is not a whole number of MiB: QEMU's -m and libvirt's <memory> count"
                    + " in MiB and KiB. Round it to whole MiB.");
        }
        if (vm.getVcpus() < 1) {
            report.error(ModelProblem.VM_VCPUS, vm, PKG.getVmGuest_Vcpus(), "The VM guest " + vm.getName() + " has vcpus "
                    + vm.getVcpus() + ": a guest needs at least one vCPU. Write 'vcpus 1' or more.");
        }
        version(vm, PKG.getVmGuest_QemuVersion(), "QEMU", "qemu \"7.2\"", vm.getQemuVersion(), report);
        version(vm, PKG.getVmGuest_LibvirtVersion(), "libvirt", "libvirt \"9.0\"", vm.getLibvirtVersion(), report);
    }

    private static void version(VmGuest vm, EStructuralFeature feature, String tool, String example, String text, Report report) {
        if (text != null && ToolVersion.parse(text).isEmpty()) {
            report.error(ModelProblem.TOOL_VERSION, vm, feature, "The VM guest " + vm.getName() + " names " + tool + " version "
                    + Printable.quote(text) + ", which is no version: write " + ToolVersion.FORMS + " (" + example + ").");
        }
    }

    static void validateDriver(UserspaceDriver driver, Report report) {
        id(driver, PKG.getUserspaceDriver_Uid(), "uid", driver.getUid(), report);
        id(driver, PKG.getUserspaceDriver_Gid(), "gid", driver.getGid(), report);
        String socket = driver.getSocketPath();
        if (socket == null) {
            return;
        }
        int bytes = socket.getBytes(StandardCharsets.UTF_8).length;
        String example = "\"/run/devassign/consumers/" + driver.getName() + ".sock\""; // where the agent serves it (handoff.dir)
        String problem;
        if (socket.isEmpty()) {
            problem = "is empty: write the absolute path the driver listens on, e.g. " + example;
        } else if (!Printable.line(socket).equals(socket)) {
            problem = "holds control characters: write a plain absolute path, e.g. " + example;
        } else if (!socket.startsWith("/")) {
            problem = "is relative: the agent and the driver would each resolve it from their own working directory."
                    + " Write an absolute path, e.g. " + example;
        } else if (bytes > MAX_SOCKET_PATH) {
            problem = "is " + bytes + " bytes long, and a Unix socket's path holds at most " + MAX_SOCKET_PATH
                    + ". Use a shorter one, e.g. " + example;
        } else {
            return;
        }
        report.error(ModelProblem.SOCKET_PATH, driver, PKG.getUserspaceDriver_SocketPath(), "The socket path "
                + Printable.quote(socket) + " of the user-space driver " + driver.getName() + " " + problem + ".");
    }

    private static void id(UserspaceDriver driver, EStructuralFeature feature, String what, long id, Report report) {
        if (id == NO_ID) {
            report.error(ModelProblem.UNIX_ID, driver, feature, "The user-space driver " + driver.getName() + " has " + what + " "
                    + id + ", which is (" + (what.equals("uid") ? "uid_t" : "gid_t") + ")-1: Linux reads it as 'no id', never as one."
                    + " Use an id from 0 to 4294967294.");
        } else if (id < 0 || id > NO_ID) {
            report.error(ModelProblem.UNIX_ID, driver, feature, "The user-space driver " + driver.getName() + " has " + what + " "
                    + id + ": Linux ids are 32-bit. Use an id from 0 to 4294967294.");
        }
    }
}
