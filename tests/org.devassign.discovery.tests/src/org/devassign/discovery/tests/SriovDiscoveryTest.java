package org.devassign.discovery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.devassign.discovery.ImportResult;
import org.devassign.discovery.sysfs.SysfsImporter;
import org.devassign.model.Board;
import org.devassign.model.Interrupt;
import org.devassign.model.InterruptKind;
import org.devassign.model.PciDevice;
import org.devassign.model.Region;
import org.devassign.model.Sriov;
import org.devassign.testing.SimulatedSysfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SR-IOV in discovery: a physical function's capability from its sriov_* attributes, the BARs each
 * VF gets from the PF's resource lines 7-12 (split by the capability's TotalVFs in config space, or
 * without it by sriov_totalvfs), and the VFs linked to their PF while they exist; created and removed
 * by writing sriov_numvfs to the simulated kernel, as the agent does.
 */
class SriovDiscoveryTest {

    @TempDir
    Path root;

    private SimulatedSysfs igbBoard() throws IOException {
        SimulatedSysfs sysfs = new SimulatedSysfs(root);
        sysfs.driver("pci", "igb").driver("pci", "igbvf");
        sysfs.sriovPf("pci0000:00/0000:00:0c.0", 11, "igb", 7, 128, 2, "10ca", "igbvf");
        return sysfs;
    }

    @Test
    void aPfAndTheVfsItHasAreImportedAndLinked() throws Exception {
        SimulatedSysfs sysfs = igbBoard();
        sysfs.write(sysfs.sys.resolve("bus/pci/devices/0000:00:0c.0/sriov_numvfs"), "2");
        Board board = SysfsImporter.importBoard(root).board();
        PciDevice pf = (PciDevice) Models.bySysfsName(board, "0000:00:0c.0");
        Sriov sriov = pf.getSriov();
        assertEquals(List.of(7, 2, 128, 2, 0x10ca, true), List.of(sriov.getTotalVfs(), sriov.getNumVfs(), sriov.getVfOffset(),
                sriov.getVfStride(), sriov.getVfDeviceId(), sriov.isDriversAutoprobe()));
        Region bar0 = sriov.getVfRegions().get(0);
        assertEquals(List.of("BAR0", 0x80000000L, 16 * 1024L, true, true, true), List.of(bar0.getName(), bar0.getBase(), bar0.getSize(),
                bar0.isSixtyFourBit(), bar0.isPrefetchable(), bar0.isMmappable()), "7 VF BARs of 16 KiB in the 112 KiB window");
        assertEquals(1, sriov.getVfRegions().size());
        assertTrue(pf.getRegions().stream().allMatch(r -> r.getIndex() <= 7), "the VF window is no region of the PF itself");
        for (int i = 0; i < 2; i++) {
            PciDevice vf = (PciDevice) Models.bySysfsName(board, i == 0 ? "0000:00:1c.0" : "0000:00:1c.2");
            assertSame(pf, vf.getPhysicalFunction());
            assertEquals(i, vf.getVfIndex());
            assertEquals("igbvf", vf.getDriver(), "autoprobe was on: the VF driver took it");
            assertEquals(0x10ca, vf.getDeviceId());
            assertEquals(100 + i, vf.getIommuGroup().getId(), "a group of its own");
            assertNull(vf.getSriov());
        }
        Models.assertValid(board);
        sysfs.write(sysfs.sys.resolve("bus/pci/devices/0000:00:0c.0/sriov_numvfs"), "0");
        Board after = SysfsImporter.importBoard(root).board();
        assertEquals(0, ((PciDevice) Models.bySysfsName(after, "0000:00:0c.0")).getSriov().getNumVfs());
        assertTrue(after.getDevices().stream().noneMatch(d -> d.getSysfsName().startsWith("0000:00:1c")), "the VFs are gone");
    }

