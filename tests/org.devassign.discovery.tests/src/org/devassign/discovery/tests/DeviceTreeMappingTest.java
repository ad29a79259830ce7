package org.devassign.discovery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.devassign.discovery.BoardImport;
import org.devassign.discovery.ImportResult;
import org.devassign.discovery.SkippedNode;
import org.devassign.model.Board;
import org.devassign.model.BoardSource;
import org.devassign.model.DtDependency;
import org.devassign.model.DtDependencyKind;
import org.devassign.model.Interrupt;
import org.devassign.model.InterruptKind;
import org.devassign.model.PlatformDevice;
import org.devassign.model.Region;
import org.devassign.model.Trigger;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mapping from device tree to model on a test SoC written for it (resources/dts/soc.dtsi):
 * translation through nested ranges, mmappable regions, interrupts through GIC, a GPIO controller,
 * interrupts-extended and an interrupt-map nexus, dependencies, IOMMU hints, skipped nodes.
 */
class DeviceTreeMappingTest {

    @TempDir
    Path dir;

    private ImportResult result;
    private Board board;

    @BeforeEach
    void importTheTestBoard() throws Exception {
        TestFiles.dtsSources(dir);
        Oracles.requireTool("cpp", "cpp");
        result = BoardImport.dts(dir.resolve("board.dts"), List.of());
        board = result.board();
    }

