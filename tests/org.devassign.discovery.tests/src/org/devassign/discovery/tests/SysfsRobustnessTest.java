package org.devassign.discovery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.devassign.core.rules.Bridges;
import org.devassign.core.sysfs.SysfsReader;
import org.devassign.discovery.ImportResult;
import org.devassign.discovery.ImportWarning;
import org.devassign.discovery.sysfs.SysfsImporter;
import org.devassign.model.Board;
import org.devassign.model.InterruptKind;
import org.devassign.model.IommuGroup;
import org.devassign.model.PciDevice;
import org.devassign.model.RegionKind;
import org.devassign.model.io.ModelFileException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sysfs tree with odd and unreadable files (built here, in the layout the kernel uses): every
 * oddity is a warning naming the path, and the import goes on with everything else.
 */
class SysfsRobustnessTest {

    @TempDir
    Path root;

    private Path good;
    private Path odd;

    @BeforeEach
    void buildTree() throws IOException {
        good = pciFunction("0000:00:01.0", config(0x1234, 0x11e8, 0x40, new int[] { 0x05, 0x00, 0x86, 0x00 }));
        odd = pciFunction("0000:00:02.0", config(0x8086, 0x1000, 0x40, new int[] { 0x11, 0x40, 0x07, 0x00 }));
        Files.createDirectories(root.resolve("proc/sys/kernel"));
        Files.writeString(root.resolve("proc/sys/kernel/osrelease"), "6.1.0-test-amd64\n");
        Files.writeString(root.resolve("proc/cpuinfo"), "processor\t: 0\nflags\t\t: fpu lm sse\n\n");
    }

    @Test
    void oddFilesAreWarnedAboutByPathAndTheRestIsImported() throws Exception {
        Files.writeString(odd.resolve("vendor"), "not-a-number\n");
        Files.delete(odd.resolve("resource"));
        Files.createDirectory(odd.resolve("resource")); // reading it fails with EISDIR, like EIO on a real attribute
        Files.writeString(odd.resolve("numa_node"), "zero\n");

        ImportResult result = SysfsImporter.importBoard(root);
        Board board = result.board();
        assertEquals(2, board.getDevices().size(), "both functions are imported");
        PciDevice first = (PciDevice) Models.bySysfsName(board, "0000:00:01.0");
        assertEquals(0x11e8, first.getDeviceId());
        assertEquals(2, first.getRegions().size(), "BAR0 and CONFIG");
        assertEquals(8, first.getInterrupts().stream().filter(i -> i.getKind() == InterruptKind.MSI).findFirst().orElseThrow()
                .getCount(), "message control 0x86: Multiple Message Capable 3, 8 vectors");
        PciDevice second = (PciDevice) Models.bySysfsName(board, "0000:00:02.0");
        assertEquals(0, second.getVendorId());
        assertTrue(warned(result, odd.resolve("vendor"), "not a hexadecimal number"), result.warnings().toString());
        assertTrue(warned(result, odd.resolve("resource"), "cannot be read"), result.warnings().toString());
        assertTrue(warned(result, odd.resolve("numa_node"), "not a decimal number"), result.warnings().toString());
        assertTrue(warned(result, odd.resolve("config"), "capability list is corrupt"), result.warnings().toString());
        Models.assertValid(board);
    }

    @Test
    void aMissingConfigFileAndADanglingGroupLinkAreWarnings() throws Exception {
        Files.delete(good.resolve("config"));
        Files.createSymbolicLink(good.resolve("iommu_group"), Path.of("../../../kernel/iommu_groups/9"));
        ImportResult result = SysfsImporter.importBoard(root);
        assertTrue(warned(result, good.resolve("config"), "missing"), result.warnings().toString());
        assertTrue(result.warnings().stream().anyMatch(w -> w.path().endsWith("sys/kernel/iommu_groups/9")),
                result.warnings().toString());
        assertEquals(2, result.board().getDevices().size());
    }