    /**
     * vfio-pci offers no INTx on a VF, whatever pin its config space claims (QEMU's NVMe VFs claim pin A),
     * and reports MSI-X without NORESIZE since Linux 6.5 on x86 (dynamic MSI-X); before, and elsewhere, MSI-X
     * is fixed. The PF keeps its INTx.
     */
    @Test
    void aVfHasNoIntxAndMsixIsResizableWhereTheKernelSaysSo() throws Exception {
        SimulatedSysfs sysfs = igbBoard();
        sysfs.write(sysfs.sys.resolve("bus/pci/devices/0000:00:0c.0/sriov_numvfs"), "2");
        for (String function : List.of("0000:00:0c.0", "0000:00:1c.0")) {
            Files.write(sysfs.sys.resolve("bus/pci/devices").resolve(function).resolve("config"), pinAWithMsix(3));
        }
        Files.createDirectories(root.resolve("proc/sys/kernel"));
        Files.writeString(root.resolve("proc/cpuinfo"), "processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu pae lm sse2\n");
        Files.writeString(root.resolve("proc/sys/kernel/osrelease"), "6.12.48+deb13-amd64\n");
        Board current = SysfsImporter.importBoard(root).board();
        PciDevice pf = (PciDevice) Models.bySysfsName(current, "0000:00:0c.0");
        PciDevice vf = (PciDevice) Models.bySysfsName(current, "0000:00:1c.0");
        assertEquals("A", interrupt(pf, InterruptKind.INTX).getPin(), "the PF's pin is wired");
        assertNull(interrupt(vf, InterruptKind.INTX), "no INTx on a VF");
        assertEquals(3, interrupt(vf, InterruptKind.MSIX).getCount());
        assertFalse(interrupt(vf, InterruptKind.MSIX).isNoresize(), "6.12 on x86: dynamic MSI-X");
        assertFalse(interrupt(pf, InterruptKind.MSIX).isNoresize());
        assertTrue(interrupt(pf, InterruptKind.INTX).isMaskable() && !interrupt(pf, InterruptKind.INTX).isNoresize());

        Files.writeString(root.resolve("proc/sys/kernel/osrelease"), "6.1.0-27-amd64\n");
        Board older = SysfsImporter.importBoard(root).board();
        assertTrue(interrupt((PciDevice) Models.bySysfsName(older, "0000:00:1c.0"), InterruptKind.MSIX).isNoresize(), "before 6.5: fixed");
        assertNull(interrupt((PciDevice) Models.bySysfsName(older, "0000:00:1c.0"), InterruptKind.INTX));

        Files.writeString(root.resolve("proc/cpuinfo"), "processor\t: 0\nBogoMIPS\t: 50.00\nCPU architecture: 8\n");
        Files.writeString(root.resolve("proc/sys/kernel/osrelease"), "6.12.48+deb13-arm64\n");
        Board arm = SysfsImporter.importBoard(root).board();
        assertTrue(interrupt((PciDevice) Models.bySysfsName(arm, "0000:00:1c.0"), InterruptKind.MSIX).isNoresize(),
                "not known to be dynamic outside x86: fixed");
    }

    private static Interrupt interrupt(PciDevice device, InterruptKind kind) {
        return device.getInterrupts().stream().filter(i -> i.getKind() == kind).findFirst().orElse(null);
    }

    /** A config space with interrupt pin A and an MSI-X capability of {@code vectors} vectors, its table in BAR0. */
    private static byte[] pinAWithMsix(int vectors) {
        byte[] c = new byte[256];
        c[0] = (byte) 0x86;
        c[1] = (byte) 0x80;
        c[0x06] = 0x10; // a capability list
        c[0x34] = 0x40;
        c[0x3d] = 1;
        c[0x40] = 0x11; // MSI-X, the last capability
        c[0x42] = (byte) (vectors - 1);
        return c;
    }

    /** A PCI Express config space with an AER capability at 0x100 (next: {@code aerNext}) and the SR-IOV capability at 0x140 stating TotalVFs. */
    private static byte[] config(int totalVfs, int aerNext) {
        byte[] c = new byte[4096];
        c[0] = (byte) 0x86;
        c[1] = (byte) 0x80;
        putInt(c, 0x100, 0x0001 | 1 << 16 | aerNext << 20);
        putInt(c, 0x140, 0x0010 | 1 << 16);
        c[0x140 + 0x0e] = (byte) totalVfs;
        return c;
    }

