package org.devassign.agent.vfio;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.devassign.agent.AgentException;
import org.devassign.agent.nativeio.LibC;
import org.devassign.agent.nativeio.NativeException;

/**
 * Register access to the regions of one opened device, for {@link OpenedDevice}, which checks the
 * access first: through an mmap of the region (or of each of its sparse areas) where the kernel
 * allows mmap at the offset, mapped on first use and kept until {@link #unmapAll()}; elsewhere with
 * pread/pwrite on the device fd at the region's offset. Values are little-endian and zero-extended,
 * mmapped accesses volatile (device registers, not memory).
 */
final class DeviceRegions {

    private static final VarHandle U8 = JAVA_BYTE.varHandle();
    private static final VarHandle U16 = JAVA_SHORT.varHandle();
    private static final VarHandle U32 = JAVA_INT.varHandle();
    private static final VarHandle U64 = JAVA_LONG.varHandle();

    /** One mmap: where in the region it starts, and the memory. */
    private record Mapping(long regionOffset, MemorySegment memory) {

        boolean covers(long offset, int width) {
            return offset >= regionOffset && offset - regionOffset <= memory.byteSize() - width;
        }
    }

    private final String name;
    private final int fd;
    /** By region index: the whole region, or one mapping per sparse area. */
    private final Map<Integer, List<Mapping>> mappings = new HashMap<>();

    DeviceRegions(String name, int fd) {
        this.name = name;
        this.fd = fd;
    }

    long read(RegionInfo r, long offset, int width) throws AgentException {
        Mapping m = mapped(r, offset, width);
        if (m != null) {
            long at = offset - m.regionOffset();
            return switch (width) {
                case 1 -> Byte.toUnsignedLong((byte) U8.getVolatile(m.memory(), at));
                case 2 -> Short.toUnsignedLong((short) U16.getVolatile(m.memory(), at));
                case 4 -> Integer.toUnsignedLong((int) U32.getVolatile(m.memory(), at));
                default -> (long) U64.getVolatile(m.memory(), at);
            };
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(width, width);
            long n = LibC.pread(fd, buf, r.offset() + offset, "pread");
            if (n != width) {
                throw new AgentException("Reading " + width + " bytes at " + hex(offset) + " of region " + r.index() + " of "
                        + name + " returned " + n + " bytes: the kernel does not serve this access width here.");
            }
            return switch (width) {
                case 1 -> Byte.toUnsignedLong(buf.get(JAVA_BYTE, 0));
                case 2 -> Short.toUnsignedLong(buf.get(JAVA_SHORT, 0));
                case 4 -> Integer.toUnsignedLong(buf.get(JAVA_INT, 0));
                default -> buf.get(JAVA_LONG, 0);
            };
        } catch (NativeException e) {
            throw new AgentException("Reading region " + r.index() + " of " + name + " at " + hex(offset) + " failed: "
                    + e.getMessage(), e);
        }
    }

    void write(RegionInfo r, long offset, int width, long value) throws AgentException {
        Mapping m = mapped(r, offset, width);
        if (m != null) {
            long at = offset - m.regionOffset();
            switch (width) {
                case 1 -> U8.setVolatile(m.memory(), at, (byte) value);
                case 2 -> U16.setVolatile(m.memory(), at, (short) value);
                case 4 -> U32.setVolatile(m.memory(), at, (int) value);
                default -> U64.setVolatile(m.memory(), at, value);
            }
            return;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(width, width);
            switch (width) {
                case 1 -> buf.set(JAVA_BYTE, 0, (byte) value);
                case 2 -> buf.set(JAVA_SHORT, 0, (short) value);
                case 4 -> buf.set(JAVA_INT, 0, (int) value);
                default -> buf.set(JAVA_LONG, 0, value);
            }
            long n = LibC.pwrite(fd, buf, r.offset() + offset, "pwrite");
            if (n != width) {
                throw new AgentException("Writing " + width + " bytes at " + hex(offset) + " of region " + r.index() + " of "
                        + name + " wrote " + n + " bytes: the kernel does not serve this access width here.");
            }
        } catch (NativeException e) {
            throw new AgentException("Writing region " + r.index() + " of " + name + " at " + hex(offset) + " failed: "
                    + e.getMessage(), e);
        }
    }

    /** Whether an access at this offset goes through mmap (mapping the region now if it may). */
    boolean isMmapped(RegionInfo r, long offset, int width) throws AgentException {
        return mapped(r, offset, width) != null;
    }

    /** Maps the region (whole, or its sparse areas) now rather than on first access. */
    void map(RegionInfo r) throws AgentException {
        long at = r.hasSparseCap() && !r.sparseAreas().isEmpty() ? r.sparseAreas().get(0).offset() : 0;
        mapped(r, at, 1);
    }

    /** The mapping covering the access, mapping the region (or its sparse areas) on first use; null: use pread/pwrite. */
    private Mapping mapped(RegionInfo r, long offset, int width) throws AgentException {
        if (!r.mmappableAt(offset, width)) {
            return null;
        }
        List<Mapping> maps = mappings.get(r.index());
        if (maps == null) {
            maps = mapRegion(r);
            mappings.put(r.index(), maps);
        }
        for (Mapping m : maps) {
            if (m.covers(offset, width)) {
                return m;
            }
        }
        return null;
    }

    private List<Mapping> mapRegion(RegionInfo r) throws AgentException {
        List<Mapping> maps = new ArrayList<>();
        int prot = (r.readable() ? LibC.PROT_READ : 0) | (r.writable() ? LibC.PROT_WRITE : 0);
        try {
            if (r.hasSparseCap()) {
                for (SparseMmapArea a : r.sparseAreas()) {
                    if (a.size() > 0) {
                        maps.add(new Mapping(a.offset(), LibC.mmap(fd, a.size(), prot, LibC.MAP_SHARED, r.offset() + a.offset(),
                                "mmap")));
                    }
                }
            } else {
                maps.add(new Mapping(0, LibC.mmap(fd, r.size(), prot, LibC.MAP_SHARED, r.offset(), "mmap")));
            }
            return maps;
        } catch (NativeException e) {
            maps.forEach(m -> LibC.munmap(m.memory()));
            throw new AgentException("Mapping region " + r.index() + " of " + name + " (" + hex(r.size()) + " bytes, flags "
                    + r.flagNames() + ") failed: " + e.getMessage(), e);
        }
    }

    void unmapAll() {
        for (List<Mapping> maps : mappings.values()) {
            maps.forEach(m -> LibC.munmap(m.memory()));
        }
        mappings.clear();
    }

    /** Mappings held. */
    int count() {
        return mappings.values().stream().mapToInt(List::size).sum();
    }

    static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }
}
