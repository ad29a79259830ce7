package org.devassign.model.tests;

import static org.devassign.testing.TestBoards.board;
import static org.devassign.testing.TestBoards.group;
import static org.devassign.testing.TestBoards.pci;
import static org.devassign.testing.TestBoards.platform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.DevAssignFactory;
import org.devassign.model.DmaWindow;
import org.devassign.model.IrqBinding;
import org.devassign.model.PciDevice;
import org.devassign.model.PlatformDevice;
import org.devassign.model.Region;
import org.devassign.model.RegionKind;
import org.devassign.model.RegionMapping;
import org.devassign.model.Register;
import org.devassign.model.UserspaceDriver;
import org.devassign.model.VmGuest;
import org.devassign.model.validation.ModelProblem;
import org.devassign.model.validation.ModelValidation;
import org.devassign.testing.TestBoards;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/** Each constraint fires on the element it names, with a message that says what to do. */
class ValidationTest {

    private static final DevAssignFactory F = DevAssignFactory.eINSTANCE;

    private final Board board = board("test");
    private final PciDevice edu = pci(board, "edu0", "0000:00:02.0", 0xfea00000L);
    private final PciDevice other = pci(board, "edu1", "0000:00:03.0", 0xfeb00000L);

    {
        group(board, 3, edu);
        group(board, 4, other);
    }

    @Test
    void aConsistentBoardHasNoProblems() {
        assertEquals(List.of(), problems(board));
    }

    @Test
    void duplicateDeviceNamesAreNamed() {
        other.setName("edu0");
        Diagnostic d = single(board, ModelProblem.DUPLICATE_NAME);
        assertSame(other, d.getData().get(0));
        assertTrue(d.getMessage().contains("'edu0' (0000:00:02.0 and 0000:00:03.0)"), d.getMessage());
        assertTrue(d.getMessage().contains("give each device a unique name"), d.getMessage());
    }

    @Test
    void kernelNamesAreComparedAsIdentities() {
        for (String spelling : List.of("dprc.1", "dprc.01")) {
            org.devassign.model.FslMcContainer dprc = F.createFslMcContainer();
            dprc.setName("c" + spelling.length());
            dprc.setSysfsName(spelling);
            board.getDevices().add(dprc);
        }
        Diagnostic d = single(board, ModelProblem.DUPLICATE_SYSFS_NAME);
        assertTrue(d.getMessage().contains("Devices c6 and c7 both claim the kernel name dprc.1"), d.getMessage());
    }

    @Test
    void pciAddressMustMatchKernelName() {
        edu.setSysfsName("0000:00:09.0");
        Diagnostic d = single(board, ModelProblem.PCI_ADDRESS_MISMATCH);
        assertTrue(d.getMessage().contains("0000:00:02.0"), d.getMessage());
    }

    @Test
    void regionIndexesAreUnique() {
        edu.getRegions().add(TestBoards.region(0, "BAR0bis", RegionKind.MMIO, 0xfec00000L, 4096, true));
        Diagnostic d = single(board, ModelProblem.DUPLICATE_REGION_INDEX);
        assertTrue(d.getMessage().contains("share index 0"), d.getMessage());
        assertTrue(d.getMessage().contains("edu0"), d.getMessage());
    }

    @Test
    void interruptIndexesAreUnique() {
        var second = F.createInterrupt();
        second.setIndex(0);
        edu.getInterrupts().add(second);
        single(board, ModelProblem.DUPLICATE_INTERRUPT_INDEX);
    }

    @Test
    void sizesArePositive() {
        Region bar = edu.getRegions().get(0);
        bar.setSize(0);
        Diagnostic d = single(board, ModelProblem.NON_POSITIVE_SIZE);
        assertSame(bar, d.getData().get(0));
        assertTrue(d.getMessage().contains("region BAR0 (index 0) of device edu0 (0000:00:02.0)"), d.getMessage());
    }

    @Test
    void mmappableNeedsAPageAlignedBase() {
        edu.getRegions().get(0).setBase(0xfea00800L);
        Diagnostic d = single(board, ModelProblem.MMAP_MISALIGNED);
        assertTrue(d.getMessage().contains("its base 0xfea00800 is not aligned to the 4 KiB page"), d.getMessage());
        assertTrue(d.getMessage().contains("Clear 'mmappable'"), d.getMessage());
    }

    @Test
    void mmappablePlatformRegionNeedsAPageSizedSize() {
        PlatformDevice rng = platform(board, "rng", "LNRO0005:00", 0xfeb00000L, 0x200);
        Region reg = rng.getRegions().get(0);
        reg.setMmappable(true);
        Diagnostic d = single(board, ModelProblem.MMAP_MISALIGNED);
        assertSame(reg, d.getData().get(0));
        assertTrue(d.getMessage().contains("its size 0x200 is not a multiple of the 4 KiB page"), d.getMessage());
    }

