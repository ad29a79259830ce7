package org.devassign.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.devassign.dsl.validation.IssueCodes;
import org.devassign.dsl.workspace.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every check, with its message verbatim: each names the element, says what is wrong and what to do. */
class ValidationMessagesTest {

    @TempDir
    Path dir;

    private static final String HEADER = """
            config c for "vm-q35.board"
            probe agent
            userspace drv { memlock 16 MiB }
            vm vm1 { memory 1 GiB memlock 2 GiB }
            """;

    private List<String> problems(String assignments) {
        return new Workspace(dir).problems("c.assign", HEADER + assignments);
    }

    @Test
    void aDeviceAssignedTwiceInOneFile() {
        assertEquals(List.of("c.assign:6:8: error: The device edu0 (0000:00:05.0) is assigned twice: here to drv, and on line 5 to agent."
                + " A device goes to one consumer: remove one of the assignments."),
                problems("assign edu0 to agent\nassign edu0 to drv\n"));
    }

    @Test
    void aDeviceAssignedTwiceAcrossTheWorkspace() {
        Workspace ws = new Workspace(dir);
        ws.load(ws.write("other.assign", "config other for \"vm-q35.board\"\nprobe p2\n\nassign edu1 to p2\n"));
        Path mine = ws.write("mine.assign", "config mine for \"vm-q35.board\"\nprobe p3\nassign edu1 to p3\n");
        ws.load(mine);
        List<Problem> problems = ws.validate(mine);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("The device edu1 (0000:00:06.0) is assigned twice: here to p3, and in other.assign line 4 to p2."
                + " A device goes to one consumer: remove one of the assignments.", problems.get(0).message());
        assertEquals(IssueCodes.ASSIGNED_TWICE, problems.get(0).code());
        assertEquals("edu1", problems.get(0).data().get(0));
    }

    @Test
    void aGroupWithCompanionsOnHostDriversNamesEachAndItsDriver() {
        // the example's guest kernel has no drivers for the ICH9 functions; a full one has
        Workspace ws = new Workspace(dir).editBoard("vm-q35.board", "name=\"lpc\" ", "name=\"lpc\" driver=\"lpc_ich\" ")
                .editBoard("vm-q35.board", "name=\"smbus\" ", "name=\"smbus\" driver=\"i801_smbus\" ");
        Path file = ws.write("c.assign", HEADER + "assign sata to vm1\n");
        ws.load(file);
        List<Problem> problems = ws.validate(file);
        assertEquals("c.assign:5:8: error: IOMMU group 7 is not viable for the assignment of device sata (0000:00:1f.2) to vm1:"
                + " its device lpc (0000:00:1f.0) is still on lpc_ich, and its device smbus (0000:00:1f.3) is still on i801_smbus."
                + " VFIO opens a group only when every member is on a VFIO driver, on none, or on a DMA-safe one (pci-stub, pcieport)."
                + " Assign the whole group (assign group 7 to vm1), or unbind those devices from their host drivers first.",
                problems.get(0).toString().substring(dir.toString().length() + 1));
        assertEquals(IssueCodes.GROUP_INCOMPLETE, problems.get(0).code());
        assertEquals(List.of("7", "lpc", "lpc_ich", "smbus", "i801_smbus"), problems.get(0).data());
    }

    @Test
    void aBridgeWithoutDriverIsExemptButAnIdleCompanionIsWorthAWarning() {
        assertEquals(List.of("c.assign:5:8: warning: The device edu3 (0000:01:02.0) shares IOMMU group 6 with the assigned device(s)"
                + " but is not assigned: the group is viable while it has no driver, but nothing uses it and a host driver may claim it later."
                + " Assign the whole group (assign group 6 to vm1)."), problems("assign edu2 to vm1\n"));
        assertEquals(List.of(), problems("assign group 6 to vm1\n"));
    }

    @Test
    void aGroupSplitBetweenConsumers() {
        assertEquals(List.of(
                "c.assign:5:8: error: IOMMU group 6 is split between consumers: this assignment gives its devices to vm1, but its device edu3"
                        + " (0000:01:02.0) goes to drv (on line 6). A group is opened by one process: give the whole group to one consumer.",
                "c.assign:6:8: error: IOMMU group 6 is split between consumers: this assignment gives its devices to drv, but its device edu2"
                        + " (0000:01:01.0) goes to vm1 (on line 5). A group is opened by one process: give the whole group to one consumer."),
                problems("assign edu2 to vm1\nassign edu3 to drv\n"));
    }

    @Test
    void aRegionThatCannotBeMmappedSaysWhy() {
        assertEquals(List.of("c.assign:5:26: error: The region CONFIG (index 7) of device edu0 (0000:00:05.0) cannot be mmapped: it is PCI"
                + " config space, which VFIO offers through read/write only. Remove 'map' for it; the consumer can still read and write it"
                + " through the device fd at offset 0x70000000000."), problems("assign edu0 to drv { map CONFIG }\n"));
        List<String> platform = new Workspace(dir).problems("m.assign", """
                config m for "vm-microvm.board"
                userspace drv
                assign rng to drv { map "reg[0]" }
                """);
        assertEquals(List.of("m.assign:3:25: error: The region reg[0] (index 0) of device rng (LNRO0005:00) cannot be mmapped: its base"
                + " 0xfeb02e00 is not aligned to the 4 KiB page. Remove 'map' for it; the consumer can still read and write it"
                + " through the device fd at offset 0x0."), platform);
    }

