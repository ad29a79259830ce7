package org.devassign.discovery.sysfs;

import org.devassign.core.identity.PciAddress;
import org.devassign.core.rules.Bridges;

/**
 * Model names for PCI functions: what the function is (from its class code) and where it is, e.g.
 * {@code nic-00-02-0}, {@code pci-bridge-00-07-0}. Stable across imports and driver changes, and valid
 * names in .assign files (letters, digits, '-').
 */
final class PciNames {

    private PciNames() {
    }

    static String name(int classCode, PciAddress address) {
        String location = (address.domain() != 0 ? String.format("%04x-", address.domain()) : "")
                + String.format("%02x-%02x-%x", address.busNumber(), address.slot(), address.function());
        return kind(classCode) + "-" + location;
    }

    /** A short noun for the class code (PCI Code and ID Assignment Specification). */
    static String kind(int classCode) {
        int base = (classCode >> 16) & 0xff;
        int sub = (classCode >> 8) & 0xff;
        return switch (base) {
            case 0x01 -> switch (sub) {
                case 0x00 -> "scsi";
                case 0x01 -> "ide";
                case 0x06 -> "sata";
                case 0x07 -> "sas";
                case 0x08 -> "nvme";
                default -> "storage";
            };
            case 0x02 -> "nic";
            case 0x03 -> sub == 0x00 ? "vga" : "display";
            case 0x04 -> sub == 0x03 ? "audio" : "multimedia";
            case 0x05 -> "memory";
            // the names of bridges follow the core's rule, so a "pci-bridge" is one the validator skips as a bridge
            case 0x06 -> Bridges.isHostBridge(classCode) ? "host-bridge" : Bridges.isPciBridge(classCode, -1) ? "pci-bridge"
                    : sub == 0x01 ? "isa-bridge" : "bridge";
            case 0x07 -> "serial";
            case 0x08 -> sub == 0x05 ? "sdhci" : sub == 0x06 ? "iommu" : "system";
            case 0x09 -> "input";
            case 0x0b -> "processor";
            case 0x0c -> switch (sub) {
                case 0x03 -> "usb";
                case 0x05 -> "smbus";
                default -> "serial-bus";
            };
            case 0x0d -> "wireless";
            case 0x10 -> "crypto";
            case 0x11 -> "signal-processing";
            case 0x12 -> "accelerator";
            default -> "pci";
        };
    }
}