    @Test
    void subPagePciBarOnAPageBoundaryMayBeMmapped() {
        edu.getRegions().get(0).setSize(256);
        assertEquals(List.of(), problems(board));
    }

    @Test
    void portIoIsNeverMmappable() {
        Region io = TestBoards.region(2, "BAR2", RegionKind.PIO, 0xc000, 0x20, true);
        edu.getRegions().add(io);
        Diagnostic d = single(board, ModelProblem.MMAP_PORT_IO);
        assertTrue(d.getMessage().contains("I/O-port region"), d.getMessage());
    }

    @Test
    void sparseAreasStayInsideTheirRegion() {
        var area = F.createSparseArea();
        area.setOffset(0x800);
        area.setSize(0x1000);
        edu.getRegions().get(0).getSparseAreas().add(area);
        single(board, ModelProblem.SPARSE_AREA_OUTSIDE);
    }

    @Test
    void registersFitTheirRegion() {
        Register register = F.createRegister();
        register.setName("LATE");
        register.setOffset(0xffe);
        register.setWidth(32);
        edu.getRegions().get(0).getRegisters().add(register);
        Diagnostic d = single(board, ModelProblem.REGISTER_OUTSIDE);
        assertTrue(d.getMessage().contains("Register LATE"), d.getMessage());
    }

    @Test
    void aRegisterNearTheTopOfTheAddressSpaceDoesNotWrapIntoRange() {
        Register register = F.createRegister();
        register.setName("WRAP");
        register.setOffset(Long.MAX_VALUE - 3); // aligned to 4; offset + 4 overflows to a negative number
        register.setWidth(32);
        edu.getRegions().get(0).getRegisters().add(register);
        Diagnostic d = single(board, ModelProblem.REGISTER_OUTSIDE);
        assertTrue(d.getMessage().contains("Register WRAP"), d.getMessage());
    }

    @Test
    void intxHasAtMostOneVector() {
        edu.getInterrupts().get(0).setCount(2);
        single(board, ModelProblem.INTERRUPT_COUNT);
    }

    @Test
    void aDeviceMustBeListedByItsGroup() {
        board.getIommuGroups().get(1).getDevices().clear();
        Diagnostic d = single(board, ModelProblem.GROUP_MEMBERSHIP);
        assertSame(other, d.getData().get(0));
        assertTrue(d.getMessage().contains("names IOMMU group 4 as its group, but the group does not list it"),
                d.getMessage());
    }

    @Test
    void aGroupMayListOnlyItsOwnDevices() {
        board.getIommuGroups().get(0).getDevices().add(other);
        Diagnostic d = single(board, ModelProblem.GROUP_MEMBERSHIP);
        assertSame(board.getIommuGroups().get(0), d.getData().get(0));
        assertTrue(d.getMessage().contains("IOMMU group 3 lists device edu1 (0000:00:03.0), but the device names IOMMU group 4"),
                d.getMessage());
    }

    @Test
    void groupIdsAreUnique() {
        board.getIommuGroups().get(1).setId(3);
        single(board, ModelProblem.DUPLICATE_GROUP_ID);
    }

    @Test
    void pageSizeIsAPowerOfTwo() {
        board.setPageSize(5000);
        single(board, ModelProblem.PAGE_SIZE);
    }

    @Test
    void assignmentsStayWithinWhatTheyAssign() {
        AssignmentConfig config = F.createAssignmentConfig();
        config.setName("cfg");
        config.setInlineBoard(board);
        UserspaceDriver driver = F.createUserspaceDriver();
        driver.setName("drv");
        config.getConsumers().add(driver);
        Assignment assignment = F.createAssignment();
        assignment.setConsumer(driver);
        assignment.setDevice(edu);
        RegionMapping foreign = F.createRegionMapping();
        foreign.setRegion(other.getRegions().get(0));
        assignment.getRegions().add(foreign);
        IrqBinding tooMany = F.createIrqBinding();
        tooMany.setInterrupt(edu.getInterrupts().get(0));
        tooMany.setCount(4);
        assignment.getIrqs().add(tooMany);
        DmaWindow misaligned = F.createDmaWindow();
        misaligned.setIova(0x1000_0800L);
        misaligned.setSize(0x1000);
        assignment.getDmaWindows().add(misaligned);
        config.getAssignments().add(assignment);

        List<Diagnostic> problems = problems(config);
        assertEquals(List.of(ModelProblem.FOREIGN_REGION, ModelProblem.DMA_WINDOW_MISALIGNED, ModelProblem.IRQ_RANGE),
                problems.stream().map(p -> ModelProblem.ofCode(p.getCode())).toList(), problems.toString());
        assertTrue(problems.get(0).getMessage().contains("region BAR0 (index 0) of device edu1 (0000:00:03.0)"));
        assertTrue(problems.get(2).getMessage().contains("the interrupt has 1 vector"), problems.get(2).getMessage());
    }

