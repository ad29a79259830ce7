package org.devassign.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.model.IommuGroup;
import org.devassign.model.PciDevice;
import org.devassign.model.PlatformDevice;
import org.devassign.model.Protection;
import org.devassign.model.Region;
import org.devassign.model.io.BoardFiles;
import org.devassign.model.validation.ModelValidation;
import org.devassign.testing.RepoFiles;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

/** The hand-written example boards load, validate, and describe the virtual board of vmboard/. */
class ExampleBoardsTest {

    @Test
    void q35BoardHasFourEdusTwoOfThemSharingTheBridgesGroup() throws Exception {
        Board board = BoardFiles.load(RepoFiles.example("vm-q35.board"));
        assertEquals(List.of(), ModelValidation.problems(ModelValidation.validate(board), Diagnostic.WARNING));

        List<PciDevice> edus = board.getDevices().stream().filter(PciDevice.class::isInstance).map(PciDevice.class::cast)
                .filter(d -> d.getVendorId() == 0x1234 && d.getDeviceId() == 0x11e8).toList();
        assertEquals(4, edus.size());
        for (PciDevice edu : edus) {
            Region bar0 = edu.getRegions().get(0);
            assertEquals("BAR0", bar0.getName());
            assertEquals(1 << 20, bar0.getSize());
            assertTrue(bar0.isMmappable());
            assertEquals("ID", bar0.getRegisters().get(0).getName());
        }
        List<IommuGroup> shared = board.getIommuGroups().stream().filter(g -> g.getDevices().size() > 1)
                .filter(g -> g.getDevices().stream().anyMatch(edus::contains)).toList();
        assertEquals(1, shared.size(), "one group holds edus behind the bridge");
        IommuGroup group = shared.get(0);
        PciDevice bridge = (PciDevice) group.getDevices().stream().filter(d -> ((PciDevice) d).isBridge()).findFirst()
                .orElseThrow();
        assertNull(bridge.getDriver(), "the PCIe-to-PCI bridge has no host driver");
        assertEquals(2, bridge.getChildren().size());
        assertTrue(group.getDevices().containsAll(bridge.getChildren()));

        List<Device> protectedDevices = board.getDevices().stream().filter(d -> d.getProtection() != Protection.NONE).toList();
        assertEquals(3, protectedDevices.size(), "the NIC, the 9p root and the harness share are protected");
    }

    @Test
    void microvmBoardHasAPlatformDeviceThatCannotBeMmapped() throws Exception {
        Board board = BoardFiles.load(RepoFiles.example("vm-microvm.board"));
        assertEquals(List.of(), ModelValidation.problems(ModelValidation.validate(board), Diagnostic.WARNING));
        PlatformDevice rng = (PlatformDevice) board.getDevices().stream().filter(d -> "rng".equals(d.getName()))
                .findFirst().orElseThrow();
        Region reg = rng.getRegions().get(0);
        assertEquals(0x200, reg.getSize());
        assertFalse(reg.isMmappable(), "a 512-byte region is not page sized");
        assertTrue(rng.getIommuGroup().isNoIommu());
        assertTrue(rng.getInterrupts().get(0).isAutomasked());
    }
}
