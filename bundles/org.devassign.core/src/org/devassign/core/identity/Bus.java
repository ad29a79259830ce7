package org.devassign.core.identity;

import java.util.Locale;

/** The kernel buses DevAssign assigns devices on, by the name of their directory under {@code /sys/bus}. */
public enum Bus {
    PCI("pci"),
    PLATFORM("platform"),
    FSL_MC("fsl-mc");

    private final String sysfsName;

    Bus(String sysfsName) {
        this.sysfsName = sysfsName;
    }

    /** {@code pci}, {@code platform}, {@code fsl-mc}: the directory under {@code /sys/bus}. */
    public String sysfsName() {
        return sysfsName;
    }

    /** How people call it in messages: "PCI", "platform", "fsl-mc". */
    public String label() {
        return this == PCI ? "PCI" : sysfsName;
    }

    @Override
    public String toString() {
        return sysfsName.toLowerCase(Locale.ROOT);
    }
}