    @Test
    void anAssignmentNamesExactlyOneTarget() {
        AssignmentConfig config = F.createAssignmentConfig();
        config.setInlineBoard(board);
        Assignment both = F.createAssignment();
        both.setDevice(edu);
        both.setGroup(board.getIommuGroups().get(0));
        config.getAssignments().add(both);
        Diagnostic d = single(config, ModelProblem.ASSIGNMENT_TARGET);
        assertTrue(d.getMessage().contains("not both"), d.getMessage());
    }

    @Test
    void aVmHasMemoryAndAVcpuAndNamesToolVersions() {
        AssignmentConfig config = F.createAssignmentConfig();
        config.setName("cfg");
        VmGuest vm = F.createVmGuest();
        vm.setName("guest");
        config.getConsumers().add(vm);
        Diagnostic none = single(config, ModelProblem.VM_MEMORY);
        assertEquals("The VM guest guest states no memory: QEMU and libvirt need the guest's RAM. Write 'memory 256 MiB' (or what the"
                + " guest needs) in its block.", none.getMessage());
        vm.setMemorySize(0);
        assertTrue(single(config, ModelProblem.VM_MEMORY).getMessage().startsWith("The VM guest guest has 0 bytes of memory"));
        vm.setMemorySize((256L << 20) + 1);
        assertTrue(single(config, ModelProblem.VM_MEMORY).getMessage().contains("not a whole number of MiB"));
        vm.setMemorySize(256L << 20);
        assertEquals("7.2", vm.getQemuVersion(), "the default: Debian 12's QEMU");
        assertEquals("9.0", vm.getLibvirtVersion(), "the default: Debian 12's libvirt");
        assertEquals(List.of(), problems(config));
        vm.setVcpus(0);
        single(config, ModelProblem.VM_VCPUS);
        vm.setVcpus(2);
        vm.setLibvirtVersion("nine");
        assertEquals("The VM guest guest names libvirt version 'nine', which is no version: write MAJOR.MINOR or MAJOR.MINOR.PATCH"
                + " (libvirt \"9.0\").", single(config, ModelProblem.TOOL_VERSION).getMessage());
    }

    @Test
    void aDriverRunsAsALinuxIdAndListensOnAnAbsoluteSocketPath() {
        AssignmentConfig config = F.createAssignmentConfig();
        config.setName("cfg");
        UserspaceDriver driver = F.createUserspaceDriver();
        driver.setName("drv");
        config.getConsumers().add(driver);
        driver.setUid(0xfffffffeL);
        driver.setGid(1L << 31);
        assertEquals(List.of(), problems(config), "every id up to 2^32-2 is a Linux id");
        driver.setUid(0xffffffffL);
        assertTrue(single(config, ModelProblem.UNIX_ID).getMessage().contains("which is (uid_t)-1"));
        driver.setUid(-1);
        assertTrue(single(config, ModelProblem.UNIX_ID).getMessage().contains("has uid -1: Linux ids are 32-bit"));
        driver.setUid(1000);
        driver.setSocketPath("drv.sock");
        assertTrue(single(config, ModelProblem.SOCKET_PATH).getMessage().contains("is relative"));
        driver.setSocketPath("/run/" + "x".repeat(103));
        assertTrue(single(config, ModelProblem.SOCKET_PATH).getMessage().contains("is 108 bytes long, and a Unix socket's path holds at most 107"));
        driver.setSocketPath("/run/" + "x".repeat(102));
        assertEquals(List.of(), problems(config), "107 bytes fit sun_path with its NUL");
        driver.setSocketPath("/run/\u001b[2J.sock");
        assertEquals("The socket path '/run/\\x1b[2J.sock' of the user-space driver drv holds control characters: write a plain absolute path,"
                + " e.g. \"/run/devassign/consumers/drv.sock\".", single(config, ModelProblem.SOCKET_PATH).getMessage());
    }

    @Test
    void everyProblemHasAStableKey() {
        for (ModelProblem problem : ModelProblem.values()) {
            assertSame(problem, ModelProblem.ofCode(problem.code()));
            assertTrue(problem.key().matches("model\\.[a-z-]+"), problem.key());
        }
    }

    private static List<Diagnostic> problems(EObject root) {
        return ModelValidation.problems(ModelValidation.validate(root), Diagnostic.WARNING);
    }

    private static Diagnostic single(EObject root, ModelProblem expected) {
        List<Diagnostic> problems = problems(root);
        assertEquals(1, problems.size(), "expected exactly one problem: " + problems);
        Diagnostic d = problems.get(0);
        assertEquals(expected, ModelProblem.ofCode(d.getCode()), d.getMessage());
        assertEquals(Diagnostic.ERROR, d.getSeverity());
        return d;
    }
}
