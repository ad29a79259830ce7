package org.devassign.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.devassign.model.Board;
import org.devassign.model.PciDevice;
import org.devassign.model.RegionKind;
import org.devassign.model.io.BoardFiles;

/**
 * A board of {@code n} PCI devices with a valid config for it, for tests and benchmarks of scale:
 * devices in pairs per IOMMU group, each with BAR0 (mmap), BAR2 (256 bytes) and an INTx; eight
 * consumers (user-space drivers and VM guests of 1 GiB); a third of the groups assigned whole, a third by
 * their first device with its region (and its interrupt, for a driver), a third left free. The config
 * validates without errors (its warnings: the free companions of the devices assigned alone).
 */
public final class ScaleBoards {

    private ScaleBoards() {
    }

    /** The config's file name in {@code dir} after {@link #write}. */
    public static String configName(int n) {
        return "scale" + n + ".assign";
    }

    /** Writes scale{n}.board and scale{n}.assign into {@code dir}; returns the config. */
    public static Path write(Path dir, int n) throws IOException {
        Board board = TestBoards.board("scale" + n);
        StringBuilder config = new StringBuilder("// " + n + " devices in pairs per IOMMU group\nconfig scale" + n + " for \"scale" + n
                + ".board\"\n");
        for (int c = 0; c < 8; c++) {
            config.append(c % 2 == 0 ? "userspace drv" + c + " { memlock 64 GiB }\n" : "vm guest" + c + " { memory 1 GiB memlock 64 GiB }\n");
        }
        for (int g = 0; g < n / 2; g++) {
            PciDevice a = device(board, 2 * g);
            PciDevice b = device(board, 2 * g + 1);
            TestBoards.group(board, g, a, b);
            String consumer = (g % 8 % 2 == 0 ? "drv" : "guest") + (g % 8);
            if (g % 3 == 0) {
                config.append("assign group ").append(g).append(" to ").append(consumer).append(" {\n\tmap d").append(2 * g).append(".BAR0\n}\n");
            } else if (g % 3 == 1) {
                // a VM's interrupts are QEMU's to wire: only a user-space driver binds one
                config.append("assign d").append(2 * g).append(" to ").append(consumer).append(" {\n\tmap BAR0\n")
                        .append(consumer.startsWith("drv") ? "\tirq intx eventfd\n" : "").append("}\n");
            }
        }
        Files.createDirectories(dir);
        BoardFiles.save(board, dir.resolve("scale" + n + ".board"));
        Path file = dir.resolve(configName(n));
        Files.writeString(file, config);
        return file;
    }

    private static PciDevice device(Board board, int i) {
        String address = String.format("%04x:%02x:%02x.%x", i >> 13, (i >> 5) & 0xff, i & 0x1f, 0);
        PciDevice device = TestBoards.pci(board, "d" + i, address, 0x100000000L + ((long) i << 16));
        device.getRegions().add(TestBoards.region(2, "BAR2", RegionKind.MMIO, 0x200000000L + ((long) i << 12), 256, false));
        return device;
    }
}
