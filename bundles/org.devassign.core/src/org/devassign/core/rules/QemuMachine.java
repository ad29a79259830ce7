package org.devassign.core.rules;

import java.util.List;
import java.util.Locale;

/**
 * What a QEMU machine type offers an assigned device. Every PC machine (q35, pc and their versioned
 * names) has a PCI bus for vfio-pci; microvm has none unless it is started with {@code pcie=on},
 * which adds a PCI Express host bridge.
 */
public final class QemuMachine {

    private QemuMachine() {
    }

    /** The machine type of a {@code -machine} value: "microvm" for "microvm,pcie=on". */
    public static String type(String machine) {
        if (machine == null || machine.isBlank()) {
            return "q35";
        }
        int comma = machine.indexOf(',');
        return (comma < 0 ? machine : machine.substring(0, comma)).strip().toLowerCase(Locale.ROOT);
    }

    /** Whether vfio-pci devices can be plugged into the machine. */
    public static boolean hasPci(String machine) {
        if (!"microvm".equals(type(machine))) {
            return true;
        }
        List<String> options = List.of(machine.toLowerCase(Locale.ROOT).split(","));
        return options.stream().map(String::strip).anyMatch(o -> o.equals("pcie=on"));
    }
}