    @Test
    void bridgesAreTheCoresBridgesByClassOrHeaderType() throws Exception {
        Files.writeString(good.resolve("class"), "0x060700\n"); // a CardBus bridge, normal header as far as this file says
        byte[] typeOne = Files.readAllBytes(odd.resolve("config"));
        typeOne[0x0e] = (byte) 0x81; // a type-1 header (multifunction) whatever the class says
        Files.write(odd.resolve("config"), typeOne);
        Board board = SysfsImporter.importBoard(root).board();
        PciDevice cardbus = (PciDevice) Models.bySysfsName(board, "0000:00:01.0");
        PciDevice typeOneBridge = (PciDevice) Models.bySysfsName(board, "0000:00:02.0");
        assertEquals(Bridges.isPciBridge(0x060700, 0), cardbus.isBridge());
        assertTrue(cardbus.isBridge());
        assertEquals("pci-bridge-00-01-0", cardbus.getName(), "named as the bridge the rule says it is");
        assertEquals(Bridges.isPciBridge(0x00ff00, 0x81), typeOneBridge.isBridge());
        assertTrue(typeOneBridge.isBridge());
        assertTrue(typeOneBridge.getRegions().stream().noneMatch(r -> r.getKind() == RegionKind.CONFIG),
                "vfio-pci takes no function with a type-1 header: no config region to offer");
        assertTrue(typeOneBridge.getInterrupts().stream().noneMatch(i -> i.getKind() == InterruptKind.REQ));
    }

    @Test
    void anAttributeLongerThanAnyIsAWarningButAProcTableIsReadWhole() throws Exception {
        Files.writeString(good.resolve("vendor"), "0x1234" + " ".repeat(SysfsReader.MAX_ATTRIBUTE_BYTES) + "\n");
        StringBuilder cpus = new StringBuilder();
        for (int cpu = 0; cpu < 512; cpu++) { // a board with many cores: /proc/cpuinfo far longer than an attribute
            cpus.append("processor\t: ").append(cpu).append("\nflags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov"
                    + " pat pse36 clflush mmx fxsr sse sse2 ht syscall nx lm constant_tsc\n\n");
        }
        Files.writeString(root.resolve("proc/cpuinfo"), cpus);
        ImportResult result = SysfsImporter.importBoard(root);
        assertTrue(warned(result, good.resolve("vendor"), "is longer than 65536 bytes"), result.warnings().toString());
        assertEquals(0, ((PciDevice) Models.bySysfsName(result.board(), "0000:00:01.0")).getVendorId());
        assertEquals("x86_64", result.board().getArchitecture());
    }

    @Test
    void iovaRangesAreTheIntelApertureWithoutTheReservedRegionsAndTheDmaMaskIsTheKernels() throws Exception {
        Files.writeString(good.resolve("dma_mask_bits"), "39\n");
        Files.writeString(odd.resolve("dma_mask_bits"), "65\n");
        Path groups = Files.createDirectories(root.resolve("sys/kernel/iommu_groups"));
        Path first = Files.createDirectories(groups.resolve("3/devices"));
        Files.createSymbolicLink(first.resolve("0000:00:01.0"), Path.of("../../../../devices/pci0000:00/0000:00:01.0"));
        Files.createSymbolicLink(good.resolve("iommu_group"), Path.of("../../../kernel/iommu_groups/3"));
        Files.writeString(groups.resolve("3/reserved_regions"), "0x0000000000000000 0x0000000000ffffff direct-relaxable\n"
                + "0x00000000fee00000 0x00000000feefffff msi\n");
        // QEMU's intel-iommu with aw-bits=39: MGAW (bits 21:16) is 38
        Path dmar = Files.createDirectories(root.resolve("sys/devices/virtual/iommu/dmar0/intel-iommu"));
        Files.writeString(dmar.resolve("cap"), Long.toHexString(0xd2008c22000206L | 38L << 16) + "\n");
        Files.createSymbolicLink(good.resolve("iommu"), Path.of("../../virtual/iommu/dmar0"));
        Path second = Files.createDirectories(groups.resolve("4/devices"));
        Files.createSymbolicLink(second.resolve("0000:00:02.0"), Path.of("../../../../devices/pci0000:00/0000:00:02.0"));
        Files.createSymbolicLink(odd.resolve("iommu_group"), Path.of("../../../kernel/iommu_groups/4"));
        Files.writeString(groups.resolve("4/reserved_regions"), "0xfee00000 msi\n");

        ImportResult result = SysfsImporter.importBoard(root);
        Board board = result.board();
        PciDevice first0 = (PciDevice) Models.bySysfsName(board, "0000:00:01.0");
        assertEquals(39, first0.getDmaMaskBits());
        assertEquals(List.of("0x0-0xfedfffff", "0xfef00000-0x7fffffffff"), ranges(first0.getIommuGroup()),
                "the aperture ends at 2^39-1; the direct-relaxable region stays mappable, as VFIO leaves it");
        PciDevice second0 = (PciDevice) Models.bySysfsName(board, "0000:00:02.0");
        assertEquals(0, second0.getDmaMaskBits());
        assertTrue(warned(result, odd.resolve("dma_mask_bits"), "no DMA mask width"), result.warnings().toString());
        assertEquals(List.of(), ranges(second0.getIommuGroup()), "an odd reserved_regions claims nothing");
        assertTrue(warned(result, groups.resolve("4/reserved_regions"), "not 'START END TYPE'"), result.warnings().toString());
        Models.assertValid(board);
    }

