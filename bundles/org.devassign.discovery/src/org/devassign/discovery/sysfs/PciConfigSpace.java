package org.devassign.discovery.sysfs;

import java.util.BitSet;

/**
 * The facts DevAssign reads from a PCI function's configuration space (the sysfs {@code config}
 * file): header type, INTx pin and line, and the capability list (MSI, MSI-X with the BAR that holds
 * its table, PCI Express). The walk
 * is bounded and never follows a pointer twice, so a corrupt list cannot loop.
 */
record PciConfigSpace(int length, int headerType, boolean multifunctionBit, int interruptPin, int interruptLine,
        int msiVectors, int msixVectors, int msixTableBar, boolean pciExpress, String problem) {

    static final int CAP_MSI = 0x05;
    static final int CAP_PCIE = 0x10;
    static final int CAP_MSIX = 0x11;

    static PciConfigSpace parse(byte[] config) {
        if (config.length < 64) {
            return new PciConfigSpace(config.length, -1, false, 0, -1, 0, 0, -1, false,
                    "holds " + config.length + " bytes, less than the 64-byte standard header");
        }
        int header = u8(config, 0x0e);
        int pin = u8(config, 0x3d);
        int line = u8(config, 0x3c);
        int msi = 0;
        int msix = 0;
        int msixBar = -1;
        boolean pcie = false;
        String problem = null;
        int status = u16(config, 0x06);
        if ((status & 0x10) != 0) {
            int pointerAt = (header & 0x7f) == 2 ? 0x14 : 0x34;
            int at = u8(config, pointerAt) & 0xfc;
            BitSet seen = new BitSet(256);
            int walked = 0;
            while (at != 0) {
                if (at < 0x40 || at + 4 > Math.min(config.length, 256) || seen.get(at) || ++walked > 48) {
                    problem = "the capability list is corrupt at offset 0x" + Integer.toHexString(at);
                    break;
                }
                seen.set(at);
                int id = u8(config, at);
                if (id == CAP_MSI) {
                    int control = u16(config, at + 2);
                    msi = 1 << ((control >> 1) & 0x7); // Multiple Message Capable: log2 of the vectors
                    if (msi > 32) {
                        msi = 32;
                    }
                } else if (id == CAP_MSIX) {
                    msix = (u16(config, at + 2) & 0x7ff) + 1; // Table Size is N-1
                    int bir = at + 8 <= Math.min(config.length, 256) ? u8(config, at + 4) & 0x7 : 7;
                    msixBar = bir <= 5 ? bir : -1; // the Table BIR names BAR0..5; 6 and 7 are reserved
                } else if (id == CAP_PCIE) {
                    pcie = true;
                }
                at = u8(config, at + 1) & 0xfc;
            }
        }
        return new PciConfigSpace(config.length, header & 0x7f, (header & 0x80) != 0, pin > 4 ? 0 : pin,
                line == 0xff ? -1 : line, msi, msix, msixBar, pcie, problem);
    }

    private static int u8(byte[] b, int o) {
        return b[o] & 0xff;
    }

    private static int u16(byte[] b, int o) {
        return (b[o] & 0xff) | ((b[o + 1] & 0xff) << 8);
    }
}
