package org.devassign.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.devassign.agent.vfio.DeviceInfo;
import org.devassign.agent.vfio.IrqInfo;
import org.devassign.agent.vfio.RegionInfo;
import org.devassign.agent.vfio.SparseMmapArea;
import org.devassign.agent.vfio.VfioIoctls;
import org.junit.jupiter.api.Test;

/** What the info records make of the kernel's flags and capabilities (values as the board reported them). */
class VfioInfoTest {

    @Test
    void aSparseRegionIsMappedOnlyInsideItsAreas() {
        // A BAR with an MSI-X table in its middle: vfio-pci offers mmap around it through SPARSE_MMAP.
        RegionInfo bar = new RegionInfo(0, 15, 0x4000, 0, List.of(new SparseMmapArea(0, 0x1000),
                new SparseMmapArea(0x2000, 0x2000)), true, -1, -1);
        assertTrue(bar.mmappableAt(0xffc, 4));
        assertFalse(bar.mmappableAt(0xffe, 4), "crosses the end of the first area");
        assertFalse(bar.mmappableAt(0x1800, 4), "inside the hole: pread/pwrite");
        assertTrue(bar.mmappableAt(0x3ff8, 8));
        assertEquals("READ|WRITE|MMAP|CAPS", bar.flagNames());
    }

    @Test
    void aRegionWithoutMmapGoesThroughPread() {
        RegionInfo virtioMmio = new RegionInfo(0, VfioIoctls.REGION_FLAG_READ | VfioIoctls.REGION_FLAG_WRITE, 0x200, 0,
                List.of(), false, -1, -1);
        assertFalse(virtioMmio.mmappableAt(0, 4));
        assertTrue(virtioMmio.readable() && virtioMmio.writable());
        RegionInfo bar0 = new RegionInfo(0, 7, 0x100000, 0, List.of(), false, -1, -1);
        assertTrue(bar0.mmappableAt(0xffffc, 4));
        assertFalse(bar0.mmappableAt(0x100000, 4));
    }

    @Test
    void flagsAreNamedAsTheUapiHeaderNamesThem() {
        assertEquals("EVENTFD|MASKABLE|AUTOMASKED", new IrqInfo(0, 7, 1).flagNames());
        assertTrue(new IrqInfo(0, 7, 1).automasked());
        assertEquals("EVENTFD|NORESIZE", new IrqInfo(1, 9, 1).flagNames());
        assertEquals("PCI", new DeviceInfo(2, 9, 5).flagNames());
        assertEquals("RESET|PLATFORM", new DeviceInfo(5, 1, 1).flagNames());
        assertTrue(new DeviceInfo(5, 1, 1).resetSupported());
    }

    @Test
    void ioctlNumbersAreTheVfioTable() {
        assertEquals(0x3b64, VfioIoctls.VFIO_GET_API_VERSION);
        assertEquals(0x3b6a, VfioIoctls.VFIO_GROUP_GET_DEVICE_FD);
        assertEquals(0x3b76, VfioIoctls.VFIO_DEVICE_BIND_IOMMUFD);
        assertEquals(0x3b85, VfioIoctls.IOMMU_IOAS_MAP);
    }
}
