package org.devassign.discovery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.devassign.discovery.BoardImport;
import org.devassign.discovery.ImportResult;
import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.model.Interrupt;
import org.devassign.model.PlatformDevice;
import org.devassign.model.Region;
import org.devassign.model.Trigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trees QEMU generates for its own machines (-M ...,dumpdtb=), imported and checked against QEMU's device layout. */
class QemuTreesTest {

    @TempDir
    Path dir;

    @Test
    void aarch64VirtHasGicVirtioMmioPl011AndPl061() throws Exception {
        Path dtb = Oracles.qemuDtb(dir, "aarch64", "virt");
        ImportResult result = BoardImport.dtb(dtb);
        Board board = result.board();
        Models.assertValid(board);
        assertEquals(List.of(), result.warnings());

        PlatformDevice uart = (PlatformDevice) Models.bySysfsName(board, "9000000.pl011");
        assertEquals(List.of("arm,pl011", "arm,primecell"), uart.getCompatible());
        Region mmio = uart.getRegions().get(0);
        assertEquals(0x9000000L, mmio.getBase());
        assertEquals(0x1000L, mmio.getSize());
        assertTrue(mmio.isMmappable());
        Interrupt irq = uart.getInterrupts().get(0);
        assertEquals("/intc@8000000", irq.getController());
        assertEquals(Trigger.LEVEL, irq.getTrigger(), "QEMU wires the PL011 as a level-high SPI");
        assertEquals(32 + 1, irq.getLine());

        Models.bySysfsName(board, "9030000.pl061");
        List<Device> transports = board.getDevices().stream()
                .filter(d -> ((PlatformDevice) d).getCompatible().contains("virtio,mmio")).toList();
        assertEquals(32, transports.size(), "QEMU's virt machine has 32 virtio-mmio transports");
        for (Device transport : transports) {
            Region region = transport.getRegions().get(0);
            assertEquals(0x200, region.getSize());
            assertFalse(region.isMmappable(), "0x200 bytes is less than a page: vfio-platform cannot mmap it");
            assertEquals(Trigger.EDGE, transport.getInterrupts().get(0).getTrigger());
        }
        assertEquals(0xa000000L, Models.bySysfsName(board, "a000000.virtio_mmio").getRegions().get(0).getBase());

        List<String> mismatches = new ArrayList<>();
        DebianDtbsTest.crossCheck(dtb, board, mismatches);
        assertEquals(List.of(), mismatches);
    }

    @Test
    void ppce500HasAnMpicWithTwoCellSpecifiersAndTheQemuPlatformBus() throws Exception {
        Path uboot = Path.of("/usr/lib/u-boot/qemu-ppce500/uboot.elf");
        if (!uboot.toFile().isFile()) {
            fail("ppce500 needs its firmware " + uboot + ": install the Debian package u-boot-qemu (releng/setup installs it).");
        }
        Path dtb = Oracles.qemuDtb(dir, "ppc", "ppce500", "-bios", uboot.toString());
        ImportResult result = BoardImport.dtb(dtb);
        Board board = result.board();
        Models.assertValid(board);
        assertEquals("ppc", board.getArchitecture());
        assertEquals("QEMU ppce500", board.getHardwareModel());

        PlatformDevice mpic = (PlatformDevice) Models.bySysfsName(board, "fe0040000.pic");
        assertEquals(List.of("fsl,mpic"), mpic.getCompatible());
        assertEquals(0xf_e004_0000L, mpic.getRegions().get(0).getBase(), "soc ranges put the CCSR at 0xf_e000_0000");

        PlatformDevice gpio = (PlatformDevice) Models.bySysfsName(board, "fe00ff000.gpio");
        assertEquals(List.of("fsl,qoriq-gpio"), gpio.getCompatible());
        Interrupt gpioIrq = gpio.getInterrupts().get(0);
        assertEquals(2, gpioIrq.getSpecifier().size(), "MPIC specifiers have two cells here");
        assertEquals(Trigger.LEVEL, gpioIrq.getTrigger(), "MPIC sense 2 is active-high level");
        assertEquals(47, gpioIrq.getLine());

        PlatformDevice msi = (PlatformDevice) Models.bySysfsName(board, "fe0041600.msi");
        assertEquals(8, msi.getInterrupts().size());
        assertTrue(msi.getInterrupts().stream().allMatch(i -> i.getTrigger() == Trigger.EDGE), "MPIC sense 0 is rising edge");
        assertFalse(msi.getRegions().get(0).isMmappable(), "0x200 bytes");

        assertTrue(board.getDevices().stream().noneMatch(d -> ((PlatformDevice) d).getDtPath().startsWith("/platform@")),
                "QEMU's dynamic sysbus platform holds no devices in this machine");
        List<String> mismatches = new ArrayList<>();
        DebianDtbsTest.crossCheck(dtb, board, mismatches);
        assertEquals(List.of(), mismatches);
    }
}
