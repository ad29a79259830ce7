package org.devassign.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.devassign.agent.binding.ProtectedDevices;
import org.devassign.agent.drift.BoardDrift;
import org.devassign.agent.drift.DeviceReport;
import org.devassign.agent.drift.Difference;
import org.devassign.agent.drift.DriftCheck;
import org.devassign.agent.vfio.DeviceInfo;
import org.devassign.agent.vfio.IrqInfo;
import org.devassign.agent.vfio.RegionInfo;
import org.devassign.agent.vfio.VfioIoctls;
import org.devassign.core.rules.Bridges;
import org.devassign.core.rules.ProtectionPolicy;
import org.devassign.core.rules.Vfio;
import org.devassign.core.sysfs.SysfsDevices;
import org.devassign.model.Board;
import org.devassign.model.DevAssignFactory;
import org.devassign.model.Device;
import org.devassign.model.FslMcContainer;
import org.devassign.model.IommuGroup;
import org.devassign.model.PciDevice;
import org.devassign.model.facts.DeviceFacts;
import org.devassign.model.io.BoardFiles;
import org.devassign.testing.RepoFiles;
import org.devassign.testing.SimulatedSysfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drift of the example board's edu0 against the info the kernel reported on the virtual board (the
 * values below are what the board checks read through VFIO on q35, 6.1 and 6.12 alike).
 */
class DriftCheckTest {

    /** edu on vfio-pci as the kernel reports it: BAR0 1 MiB mmap-able, config 256 bytes; INTx, MSI, REQ. */
    static DeviceReport eduAsReported(int group) {
        List<RegionInfo> regions = new ArrayList<>();
        regions.add(new RegionInfo(0, 7, 0x100000, 0, List.of(), false, -1, -1));
        for (int i = 1; i < 7; i++) {
            regions.add(new RegionInfo(i, 0, 0, (long) i << 40, List.of(), false, -1, -1));
        }
        regions.add(new RegionInfo(7, 3, 256, 7L << 40, List.of(), false, -1, -1));
        regions.add(new RegionInfo(8, 0, 0, 0, List.of(), false, -1, -1));
        List<IrqInfo> irqs = List.of(new IrqInfo(0, 7, 1), new IrqInfo(1, 9, 1), new IrqInfo(2, 0, 0), new IrqInfo(3, 0, 0),
                new IrqInfo(4, 9, 1));
        return new DeviceReport("0000:00:05.0", new DeviceInfo(2, 9, 5), regions, irqs, group);
    }

    static Device edu0() throws Exception {
        Board board = BoardFiles.load(RepoFiles.example("vm-q35.board"));
        return board.getDevices().stream().filter(d -> "0000:00:05.0".equals(d.getSysfsName())).findFirst().orElseThrow();
    }

    @Test
    void theExampleBoardMatchesWhatTheKernelReported() throws Exception {
        Device edu0 = edu0();
        List<Difference> diffs = DriftCheck.compare(edu0, eduAsReported(4));
        assertEquals(List.of(), diffs.stream().map(Difference::message).toList());
        assertEquals("device edu0 (0000:00:05.0): matches the kernel's report\n", DriftCheck.report(edu0, diffs));
    }

    @Test
    void everyDifferenceIsNamedInModelTerms() throws Exception {
        Device edu0 = edu0();
        DeviceReport live = eduAsReported(9);
        live.regions().set(0, new RegionInfo(0, 3, 0x200000, 0, List.of(), false, -1, -1));
        List<IrqInfo> irqs = new ArrayList<>(live.irqs());
        irqs.set(0, new IrqInfo(0, 0, 0));
        irqs.set(2, new IrqInfo(2, 1, 4));
        List<String> got = DriftCheck.compare(edu0, new DeviceReport(live.name(), live.info(), live.regions(), irqs, 9))
                .stream().map(Difference::message).toList();
        assertEquals(List.of(
                "device edu0 (0000:00:05.0) is in IOMMU group 4 in the board model but the kernel put it in IOMMU group 9",
                "region BAR0 (index 0) of device edu0 (0000:00:05.0): size is 1 MiB in the board model but the kernel reports 2 MiB",
                "region BAR0 (index 0) of device edu0 (0000:00:05.0) is mmappable in the board model but the kernel reports it not mmappable",
                "interrupt index 0 (intx) of device edu0 (0000:00:05.0) is in the board model but the kernel reports no such IRQ index",
                "the kernel reports IRQ index 2 of device edu0 (0000:00:05.0) (count 4, EVENTFD) that the board model lacks"), got);
        String report = DriftCheck.report(edu0, DriftCheck.compare(edu0, live));
        assertTrue(report.startsWith("device edu0 (0000:00:05.0): 3 difference(s)\n"), report);
    }

    @TempDir
    java.nio.file.Path dir;

    @Test
    void theBoardIsComparedWithSysfsDeviceByDevice() throws Exception {
        SimulatedSysfs live = SimulatedSysfs.q35(dir);
        Board board = BoardFiles.load(RepoFiles.example("vm-q35.board"));
        List<String> got = DriftCheck.compareBoard(board, live.sys, ProtectedDevices.detect(live.sys, live.proc, List.of()))
                .stream().map(Difference::message).toList();
        assertTrue(got.contains("PCI device 0000:00:08.0 is on the board but not in the board model"), got.toString());
        assertTrue(got.contains("device lpc (0000:00:1f.0) is in the board model but not on the board"), got.toString());
        assertTrue(got.stream().noneMatch(m -> m.contains("edu0") || m.contains("nic") || m.contains("0000:00:03.0")),
                got.toString());
    }

