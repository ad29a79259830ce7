package org.devassign.model.tests;

import static org.devassign.testing.TestBoards.board;
import static org.devassign.testing.TestBoards.igb;
import static org.devassign.testing.TestBoards.vf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.devassign.core.identity.PciAddress;
import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.DevAssignFactory;
import org.devassign.model.Device;
import org.devassign.model.PciDevice;
import org.devassign.model.Probe;
import org.devassign.model.Region;
import org.devassign.model.VirtualFunctions;
import org.devassign.model.facts.AssignedDevices;
import org.devassign.model.facts.DeviceFacts;
import org.devassign.model.facts.SriovFacts;
import org.devassign.model.io.BoardFiles;
import org.devassign.model.naming.Labels;
import org.devassign.model.validation.ModelProblem;
import org.devassign.model.validation.ModelValidation;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SR-IOV in the model: a PF's facts and its VFs (listed by the board, or made from the PF's facts
 * before they exist), what a VF assignment covers, and the invariants on counts, indexes and addresses.
 */
class SriovModelTest {

    private static final DevAssignFactory F = DevAssignFactory.eINSTANCE;

    @TempDir
    Path dir;

    private final Board board = board("lab");
    private final PciDevice nic = igb(board, "nic0", "0000:00:0c.0", 11);

    private Assignment vfs(AssignmentConfig config, int first, int last) {
        Probe probe = F.createProbe();
        probe.setName("agent");
        config.getConsumers().add(probe);
        Assignment assignment = F.createAssignment();
        assignment.setConsumer(probe);
        assignment.setPhysicalFunction(nic);
        assignment.setFirstVf(first);
        assignment.setLastVf(last);
        config.getAssignments().add(assignment);
        return assignment;
    }

    private AssignmentConfig config() {
        AssignmentConfig config = F.createAssignmentConfig();
        config.setName("c");
        config.setInlineBoard(board);
        return config;
    }

    @Test
    void vfsNotOnTheBoardAreMadeFromThePfsFactsOnceEach() {
        Assignment assignment = vfs(config(), 0, 2);
        List<Device> devices = List.copyOf(AssignedDevices.of(assignment));
        assertEquals(List.of("0000:00:1c.0", "0000:00:1c.2", "0000:00:1c.4"), devices.stream().map(Device::getSysfsName).toList());
        PciDevice vf2 = (PciDevice) devices.get(2);
        assertSame(nic, vf2.getPhysicalFunction());
        assertEquals(2, vf2.getVfIndex());
        assertEquals(0x10ca, vf2.getDeviceId());
        assertEquals(0x8086, vf2.getVendorId());
        assertTrue(SriovFacts.isMade(vf2));
        assertEquals(PciAddress.parse("0000:00:1c.4"), DeviceFacts.id(vf2).orElseThrow());
        assertEquals(List.of("flr"), vf2.getResetMethods(), "every VF has FLR");
        Region bar0 = vf2.getRegions().get(0);
        assertEquals(0x80000000L + 2 * 16 * 1024, bar0.getBase(), "VF 2's BAR0 is two VF BARs above VF 0's");
        assertEquals(16 * 1024, bar0.getSize());
        assertNull(vf2.getIommuGroup(), "its group is the kernel's to give when it creates it");
        assertEquals("device nic0-vf2 (0000:00:1c.4)", Labels.of(vf2));
        assertSame(vf2, List.copyOf(AssignedDevices.of(assignment)).get(2), "the same object each time");
        nic.getSriov().setVfStride(4);
        PciDevice moved = (PciDevice) List.copyOf(AssignedDevices.of(assignment)).get(2);
        assertNotSame(vf2, moved, "made again when the PF's facts change");
        assertEquals("0000:00:1d.0", moved.getSysfsName());
        assertEquals("assignment of VFs 0-2 of device nic0 (0000:00:0c.0) to agent", Labels.of(assignment));
    }

    @Test
    void vfsTheBoardListsAreThoseDevices() {
        PciDevice listed = vf(board, nic, 1, 18);
        nic.getSriov().setNumVfs(2);
        Assignment assignment = vfs(config(), 0, 1);
        List<Device> devices = List.copyOf(AssignedDevices.of(assignment));
        assertTrue(SriovFacts.isMade(devices.get(0)));
        assertSame(listed, devices.get(1));
        assertEquals(List.of(), problems(board));
    }