    private static List<String> ranges(IommuGroup group) {
        return group.getIovaRanges().stream().map(r -> "0x" + Long.toHexString(r.getStart()) + "-0x" + Long.toHexString(r.getLast())).toList();
    }

    @Test
    void aFolderWithoutSysIsRefused() throws Exception {
        Path empty = Files.createDirectories(root.resolve("empty"));
        ModelFileException e = assertThrows(ModelFileException.class, () -> SysfsImporter.importBoard(empty));
        assertTrue(e.getMessage().contains("has no sys/"), e.getMessage());
    }

    private static boolean warned(ImportResult result, Path path, String text) {
        for (ImportWarning warning : result.warnings()) {
            if (warning.path().equals(path) && warning.message().contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** A PCI function directory under sys/devices with the bus link, as the kernel lays it out. */
    private Path pciFunction(String name, byte[] config) throws IOException {
        Path dir = Files.createDirectories(root.resolve("sys/devices/pci0000:00").resolve(name));
        Path bus = Files.createDirectories(root.resolve("sys/bus/pci/devices"));
        Files.createSymbolicLink(bus.resolve(name), Path.of("../../../devices/pci0000:00/" + name));
        Files.writeString(dir.resolve("vendor"), String.format("0x%04x%n", (config[0] & 0xff) | (config[1] & 0xff) << 8));
        Files.writeString(dir.resolve("device"), String.format("0x%04x%n", (config[2] & 0xff) | (config[3] & 0xff) << 8));
        Files.writeString(dir.resolve("class"), "0x00ff00\n");
        Files.writeString(dir.resolve("resource"), "0x00000000fe000000 0x00000000fe000fff 0x0000000000040200\n"
                + "0x0000000000000000 0x0000000000000000 0x0000000000000000\n".repeat(12));
        Files.writeString(dir.resolve("irq"), "11\n");
        Files.writeString(dir.resolve("numa_node"), "-1\n");
        Files.write(dir.resolve("config"), config);
        return dir;
    }

    /** 256 bytes of type-0 config space with one capability at {@code capAt}. */
    private static byte[] config(int vendor, int device, int capAt, int[] capability) {
        byte[] c = new byte[256];
        c[0] = (byte) vendor;
        c[1] = (byte) (vendor >> 8);
        c[2] = (byte) device;
        c[3] = (byte) (device >> 8);
        c[6] = 0x10; // status: capability list
        c[0x34] = (byte) capAt;
        c[0x3d] = 1; // INTA
        for (int i = 0; i < capability.length; i++) {
            c[capAt + i] = (byte) capability[i];
        }
        return c;
    }
}