    @Test
    void boardFactsComeFromTheTree() {
        assertEquals("board", board.getName());
        assertEquals(BoardSource.DTS, board.getSource());
        assertEquals(dir.resolve("board.dts").toString(), board.getSourceLocation());
        assertEquals("Acme Test Board", board.getHardwareModel());
        Models.assertValid(board);
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void addressesTranslateThroughNestedRangesAndNamesAreLinuxs() {
        PlatformDevice dma = (PlatformDevice) Models.bySysfsName(board, "100100000.dma");
        assertEquals("/soc@0/bus@100000/dma@0", dma.getDtPath());
        assertEquals(List.of("acme,dma"), dma.getCompatible());
        Region control = dma.getRegions().get(0);
        assertEquals("control", control.getName(), "reg-names name the regions");
        assertEquals(0x1_0010_0000L, control.getBase());
        assertEquals(0x1000, control.getSize());
        assertTrue(control.isMmappable(), "page-aligned base and size");
        Region fifo = dma.getRegions().get(1);
        assertEquals("fifo", fifo.getName());
        assertEquals(1, fifo.getIndex());
        assertEquals(1L << 40, fifo.getOffset());
        assertEquals(0x1_0010_1800L, fifo.getBase());
        assertFalse(fifo.isMmappable(), "0x800 bytes at 0x...1800 are not page aligned");

        PlatformDevice gic = (PlatformDevice) Models.bySysfsName(board, "100001000.interrupt-controller");
        assertEquals(List.of("reg[0]", "reg[1]"), gic.getRegions().stream().map(Region::getName).toList());
        assertEquals(0x1_0000_2000L, gic.getRegions().get(1).getBase());
    }

    @Test
    void interruptsResolveToTheirControllerWithTheBindingsTrigger() {
        PlatformDevice dma = (PlatformDevice) Models.bySysfsName(board, "100100000.dma");
        assertEquals("/soc@0/interrupt-controller@1000", dma.getInterruptParent());
        Interrupt level = dma.getInterrupts().get(0);
        assertEquals(InterruptKind.PLATFORM, level.getKind());
        assertEquals(Trigger.LEVEL, level.getTrigger());
        assertTrue(level.isAutomasked(), "vfio-platform auto-masks level interrupts");
        assertEquals(32 + 10, level.getLine(), "GIC SPI 10 is INTID 42");
        assertEquals(List.of(0L, 10L, 4L), level.getSpecifier());
        Interrupt edge = dma.getInterrupts().get(1);
        assertEquals(Trigger.EDGE, edge.getTrigger());
        assertFalse(edge.isAutomasked());

        PlatformDevice spi = (PlatformDevice) Models.bySysfsName(board, "100102000.spi");
        assertEquals(2, spi.getInterrupts().size(), "interrupts-extended: one per controller entry");
        assertEquals("/soc@0/interrupt-controller@1000", spi.getInterrupts().get(0).getController());
        assertEquals(Trigger.LEVEL, spi.getInterrupts().get(0).getTrigger());
        Interrupt gpio = spi.getInterrupts().get(1);
        assertEquals("/soc@0/gpio@5000", gpio.getController());
        assertEquals(Trigger.EDGE, gpio.getTrigger(), "a GPIO controller's two cells are pin and IRQ_TYPE flags");
        assertEquals(4, gpio.getLine());

        PlatformDevice slot = (PlatformDevice) Models.bySysfsName(board, "100008100.slot");
        Interrupt mapped = slot.getInterrupts().get(0);
        assertEquals("/soc@0/interrupt-controller@1000", mapped.getController(), "the nexus maps slot 2 to the GIC");
        assertEquals(32 + 21, mapped.getLine());
        assertEquals(Trigger.EDGE, mapped.getTrigger());
    }

    @Test
    void phandleReferencesBecomeDependenciesAndIommusGroups() {
        PlatformDevice uart = (PlatformDevice) Models.bySysfsName(board, "100006000.serial");
        List<DtDependency> deps = uart.getDtDependencies();
        assertEquals(List.of(DtDependencyKind.CLOCK), deps.stream().map(DtDependency::getKind).toList(),
                "resets was deleted by the board");
        assertEquals("/oscillator", deps.get(0).getTargetPath());
        assertNull(deps.get(0).getTarget(), "the oscillator has no reg: it is no device of the board");

        PlatformDevice spi = (PlatformDevice) Models.bySysfsName(board, "100102000.spi");
        PlatformDevice dma = (PlatformDevice) Models.bySysfsName(board, "100100000.dma");
        List<DtDependency> dmas = spi.getDtDependencies().stream().filter(d -> d.getKind() == DtDependencyKind.DMA).toList();
        assertEquals(2, dmas.size());
        assertSame(dma, dmas.get(0).getTarget());
        assertEquals(List.of(1L), dmas.get(0).getCells());
        assertTrue(spi.getDtDependencies().stream().anyMatch(d -> d.getKind() == DtDependencyKind.INTERRUPT_PARENT
                && "/soc@0/gpio@5000".equals(d.getTargetPath())));

        assertTrue(spi.getIommuGroup() != null && spi.getIommuGroup().isProvisional());
        assertSame(dma.getIommuGroup(), spi.getIommuGroup(), "the same iommus stream ID: one provisional group");
        assertEquals(2, spi.getIommuGroup().getDevices().size());
        assertNull(uart.getIommuGroup());
    }

    @Test
    void nodesThatAreNoPlatformDevicesAreReportedWithTheReason() {
        List<String> skipped = result.skipped().stream().map(SkippedNode::path).toList();
        assertTrue(skipped.contains("/soc@0/bus@100000/i2c@3000/rtc@68"), skipped.toString());
        String why = result.skipped().stream().filter(s -> s.path().endsWith("rtc@68")).findFirst().orElseThrow().reason();
        assertTrue(why.contains("no 'ranges'"), why);
        assertTrue(board.getDevices().stream().noneMatch(d -> d.getSysfsName().contains("sram")), "deleted by the board");
    }

    @Test
    void disabledNodesAreSkippedAndReported() throws Exception {
        Path source = dir.resolve("disabled.dts");
        Files.writeString(source, Files.readString(dir.resolve("board.dts")).replace("status = \"okay\";", ""));
        ImportResult disabled = BoardImport.dts(source, List.of());
        assertTrue(disabled.board().getDevices().stream().noneMatch(d -> d.getSysfsName().equals("100006000.serial")));
        SkippedNode uart = disabled.skipped().stream().filter(s -> s.path().equals("/soc@0/serial@6000")).findFirst().orElseThrow();
        assertTrue(uart.reason().startsWith("disabled"), uart.reason());
    }

    @Test
    void theSameBoardComesFromDtcsBinary() throws Exception {
        Path preprocessed = dir.resolve("board.pp.dts");
        Files.writeString(preprocessed, Oracles.run(60, "cpp", "-nostdinc", "-undef", "-D__DTS__", "-x", "assembler-with-cpp",
                "-I", dir.toString(), dir.resolve("board.dts").toString()));
        Board fromDtb = BoardImport.dtb(Oracles.dtcCompile(preprocessed, dir.resolve("board.dtb"))).board();
        fromDtb.setName(board.getName());
        fromDtb.setSource(board.getSource());
        fromDtb.setSourceLocation(board.getSourceLocation());
        assertTrue(EcoreUtil.equals(board, fromDtb), "DTS and dtc-compiled DTB give the same board");
    }
}