    @Test
    void aVfMustBeWhereItsPfPutsIt() {
        PciDevice listed = vf(board, nic, 1, 18);
        listed.setVfIndex(2);
        Diagnostic d = single(board, ModelProblem.VF_LINK);
        assertEquals("The device nic0v1 (0000:00:1c.2) is VF 2 of device nic0 (0000:00:0c.0), whose offset 128 and stride 2 put that"
                + " VF at 0000:00:1c.4: correct the VF's index or the PF's offset and stride.", d.getMessage());
        listed.setVfIndex(7);
        assertTrue(single(board, ModelProblem.VF_LINK).getMessage().contains("which can have 7 VFs (VF 0 to 6)"));
        listed.setVfIndex(1);
        nic.setSriov(null);
        assertTrue(single(board, ModelProblem.VF_LINK).getMessage().contains("has no SR-IOV capability in the model"));
    }

    @Test
    void countsAndLayoutsACapabilityCannotHoldAreErrors() {
        nic.getSriov().setNumVfs(8);
        assertTrue(single(board, ModelProblem.SRIOV_FACTS).getMessage().contains("8 VFs enabled of 7"));
        nic.getSriov().setNumVfs(0);
        nic.setBus(0xff);
        nic.setSysfsName("0000:ff:0c.0");
        nic.getSriov().setVfOffset(0x200);
        assertTrue(single(board, ModelProblem.SRIOV_FACTS).getMessage().contains("have no PCI addresses"));
    }

    @Test
    void aVfCreationAndAVfAssignmentStayWithinWhatThePfCanHave() {
        AssignmentConfig config = config();
        VirtualFunctions create = F.createVirtualFunctions();
        create.setPhysicalFunction(nic);
        create.setCount(8);
        config.getVirtualFunctions().add(create);
        assertEquals("The creation of 8 VFs on device nic0 (0000:00:0c.0) asks for 8: 8 VFs are more than the PF can have"
                + " (sriov_totalvfs 7). Ask for 1 to 7.", single(config, ModelProblem.VF_COUNT).getMessage());
        create.setCount(7);
        Assignment assignment = vfs(config, 5, 7);
        assertEquals("The assignment of VFs 5-7 of device nic0 (0000:00:0c.0) to agent takes VF 7, but device nic0 (0000:00:0c.0)"
                + " can have 7 VFs (VF 0 to 6): assign VFs within that range.", single(config, ModelProblem.VF_RANGE).getMessage());
        assignment.setLastVf(4);
        assertTrue(single(config, ModelProblem.VF_RANGE).getMessage().contains("names no VFs"));
        assignment.setLastVf(-1);
        assertEquals(List.of(), problems(config), "vf[5] alone");
        PciDevice plain = org.devassign.testing.TestBoards.pci(board, "edu0", "0000:00:05.0", 0xfe000000L);
        create.setPhysicalFunction(plain);
        assertTrue(single(config, ModelProblem.VF_COUNT).getMessage().contains("is no SR-IOV physical function"));
    }

    @Test
    void anSriovBoardSurvivesSaveAndLoad() throws Exception {
        vf(board, nic, 0, 17);
        nic.getSriov().setNumVfs(1);
        Path file = dir.resolve("lab.board");
        BoardFiles.save(board, file);
        Board loaded = BoardFiles.load(BoardFiles.newResourceSet(), file);
        PciDevice pf = (PciDevice) loaded.getDevices().get(0);
        PciDevice vf = (PciDevice) loaded.getDevices().get(1);
        assertSame(pf, vf.getPhysicalFunction());
        assertEquals(0, vf.getVfIndex());
        assertEquals(-1, pf.getVfIndex());
        assertEquals(1, pf.getSriov().getNumVfs());
        assertEquals(List.of("BAR0", "BAR3"), pf.getSriov().getVfRegions().stream().map(Region::getName).toList());
        assertEquals("region BAR3 (index 3) of each VF of device nic0 (0000:00:0c.0)", Labels.of(pf.getSriov().getVfRegions().get(1)));
        assertEquals(List.of(), problems(loaded));
    }

    private static List<Diagnostic> problems(EObject root) {
        return ModelValidation.problems(ModelValidation.validate(root), Diagnostic.WARNING);
    }

    private static Diagnostic single(EObject root, ModelProblem expected) {
        List<Diagnostic> problems = problems(root);
        assertEquals(1, problems.size(), "expected exactly one problem: " + problems);
        Diagnostic d = problems.get(0);
        assertEquals(expected, ModelProblem.ofCode(d.getCode()), d.getMessage());
        return d;
    }
}