    private static final DevAssignFactory F = DevAssignFactory.eINSTANCE;

    private static PciDevice pci(Board board, String name, String sysfsName, int classCode, IommuGroup group) {
        PciDevice device = F.createPciDevice();
        device.setName(name);
        device.setSysfsName(sysfsName);
        device.setClassCode(classCode);
        device.setIommuGroup(group);
        group.getDevices().add(device);
        board.getDevices().add(device);
        return device;
    }

    /** A root port (class 0x0604, no header type stated) with a NIC behind it, in one group. */
    private Board portAndNic(SimulatedSysfs live) throws Exception {
        live.pci("pci0000:00/0000:00:1c.0", 3, "0x060400", "pcieport");
        live.pci("pci0000:00/0000:00:1c.0/0000:01:00.0", 3, "0x020000", "e1000e");
        Board board = F.createBoard();
        board.setName("b");
        IommuGroup group = F.createIommuGroup();
        group.setId(3);
        board.getIommuGroups().add(group);
        pci(board, "port", "0000:00:1C.0", 0x060400, group);
        PciDevice nic = pci(board, "nic", null, 0x020000, group);
        nic.setBus(1);
        return board;
    }

    @Test
    void anIdleBridgeHasNotDriftedAndAHostDriverOnACompanionHas() throws Exception {
        SimulatedSysfs live = new SimulatedSysfs(dir);
        Board board = portAndNic(live);
        List<String> got = BoardDrift.compare(board, SysfsDevices.at(live.sys), ProtectionPolicy.none()).stream().map(Difference::message)
                .toList();
        assertEquals(List.of("device nic is on no driver in the board model but on driver e1000e on the board: a host driver holds it,"
                + " so its IOMMU group is not viable the way the model says"), got);
        Device port = board.getDevices().get(0);
        assertFalse(((PciDevice) port).isBridge(), "the model states the class only");
        assertTrue(DeviceFacts.isIdleBridge(port) && Bridges.isIdle(true, "pcieport"),
                "the validator, the planner and drift see one idle bridge, on no driver or on pcieport");
        assertFalse(Vfio.leavesGroupViable("e1000e"));
    }

    @Test
    void devicesAreMatchedByIdentityNotBySpelling() throws Exception {
        SimulatedSysfs live = new SimulatedSysfs(dir);
        Board board = portAndNic(live);
        board.getDevices().get(1).setDriver("e1000e");
        List<String> got = BoardDrift.compare(board, SysfsDevices.at(live.sys), ProtectionPolicy.none()).stream().map(Difference::message)
                .toList();
        assertEquals(List.of(), got, "0000:00:1C.0 is the port, and the NIC without a kernel name is found by its address");
        Device nic = board.getDevices().get(1);
        nic.setSysfsName("../0000:01:00.0");
        assertEquals(List.of("device nic (../0000:01:00.0) cannot be looked up on the board: its kernel name '../0000:01:00.0' is not a"
                + " device name (it contains '/': a device name is not a path): name a device as the kernel does, without a path: a PCI"
                + " address such as 0000:00:05.0, a platform device such as LNRO0005:00 or fe300000.serial, or an fsl-mc object such as"
                + " dprc.1", "PCI device 0000:01:00.0 is on the board but not in the board model"),
                BoardDrift.compare(board, SysfsDevices.at(live.sys), ProtectionPolicy.none()).stream().map(Difference::message).toList());
    }

    @Test
    void aReportIsComparedWithItsOwnDeviceAndItsBus() throws Exception {
        Device edu0 = edu0();
        DeviceReport edu1 = new DeviceReport("0000:00:06.0", eduAsReported(4).info(), eduAsReported(4).regions(), eduAsReported(4).irqs(), 4);
        assertEquals(List.of("the kernel's report is of device 0000:00:06.0, not of device edu0 (0000:00:05.0): compare each device with"
                + " its own report"), DriftCheck.compare(edu0, edu1).stream().map(Difference::message).toList());
        DeviceReport spelled = new DeviceReport("00:05.0", eduAsReported(4).info(), eduAsReported(4).regions(),
                eduAsReported(4).irqs(), 4);
        assertEquals(List.of(), DriftCheck.compare(edu0, spelled));

        FslMcContainer dprc = F.createFslMcContainer();
        dprc.setName("dprc2");
        dprc.setSysfsName("dprc.2");
        DeviceReport asFslMc = new DeviceReport("dprc.2", new DeviceInfo(VfioIoctls.DEVICE_FLAGS_FSL_MC, 0, 0), List.of(), List.of(), -1);
        assertEquals(List.of(), DriftCheck.compare(dprc, asFslMc));
        DeviceReport asPci = new DeviceReport("dprc.2", new DeviceInfo(VfioIoctls.DEVICE_FLAGS_PCI, 0, 0), List.of(), List.of(), -1);
        assertEquals(List.of("device dprc2 (dprc.2) is an fsl-mc device in the board model but the kernel reports VFIO device flags PCI"),
                DriftCheck.compare(dprc, asPci).stream().map(Difference::message).toList());
    }
}
