package org.devassign.model.tests;

import static org.devassign.testing.TestBoards.board;
import static org.devassign.testing.TestBoards.group;
import static org.devassign.testing.TestBoards.pci;
import static org.devassign.testing.TestBoards.platform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.Bridges;
import org.devassign.core.rules.Vfio;
import org.devassign.model.Assignment;
import org.devassign.model.Board;
import org.devassign.model.DevAssignFactory;
import org.devassign.model.Device;
import org.devassign.model.FslMcContainer;
import org.devassign.model.IommuGroup;
import org.devassign.model.PciDevice;
import org.devassign.model.PlatformDevice;
import org.devassign.model.UserspaceDriver;
import org.devassign.model.VfioDriver;
import org.devassign.model.edit.ItemTexts;
import org.devassign.model.facts.AssignedDevices;
import org.devassign.model.facts.DeviceFacts;
import org.junit.jupiter.api.Test;

/** The model seen through the core: what the tree says about a device is what the validator and the agent decide. */
class DeviceFactsTest {

    private static final DevAssignFactory F = DevAssignFactory.eINSTANCE;

    private final Board board = board("b");
    private final PciDevice port = pci(board, "port", "0000:00:1c.0", 0xfe000000L);
    private final PciDevice nic = pci(board, "nic", "0000:01:00.0", 0xfe100000L);
    private final IommuGroup group = group(board, 3, port, nic);

    @Test
    void aBridgeByClassAloneIsShownAsOneAndAHostBridgeAsWhatItIs() {
        port.setClassCode(0x060400);
        assertFalse(port.isBridge());
        assertTrue(DeviceFacts.isBridge(port) && Bridges.isPciBridge(port.getClassCode(), -1));
        assertEquals("port  0000:00:1c.0  [1234:11e8] bridge  (no driver)", ItemTexts.device(port));
        port.setDriver("pcieport");
        assertTrue(DeviceFacts.isIdleBridge(port), "pcieport leaves the group viable");
        nic.setClassCode(0x060000);
        assertEquals("nic  0000:01:00.0  [1234:11e8] host bridge  (no driver)", ItemTexts.device(nic));
        assertFalse(DeviceFacts.isBridge(nic));
    }

    @Test
    void anAssignmentShowsTheDriverTheBusGets() {
        FslMcContainer dprc = F.createFslMcContainer();
        dprc.setName("dprc2");
        dprc.setSysfsName("dprc.2");
        board.getDevices().add(dprc);
        UserspaceDriver drv = F.createUserspaceDriver();
        drv.setName("drv");
        Assignment toDpdk = F.createAssignment();
        toDpdk.setDevice(dprc);
        toDpdk.setConsumer(drv);
        assertEquals("dprc2 -> drv  (auto: vfio-fsl-mc, open auto)", ItemTexts.assignment(toDpdk));
        assertEquals(Vfio.FSL_MC, DeviceFacts.vfio(dprc));
        Assignment wholeGroup = F.createAssignment();
        wholeGroup.setGroup(group);
        wholeGroup.setConsumer(drv);
        assertEquals("IOMMU group 3 -> drv  (auto: vfio-pci, open auto)", ItemTexts.assignment(wholeGroup));
        wholeGroup.setDriver(VfioDriver.VFIO_PCI);
        assertEquals("IOMMU group 3 -> drv  (vfio-pci, open auto)", ItemTexts.assignment(wholeGroup));
        assertEquals(List.of(port, nic), List.copyOf(AssignedDevices.of(wholeGroup)), "the group's members in the board's order");
    }

    @Test
    void aDeviceIsKnownByItsCanonicalIdentityOrSaysWhyNot() {
        assertEquals(Optional.of(DeviceId.parse("0000:00:1c.0")), DeviceFacts.id(port));
        nic.setSysfsName(null);
        assertEquals(Optional.of(DeviceId.parse("0000:01:00.0")), DeviceFacts.id(nic), "a PCI function without a name has its address");
        PlatformDevice odd = platform(board, "odd", "0000:00:05.0", 0xfe200000L, 4096);
        assertEquals(Optional.empty(), DeviceFacts.id(odd));
        assertEquals(Optional.of("'0000:00:05.0' names a PCI device, but the board model has a platform device there: name a device as the"
                + " kernel does, without a path: a PCI address such as 0000:00:05.0, a platform device such as LNRO0005:00 or"
                + " fe300000.serial, or an fsl-mc object such as dprc.1"), DeviceFacts.nameProblem(odd));
        Device hostile = platform(board, "hostile", "a/../0000:00:03.0", 0xfe300000L, 4096);
        assertTrue(DeviceFacts.nameProblem(hostile).orElseThrow().startsWith("'a/../0000:00:03.0' is not a device name"),
                DeviceFacts.nameProblem(hostile).toString());
        assertEquals(Optional.empty(), DeviceFacts.member(hostile), "no identity, no member of a group to judge");
    }
}