    private static void putInt(byte[] c, int at, int value) {
        for (int i = 0; i < 4; i++) {
            c[at + i] = (byte) (value >> (8 * i));
        }
    }

    private Path window(SimulatedSysfs sysfs, long windowBytes, byte[] config) throws IOException {
        Path pf = sysfs.sys.resolve("devices/pci0000:00/0000:00:0c.0");
        Files.writeString(pf.resolve("sriov_totalvfs"), "2\n");
        Files.writeString(pf.resolve("resource"), "0x00000000feb00000 0x00000000feb1ffff 0x0000000000040200\n"
                + "0x0000000000000000 0x0000000000000000 0x0000000000000000\n".repeat(6)
                + String.format("0x0000000080000000 0x%016x 0x000000000014220c%n", 0x80000000L + windowBytes - 1)
                + "0x0000000000000000 0x0000000000000000 0x0000000000000000\n".repeat(5));
        if (config != null) {
            Files.write(pf.resolve("config"), config);
        }
        return pf;
    }

    @Test
    void eachVfsShareOfAWindowIsSetByTheCapabilitysTotalVfsNotTheDriversLimit() throws Exception {
        SimulatedSysfs sysfs = igbBoard();
        // the capability has 4 VFs of 16 KiB in a 64 KiB window, the driver allows 2 (sriov_totalvfs)
        window(sysfs, 64 * 1024, config(4, 0x140));
        Sriov sriov = ((PciDevice) Models.bySysfsName(SysfsImporter.importBoard(root).board(), "0000:00:0c.0")).getSriov();
        assertEquals(16 * 1024L, sriov.getVfRegions().get(0).getSize());
        // without config space, the window is split by sriov_totalvfs: 2 of 32 KiB
        Files.delete(sysfs.sys.resolve("devices/pci0000:00/0000:00:0c.0/config"));
        sriov = ((PciDevice) Models.bySysfsName(SysfsImporter.importBoard(root).board(), "0000:00:0c.0")).getSriov();
        assertEquals(32 * 1024L, sriov.getVfRegions().get(0).getSize());
    }

    @Test
    void aCapabilityListThatLoopsOrAWindowThatDoesNotSplitIsWarnedNotFollowed() throws Exception {
        SimulatedSysfs sysfs = igbBoard();
        Path pf = window(sysfs, 40 * 1024, config(5, 0x100)); // the first capability points to itself: the SR-IOV one is never reached
        ImportResult result = SysfsImporter.importBoard(root);
        Sriov sriov = ((PciDevice) Models.bySysfsName(result.board(), "0000:00:0c.0")).getSriov();
        assertEquals(List.of(), sriov.getVfRegions(), "40 KiB split among 2 to 4 VFs (sriov_totalvfs 2, at most twice it) is no BAR size");
        assertTrue(result.warnings().stream().anyMatch(w -> w.path().equals(pf.resolve("resource"))
                && w.message().contains("does not split into 2 equal VF BARs")), result.warnings().toString());
    }

    @Test
    void aVfWhosePfIsNoneIsImportedAsAPlainFunctionWithAWarning() throws Exception {
        SimulatedSysfs sysfs = igbBoard();
        sysfs.pci("pci0000:00/0000:00:1c.0", 40, "0x020000", null);
        Files.createSymbolicLink(sysfs.sys.resolve("devices/pci0000:00/0000:00:1c.0/physfn"), Path.of("../0000:00:09.0"));
        ImportResult result = SysfsImporter.importBoard(root);
        PciDevice vf = (PciDevice) Models.bySysfsName(result.board(), "0000:00:1c.0");
        assertNull(vf.getPhysicalFunction());
        assertEquals(-1, vf.getVfIndex());
        assertTrue(result.warnings().stream().anyMatch(w -> w.message().contains("links to no SR-IOV physical function")),
                result.warnings().toString());
    }
}