    @Test
    void interruptsOutOfRangeWithoutEventfdOrBothIntxAndMsi() {
        assertEquals(List.of("c.assign:5:36: error: The binding of vectors 0..1 of the interrupt index 1 (msi) of device edu0 (0000:00:05.0)"
                + " is out of range: the interrupt has 1 vector; bind start 0 and a count of at most 1."),
                problems("assign edu0 to drv { irq msi count 2 eventfd }\n"));
        assertEquals(List.of("c.assign:5:22: error: The assignment of device edu0 (0000:00:05.0) to drv binds both INTx and MSI of the device"
                + " edu0 (0000:00:05.0): a PCI function signals through one of them at a time, and VFIO refuses to enable the second."
                + " Keep one binding."), problems("assign edu0 to drv { irq intx eventfd irq msi eventfd }\n"));
        List<String> noEventfd = new Workspace(dir).problems("p.assign", """
                config p for board b {
                	pci d "0000:00:05.0" {
                		irq intx index 0 maskable
                	}
                	group 1 { d }
                }
                userspace drv
                assign d to drv { irq intx eventfd }
                """);
        assertEquals(List.of("p.assign:8:28: error: The interrupt index 0 (intx) of device d (0000:00:05.0) does not support eventfd"
                + " signalling (VFIO does not report EVENTFD for it): bind it 'masked', or leave it out."), noEventfd);
    }

    @Test
    void aPlatformDeviceWithoutResetWhenTheConfigRequiresOne() {
        List<String> problems = new Workspace(dir).problems("m.assign", """
                config m for "vm-microvm.board"
                userspace drv
                assign rng to drv { reset required }
                """);
        assertEquals(List.of("m.assign:3:27: error: The assignment of device rng (LNRO0005:00) to drv requires a reset, but the device rng"
                + " (LNRO0005:00) has no known reset method: vfio-platform resets only devices a reset module matches by compatible"
                + " (virtio,mmio matches none of calxeda xgmac, amd xgbe, bcm flexrm). Use 'reset if-available' (the device is then handed"
                + " over without a reset) or 'reset never'."), problems);
    }

    @Test
    void theMemlockBudgetCountsGuestRamAndDmaWindows() {
        List<String> problems = new Workspace(dir).problems("c.assign", """
                config c for "vm-q35.board"
                vm vm1 { memory 1025 MiB memlock 1 GiB }
                userspace drv
                assign edu0 to vm1
                assign edu1 to drv { dma ring at 0x0 size 16 MiB }
                """);
        assertEquals(List.of(
                "c.assign:2:34: error: The consumer vm1 pins 1025 MiB (1025 MiB of guest RAM) but its memlock limit is 1 GiB:"
                        + " mapping DMA will fail with ENOMEM. Raise memlock to at least 1025 MiB, or pin less.",
                "c.assign:3:11: warning: The consumer drv pins 16 MiB (16 MiB of DMA windows) and states no memlock limit: the usual default"
                        + " of 8 MiB is too small. State 'memlock 16 MiB' (or more) and set RLIMIT_MEMLOCK to it."), problems);
    }

    @Test
    void protectedDevicesNeverLeaveTheirDriver() {
        assertEquals(List.of("c.assign:5:8: error: The device hostroot (0000:00:03.0) is protected (root-filesystem): it carries the board's"
                + " root file system, and the board would not survive losing it. It never leaves its host driver: remove it from this assignment."),
                problems("assign hostroot to vm1\n"));
    }

    @Test
    void theCdevOpenPathNeedsAKernelWithIt() {
        new Workspace(dir).editBoard("vm-q35.board", "type1v2 vfio-cdev iommufd", "type1v2");
        assertEquals(List.of("c.assign:5:29: error: The assignment of device edu0 (0000:00:05.0) to agent asks for the cdev open path, but"
                + " on board vm-q35 (kernel 6.12.95+deb12-amd64) the kernel lacks vfio-cdev (CONFIG_VFIO_DEVICE_CDEV with iommufd): use"
                + " 'open group' (or 'open auto'), or a kernel built with it."), problems("assign edu0 to agent { open cdev }\n"));
    }

    @Test
    void unknownNamesSuggestTheClosest() {
        assertEquals(List.of(
                "c.assign:5:8: error: There is no device 'edu7' on board vm-q35: name a device by its model name, PCI address, sysfs name"
                        + " or device-tree path. Did you mean edu0 or edu1 or edu2?",
                "c.assign:6:26: error: The device edu0 (0000:00:05.0) has no region 'BAR1'; its regions are BAR0, CONFIG. Did you mean BAR0?",
                "c.assign:7:26: error: The device edu1 (0000:00:06.0) has no interrupt 'msix'; its interrupts are intx, msi, req. Did you mean msi?",
                "c.assign:8:16: error: There is no consumer 'drvr' in this config or its imports: declare it (vm drvr { ... }, userspace drvr,"
                        + " or probe drvr). Did you mean drv?",
                "c.assign:9:14: error: There is no IOMMU group 9 on board vm-q35: its groups are 0, 1, 2, 3, 4, 5, 6, 7."),
                problems("assign edu7 to drv\nassign edu0 to drv { map BAR1 }\nassign edu1 to drv { irq msix eventfd }\n"
                        + "assign edu2 to drvr\nassign group 9 to vm1\n"));
    }

    @Test
    void theModelsOwnChecksRunOnConfigsToo() {
        assertEquals(List.of("c.assign:5:33: error: In the assignment of device edu0 (0000:00:05.0) to drv, DMA window buf (iova 0x100,"
                + " size 0x1000) is not aligned to the 4 KiB page: the IOMMU maps whole pages; round iova down and size up."),
                problems("assign edu0 to drv { dma buf at 0x100 size 4 KiB }\n"));
    }
}
