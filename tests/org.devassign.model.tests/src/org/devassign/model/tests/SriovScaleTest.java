package org.devassign.model.tests;

import static org.devassign.testing.TestBoards.board;
import static org.devassign.testing.TestBoards.igb;
import static org.devassign.testing.TestBoards.vf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.DevAssignFactory;
import org.devassign.model.Device;
import org.devassign.model.PciDevice;
import org.devassign.model.Probe;
import org.devassign.model.VirtualFunctions;
import org.devassign.model.facts.AssignedDevices;
import org.devassign.model.facts.SriovFacts;
import org.devassign.model.impl.PciDeviceImpl;
import org.devassign.model.validation.ModelValidation;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/**
 * The VFs of an assignment are found by an index of the board, not by a scan of the board per VF:
 * at 2,000 VFs the scan read every device's name and PF link about two million times. Counted, not
 * timed: the reads of the board's devices (their names and VF links) while the assignment's devices
 * are listed and while the config is validated, per device of the board.
 */
class SriovScaleTest {

    private static final DevAssignFactory F = DevAssignFactory.eINSTANCE;
    private static final int VFS = 2_000;

    /** A PCI function that counts the reads a VF lookup makes of it. */
    private static final class CountingPci extends PciDeviceImpl {
        static long reads;

        @Override
        public String getSysfsName() {
            reads++;
            return super.getSysfsName();
        }

        @Override
        public PciDevice getPhysicalFunction() {
            reads++;
            return super.getPhysicalFunction();
        }
    }

    /** A config that creates and assigns {@code VFS} VFs of an igb whose board lists every one. */
    private static Assignment allVfs() {
        Board plain = board("lab");
        PciDevice nic = igb(plain, "nic0", "0000:00:0c.0", 1);
        nic.getSriov().setTotalVfs(VFS);
        nic.getSriov().setNumVfs(VFS);
        for (int index = 0; index < VFS; index++) {
            vf(plain, nic, index, 2 + index);
        }
        EcoreUtil.Copier copier = new EcoreUtil.Copier() {
            private static final long serialVersionUID = 1L;

            @Override
            protected EObject createCopy(EObject original) {
                return original instanceof PciDevice ? new CountingPci() : super.createCopy(original);
            }
        };
        Board board = (Board) copier.copy(plain);
        copier.copyReferences();
        AssignmentConfig config = F.createAssignmentConfig();
        config.setName("scale");
        config.setInlineBoard(board);
        Probe probe = F.createProbe();
        probe.setName("agent");
        config.getConsumers().add(probe);
        VirtualFunctions create = F.createVirtualFunctions();
        create.setPhysicalFunction(board.getDevices().get(0));
        create.setCount(VFS);
        config.getVirtualFunctions().add(create);
        Assignment assignment = F.createAssignment();
        assignment.setConsumer(probe);
        assignment.setPhysicalFunction((PciDevice) board.getDevices().get(0));
        assignment.setFirstVf(0);
        assignment.setLastVf(VFS - 1);
        config.getAssignments().add(assignment);
        return assignment;
    }

    @Test
    void listingTwoThousandVfsReadsEachDeviceAFewTimes() {
        Assignment assignment = allVfs();
        Board board = ((AssignmentConfig) assignment.eContainer()).getInlineBoard();
        CountingPci.reads = 0;
        List<Device> vfs = List.copyOf(AssignedDevices.of(assignment));
        long reads = CountingPci.reads;
        assertEquals(VFS, vfs.size());
        assertSame(board.getDevices().get(VFS), vfs.get(VFS - 1), "the board's own VF, not one made from the PF's facts");
        assertFalse(vfs.stream().anyMatch(SriovFacts::isMade));
        int devices = board.getDevices().size();
        assertTrue(reads <= 10L * devices, reads + " reads of " + devices + " devices to list " + VFS + " VFs");

        CountingPci.reads = 0;
        AssignedDevices.of(assignment);
        assertTrue(CountingPci.reads <= 5L * VFS, CountingPci.reads + " reads to list them again, with the board unchanged");

        PciDevice last = (PciDevice) board.getDevices().get(VFS);
        board.getDevices().remove(last);
        assertTrue(SriovFacts.isMade(List.copyOf(AssignedDevices.of(assignment)).get(VFS - 1)),
                "a VF the board no longer lists is made from the PF's facts");
        board.getDevices().add(last);
        assertSame(last, List.copyOf(AssignedDevices.of(assignment)).get(VFS - 1), "and the board's again once it lists it");
    }

    @Test
    void validatingTwoThousandVfsReadsEachDeviceAFewTimes() {
        Assignment assignment = allVfs();
        Board board = ((AssignmentConfig) assignment.eContainer()).getInlineBoard();
        CountingPci.reads = 0;
        Diagnostic result = ModelValidation.validate(assignment.eContainer());
        long reads = CountingPci.reads;
        assertEquals(List.of(), ModelValidation.problems(result, Diagnostic.WARNING));
        int devices = board.getDevices().size();
        assertTrue(reads <= 40L * devices, reads + " reads of " + devices + " devices to validate " + VFS + " VFs");
    }
}
