package org.devassign.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.model.IrqMode;
import org.devassign.model.OpenPath;
import org.devassign.model.PciDevice;
import org.devassign.model.UserspaceDriver;
import org.devassign.model.VfioDriver;
import org.devassign.model.VmGuest;
import org.devassign.testing.RepoFiles;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsing and linking: configs refer into .board files, inline boards and other configs. */
class LanguageTest {

    @TempDir
    Path dir;

    @Test
    void theExampleLinksIntoItsBoardFile() {
        Workspace ws = new Workspace(dir);
        Path file = ws.write("vm-q35.assign", read(RepoFiles.example("vm-q35.assign")));
        AssignmentConfig config = ws.load(file);
        assertEquals(List.of(), ws.validate(file));
        EcoreUtil.resolveAll(config);
        Board board = config.getBoard();
        assertEquals("vm-q35", board.getName());
        assertTrue(board.eResource().getURI().toString().endsWith("vm-q35.board"), board.eResource().getURI().toString());

        Assignment edu0 = config.getAssignments().get(0);
        assertSame(device(board, "edu0"), edu0.getDevice());
        assertEquals("agent", edu0.getConsumer().getName());
        assertEquals(VfioDriver.VFIO_PCI, edu0.getDriver());
        assertEquals(OpenPath.GROUP, edu0.getOpenPath());
        assertSame(device(board, "edu0").getRegions().get(0), edu0.getRegions().get(0).getRegion());
        assertEquals(IrqMode.EVENTFD, edu0.getIrqs().get(0).getMode());
        assertEquals(0x100000L, edu0.getDmaWindows().get(0).getIova());
        assertEquals(4096L, edu0.getDmaWindows().get(0).getSize());

        Assignment group = config.getAssignments().get(2);
        assertEquals(6, group.getGroup().getId());
        assertSame(device(board, "edu3").getRegions().get(0), group.getRegions().get(1).getRegion());
        assertTrue(group.isPersistent());
        VmGuest guest = (VmGuest) group.getConsumer();
        assertEquals(256L << 20, guest.getMemorySize());
        assertEquals(512L << 20, guest.getMemlockLimit());
        UserspaceDriver driver = (UserspaceDriver) config.getAssignments().get(1).getConsumer();
        assertEquals(1000, driver.getUid());
        assertEquals("/run/devassign/consumers/edu-driver.sock", driver.getSocketPath());
    }

    @Test
    void devicesAreNamedByModelNamePciAddressSysfsNameOrDeviceTreePath() {
        Workspace ws = new Workspace(dir);
        Path q35 = ws.write("q35.assign", """
                config names for "vm-q35.board"
                probe p
                assign "0000:00:06.0" to p { map 0 irq 1 eventfd }
                assign edu0 to p
                """);
        AssignmentConfig config = ws.load(q35);
        assertEquals(List.of(), ws.validate(q35));
        assertEquals("edu1", config.getAssignments().get(0).getDevice().getName());
        assertEquals("BAR0", config.getAssignments().get(0).getRegions().get(0).getRegion().getName());
        assertEquals("msi", config.getAssignments().get(0).getIrqs().get(0).getInterrupt().getKind().getLiteral());

        Path plan = ws.write("plan.assign", """
                config plan for board soc {
                	arch aarch64
                	capabilities vfio-platform
                	platform eth0 "ff0c0000.ethernet" path "/soc/ethernet@ff0c0000" compatible "amd,xgbe-seattle-v1a" reset xgbe {
                		region "reg[0]" index 0 at 0xff0c0000 size 64 KiB read write mmap
                		irq platform index 0 eventfd maskable automasked
                	}
                	group 4 { eth0 }
                }
                userspace net { memlock 4 MiB }
                assign "/soc/ethernet@ff0c0000" to net { map "reg[0]" irq platform eventfd }
                """);
        AssignmentConfig inline = ws.load(plan);
        assertEquals(List.of(), ws.validate(plan));
        Device eth0 = inline.getInlineBoard().getDevices().get(0);
        assertSame(eth0, inline.getAssignments().get(0).getDevice());
        assertSame(inline.getInlineBoard().getIommuGroups().get(0), eth0.getIommuGroup(), "the group's member list sets the device's group");

        Path sysfs = ws.write("micro.assign", """
                config micro for "vm-microvm.board"
                userspace rng-driver
                assign "LNRO0005:00" to rng-driver
                """);
        assertEquals("rng", ws.load(sysfs).getAssignments().get(0).getDevice().getName());
    }

    @Test
    void anInlinePciDeviceTakesItsBusNumbersFromItsAddress() {
        Workspace ws = new Workspace(dir);
        Path plan = ws.write("pci.assign", """
                config lab for board rig {
                	pci nic0 "0000:03:00.1" vendor 0x8086 device 0x1533 driver igb reset flr {
                		region BAR0 index 0 at 0xf7c00000 size 128 KiB read write mmap
                		irq msix index 2 count 5 eventfd maskable
                	}
                	group 7 { nic0 }
                }
                userspace drv { memlock 16 MiB }
                assign nic0 to drv { irq msix count 5 eventfd }
                """);
        AssignmentConfig config = ws.load(plan);
        assertEquals(List.of(), ws.validate(plan));
        PciDevice nic = (PciDevice) config.getInlineBoard().getDevices().get(0);
        assertEquals(3, nic.getBus());
        assertEquals(1, nic.getFunction());
        assertEquals(0x8086, nic.getVendorId());
        assertEquals(5, config.getAssignments().get(0).getIrqs().get(0).getCount());
    }

    @Test
    void consumersComeFromImportedConfigs() {
        Workspace ws = new Workspace(dir);
        ws.write("consumers.assign", """
                config consumers
                vm shared { memory 1 GiB memlock 2 GiB }
                """);
        Path main = ws.write("main.assign", """
                import "consumers.assign"
                config main for "vm-q35.board"
                assign group 6 to shared
                """);
        AssignmentConfig config = ws.load(main);
        assertEquals(List.of(), ws.validate(main));
        Assignment assignment = config.getAssignments().get(0);
        assertEquals("shared", assignment.getConsumer().getName());
        assertTrue(assignment.getConsumer().eResource().getURI().lastSegment().equals("consumers.assign"));
    }

    @Test
    void aMissingBoardFileIsNamedWithWhereItWasLookedFor() {
        Workspace ws = new Workspace(dir);
        List<String> problems = ws.problems("lost.assign", """
                config lost for "boards/nowhere.board"
                probe p
                assign edu0 to p
                """);
        assertEquals(List.of("lost.assign:1:17: error: Cannot use the board file 'boards/nowhere.board' (" + dir.resolve("boards/nowhere.board")
                + "): there is no such file. Board files are named relative to this config; next to it: vm-microvm.board, vm-q35.board."),
                problems, "reported once: the device the config cannot look up is no second problem");
    }

    private static Device device(Board board, String name) {
        Device device = board.getDevices().stream().filter(d -> name.equals(d.getName())).findFirst().orElse(null);
        assertNotNull(device, name);
        return device;
    }

    static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
