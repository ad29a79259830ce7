package org.devassign.dsl.generator;

import org.devassign.core.rules.ToolVersion;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.VmGuest;

/**
 * The QEMU and libvirt versions a VM guest runs on, as its config states them ({@code qemu "9.2"},
 * {@code libvirt "10.10"}) or the model's defaults, Debian 12's QEMU 7.2 and libvirt 9.0. The
 * validator refuses text that is no version; generators never see one.
 */
final class ToolTargets {

    private static final DevAssignPackage PKG = DevAssignPackage.eINSTANCE;

    private ToolTargets() {
    }

    static ToolVersion qemu(VmGuest vm) {
        return ToolVersion.parse(vm.getQemuVersion()).orElseGet(
                () -> ToolVersion.parse(PKG.getVmGuest_QemuVersion().getDefaultValueLiteral()).orElseThrow());
    }

    /** " (the default, Debian 12's)" when the config states no QEMU version, for messages. */
    static String qemuDefaultNote(VmGuest vm) {
        return vm.eIsSet(PKG.getVmGuest_QemuVersion()) ? "" : " (the default, Debian 12's)";
    }

    static String libvirtDefaultNote(VmGuest vm) {
        return vm.eIsSet(PKG.getVmGuest_LibvirtVersion()) ? "" : " (the default, Debian 12's)";
    }

    static ToolVersion libvirt(VmGuest vm) {
        return ToolVersion.parse(vm.getLibvirtVersion()).orElseGet(
                () -> ToolVersion.parse(PKG.getVmGuest_LibvirtVersion().getDefaultValueLiteral()).orElseThrow());
    }
}
