package org.devassign.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;

import org.devassign.agent.vfio.DeviceInfo;
import org.devassign.agent.vfio.DeviceIoctls;
import org.devassign.agent.vfio.IrqInfo;
import org.devassign.agent.vfio.RegionInfo;
import org.devassign.agent.vfio.SparseMmapArea;
import org.devassign.agent.vfio.VfioIoctls;
import org.junit.jupiter.api.Test;

/**
 * What the info records make of the kernel's flags and capabilities (values as the board reported
 * them), and the decoding of GET_REGION_INFO buffers laid out by hand as vfio.h lays them out:
 * struct vfio_region_info (32 bytes: argsz, flags, index, cap_offset, size at 16, offset at 24),
 * then capability headers (id u16, version u16, next u32) with their bodies.
 */
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
    void accessesNearTheEndOfTheAddressSpaceDoNotWrapIntoARegion() {
        RegionInfo bar0 = new RegionInfo(0, 7, 0x100000, 0, List.of(), false, -1, -1);
        assertFalse(bar0.mmappableAt(Long.MAX_VALUE - 1, 4));
        assertFalse(bar0.mmappableAt(-4, 4));
        RegionInfo sparse = new RegionInfo(0, 15, 0x4000, 0, List.of(new SparseMmapArea(0x2000, 0x2000)), true, -1, -1);
        assertFalse(sparse.mmappableAt(Long.MAX_VALUE - 1, 4));
        assertFalse(new SparseMmapArea(0x2000, 0x2000).contains(Long.MAX_VALUE - 1, 8));
        assertTrue(new SparseMmapArea(0x2000, Long.MAX_VALUE).contains(Long.MAX_VALUE - 1, 8), "inside a huge area");
        assertFalse(bar0.msixMappable(), "without the capability");
    }

    @Test
    void aRegionInfoBufferIsDecodedWithItsCapabilityChain() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment b = regionInfo(arena, 104, 0x4000, 0x20000000000L, 32);
            capability(b, 32, 2, 48); // TYPE: type 1, subtype 2
            b.set(JAVA_INT, 40, 1);
            b.set(JAVA_INT, 44, 2);
            capability(b, 48, 1, 96); // SPARSE_MMAP: 2 areas from 64
            b.set(JAVA_INT, 56, 2);
            b.set(JAVA_LONG, 64, 0);
            b.set(JAVA_LONG, 72, 0x1000);
            b.set(JAVA_LONG, 80, 0x2000);
            b.set(JAVA_LONG, 88, 0x2000);
            capability(b, 96, 3, 0); // MSIX_MAPPABLE, the end of the chain

            RegionInfo r = DeviceIoctls.decodeRegion(b, 0);

            assertEquals(new RegionInfo(0, 15, 0x4000, 0x20000000000L, List.of(new SparseMmapArea(0, 0x1000),
                    new SparseMmapArea(0x2000, 0x2000)), true, 1, 2, true), r);
            assertFalse(r.mmappableAt(0x1800, 4), "the hole between the areas");
        }
    }

    @Test
    void aBrokenCapabilityChainEndsTheDecodingInsteadOfReadingPastTheBuffer() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment looping = regionInfo(arena, 64, 0x1000, 0, 32);
            capability(looping, 32, 1, 32); // SPARSE_MMAP pointing at itself, claiming 1000 areas
            looping.set(JAVA_INT, 40, 1000);
            RegionInfo r = DeviceIoctls.decodeRegion(looping, 0);
            assertTrue(r.hasSparseCap());
            assertEquals(List.of(new SparseMmapArea(0, 0)), r.sparseAreas(), "only the area that fits in the buffer");
            assertEquals(-1, r.type());

            MemorySegment outside = regionInfo(arena, 40, 0x1000, 0, 36);
            capability(outside, 32, 2, 0); // a TYPE capability the chain does not reach: it starts at 36, past the end
            RegionInfo none = DeviceIoctls.decodeRegion(outside, 0);
            assertEquals(-1, none.type());
            assertFalse(none.hasSparseCap());
        }
    }

    /** struct vfio_region_info with READ|WRITE|MMAP|CAPS in a buffer of {@code size} bytes. */
    private static MemorySegment regionInfo(Arena arena, int size, long regionSize, long offset, int capOffset) {
        MemorySegment b = arena.allocate(size, 8);
        b.set(JAVA_INT, 0, size);
        b.set(JAVA_INT, 4, VfioIoctls.REGION_FLAG_READ | VfioIoctls.REGION_FLAG_WRITE | VfioIoctls.REGION_FLAG_MMAP
                | VfioIoctls.REGION_FLAG_CAPS);
        b.set(JAVA_INT, 12, capOffset);
        b.set(JAVA_LONG, 16, regionSize);
        b.set(JAVA_LONG, 24, offset);
        return b;
    }

    private static void capability(MemorySegment b, int at, int id, int next) {
        b.set(JAVA_SHORT, at, (short) id);
        b.set(JAVA_SHORT, at + 2, (short) 1);
        b.set(JAVA_INT, at + 4, next);
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
