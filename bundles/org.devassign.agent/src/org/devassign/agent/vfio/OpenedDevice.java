package org.devassign.agent.vfio;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;
import static org.devassign.agent.vfio.VfioStructs.getInt;
import static org.devassign.agent.vfio.VfioStructs.getLong;
import static org.devassign.agent.vfio.VfioStructs.setInt;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.devassign.agent.AgentException;
import org.devassign.agent.nativeio.LibC;
import org.devassign.agent.nativeio.NativeException;
import org.devassign.core.rules.RegionAccess;
import org.devassign.model.OpenPath;

/**
 * A device opened through VFIO: its info, regions and IRQs as the kernel reported them at open,
 * register access, interrupts through eventfds, DMA, reset. {@link #close()} releases every mapping,
 * eventfd and descriptor it holds (the device fd first, then group/container or iommufd), also what
 * the caller did not close. Not thread-safe: one owner at a time.
 */
public final class OpenedDevice implements AutoCloseable {

    private static final VarHandle U8 = JAVA_BYTE.varHandle();
    private static final VarHandle U16 = JAVA_SHORT.varHandle();
    private static final VarHandle U32 = JAVA_INT.varHandle();
    private static final VarHandle U64 = JAVA_LONG.varHandle();

    private final String name;
    private final String bus;
    private final OpenPath path;
    private final String group;
    private final int fd;
    private final IommuDomain domain;
    private final DeviceInfo info;
    private final List<RegionInfo> regions;
    private final List<IrqInfo> irqs;
    /** Mapped regions (whole region, or per sparse area), by region index. */
    private final Map<Integer, List<Mapping>> mappings = new HashMap<>();
    private final Set<IrqEventfd> irqHandles = new LinkedHashSet<>();
    private final Set<DmaBuffer> dmaBuffers = new LinkedHashSet<>();
    private boolean closed;

    private record Mapping(long regionOffset, MemorySegment memory) {
    }

    OpenedDevice(String name, String bus, OpenPath path, String group, int fd, IommuDomain domain) throws NativeException {
        this.name = name;
        this.bus = bus;
        this.path = path;
        this.group = group;
        this.fd = fd;
        this.domain = domain;
        this.info = queryInfo(fd);
        List<RegionInfo> r = new ArrayList<>();
        for (int i = 0; i < info.numRegions(); i++) {
            r.add(queryRegionOrAbsent(fd, i));
        }
        this.regions = Collections.unmodifiableList(r);
        List<IrqInfo> q = new ArrayList<>();
        for (int i = 0; i < info.numIrqs(); i++) {
            q.add(queryIrqOrAbsent(fd, i));
        }
        this.irqs = Collections.unmodifiableList(q);
    }

    // ---- what the kernel reported ----------------------------------------------------------------

    /** The kernel's name of the device: PCI address or platform device name. */
    public String name() {
        return name;
    }

    /** "pci" or "platform". */
    public String bus() {
        return bus;
    }

    /** The path used: {@link OpenPath#GROUP} or {@link OpenPath#CDEV}, never AUTO. */
    public OpenPath openPath() {
        return path;
    }

    /** The group node under /dev/vfio ("4", "noiommu-0"), or null on the cdev path. */
    public String group() {
        return group;
    }

    /** "container, TYPE1v2 IOMMU", "container, no-IOMMU mode", "iommufd, IOAS 2". */
    public String iommu() {
        return domain.describe();
    }

    public int fd() {
        return fd;
    }

    public DeviceInfo info() {
        return info;
    }

    public List<RegionInfo> regions() {
        return regions;
    }

    public List<IrqInfo> irqs() {
        return irqs;
    }

    public RegionInfo region(int index) throws AgentException {
        if (index < 0 || index >= regions.size()) {
            throw new AgentException(name + " has no region index " + index + " (the kernel reports "
                    + regions.size() + " regions): use an index below " + regions.size() + ".");
        }
        return regions.get(index);
    }

    public IrqInfo irq(int index) throws AgentException {
        if (index < 0 || index >= irqs.size()) {
            throw new AgentException(name + " has no IRQ index " + index + " (the kernel reports " + irqs.size()
                    + " IRQ indexes): use an index below " + irqs.size() + ".");
        }
        return irqs.get(index);
    }

    /** Usable IOVA ranges of the IOMMU (empty in no-IOMMU mode or when the kernel reports none). */
    public List<IovaRange> iovaRanges() throws AgentException {
        try {
            return domain.iovaRanges();
        } catch (NativeException e) {
            throw new AgentException("Reading the IOVA ranges of " + name + " (" + domain.describe() + ") failed: "
                    + e.getMessage(), e);
        }
    }

    // ---- register access ------------------------------------------------------------------------

    /**
     * Reads width bytes (1, 2, 4 or 8, little-endian, zero-extended) at offset in the region: through
     * the mmap of the region where the kernel allows mmap there, else with pread on the device fd.
     */
    public long read(int region, long offset, int width) throws AgentException {
        RegionInfo r = accessible(region, offset, width, false);
        MemorySegment m = mapped(r, offset, width);
        if (m != null) {
            long at = offset - mappingStart(r, offset);
            return switch (width) {
            case 1 -> Byte.toUnsignedLong((byte) U8.getVolatile(m, at));
            case 2 -> Short.toUnsignedLong((short) U16.getVolatile(m, at));
            case 4 -> Integer.toUnsignedLong((int) U32.getVolatile(m, at));
            default -> (long) U64.getVolatile(m, at);
            };
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(width, width);
            long n = LibC.pread(fd, buf, r.offset() + offset, "pread");
            if (n != width) {
                throw new AgentException("Reading " + width + " bytes at " + hex(offset) + " of region " + region + " of "
                        + name + " returned " + n + " bytes: the kernel does not serve this access width here.");
            }
            return switch (width) {
            case 1 -> Byte.toUnsignedLong(buf.get(JAVA_BYTE, 0));
            case 2 -> Short.toUnsignedLong(buf.get(JAVA_SHORT, 0));
            case 4 -> Integer.toUnsignedLong(buf.get(JAVA_INT, 0));
            default -> buf.get(JAVA_LONG, 0);
            };
        } catch (NativeException e) {
            throw new AgentException("Reading region " + region + " of " + name + " at " + hex(offset) + " failed: "
                    + e.getMessage(), e);
        }
    }

    /** Writes the low width bytes of value at offset in the region (mmap where allowed, else pwrite). */
    public void write(int region, long offset, int width, long value) throws AgentException {
        RegionInfo r = accessible(region, offset, width, true);
        MemorySegment m = mapped(r, offset, width);
        if (m != null) {
            long at = offset - mappingStart(r, offset);
            switch (width) {
            case 1 -> U8.setVolatile(m, at, (byte) value);
            case 2 -> U16.setVolatile(m, at, (short) value);
            case 4 -> U32.setVolatile(m, at, (int) value);
            default -> U64.setVolatile(m, at, value);
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
                throw new AgentException("Writing " + width + " bytes at " + hex(offset) + " of region " + region + " of "
                        + name + " wrote " + n + " bytes: the kernel does not serve this access width here.");
            }
        } catch (NativeException e) {
            throw new AgentException("Writing region " + region + " of " + name + " at " + hex(offset) + " failed: "
                    + e.getMessage(), e);
        }
    }

    /** Whether an access at this offset goes through mmap (true) or pread/pwrite (false). */
    public boolean isMmapped(int region, long offset, int width) throws AgentException {
        RegionInfo r = region(region);
        return r.mmappableAt(offset, width) && mapped(r, offset, width) != null;
    }

    private RegionInfo accessible(int region, long offset, int width, boolean write) throws AgentException {
        checkOpen();
        RegionInfo r = region(region);
        // the core's rule, overflow-safe: an offset near 2^63 plus the width must not wrap into the region
        String refusal = RegionAccess.refusal(offset, width, r.size()).orElse(null);
        if (refusal != null) {
            throw new AgentException("Region " + region + " of " + name + " refuses the access: " + refusal
                    + ". Use width 1, 2, 4 or 8 at an aligned offset below " + hex(r.size()) + ".");
        }
        if (write ? !r.writable() : !r.readable()) {
            throw new AgentException("Region " + region + " of " + name + " is not " + (write ? "writable" : "readable")
                    + " (kernel flags " + r.flagNames() + "): the kernel refuses this access.");
        }
        return r;
    }

    /** The mapping covering the access, mapping the region (or its sparse area) on first use. */
    private MemorySegment mapped(RegionInfo r, long offset, int width) throws AgentException {
        if (!r.mmappableAt(offset, width)) {
            return null;
        }
        List<Mapping> maps = mappings.get(r.index());
        if (maps == null) {
            maps = new ArrayList<>();
            int prot = (r.readable() ? LibC.PROT_READ : 0) | (r.writable() ? LibC.PROT_WRITE : 0);
            try {
                if (r.hasSparseCap()) {
                    for (SparseMmapArea a : r.sparseAreas()) {
                        if (a.size() > 0) {
                            maps.add(new Mapping(a.offset(), LibC.mmap(fd, a.size(), prot, LibC.MAP_SHARED,
                                    r.offset() + a.offset(), "mmap")));
                        }
                    }
                } else {
                    maps.add(new Mapping(0, LibC.mmap(fd, r.size(), prot, LibC.MAP_SHARED, r.offset(), "mmap")));
                }
            } catch (NativeException e) {
                maps.forEach(m -> LibC.munmap(m.memory()));
                throw new AgentException("Mapping region " + r.index() + " of " + name + " (" + hex(r.size())
                        + " bytes, flags " + r.flagNames() + ") failed: " + e.getMessage(), e);
            }
            mappings.put(r.index(), maps);
        }
        for (Mapping m : maps) {
            if (offset >= m.regionOffset() && offset - m.regionOffset() <= m.memory().byteSize() - width) { // no sum to overflow
                return m.memory();
            }
        }
        return null;
    }

    private long mappingStart(RegionInfo r, long offset) {
        for (Mapping m : mappings.get(r.index())) {
            if (offset >= m.regionOffset() && offset < m.regionOffset() + m.memory().byteSize()) {
                return m.regionOffset();
            }
        }
        return 0;
    }

    /** Maps the region (whole, or its sparse areas) now rather than on first access. */
    public void mmapRegion(int region) throws AgentException {
        RegionInfo r = region(region);
        if (!r.mmappable()) {
            throw new AgentException("Region " + region + " of " + name + " cannot be mmapped (kernel flags "
                    + r.flagNames() + "): use read/write, which go through pread/pwrite.");
        }
        long at = r.hasSparseCap() && !r.sparseAreas().isEmpty() ? r.sparseAreas().get(0).offset() : 0;
        mapped(r, at, 1);
    }

    // ---- interrupts -----------------------------------------------------------------------------

    /** Signals a new eventfd for sub-IRQ 0 of the index (INTx, MSI vector 0, a platform IRQ). */
    public IrqEventfd enableIrq(int index) throws AgentException {
        checkOpen();
        IrqInfo irq = irq(index);
        if (irq.count() == 0 || !irq.eventfd()) {
            throw new AgentException("IRQ index " + index + " of " + name + " cannot signal an eventfd (count "
                    + irq.count() + ", flags " + irq.flagNames() + "): choose another index.");
        }
        int efd;
        try {
            efd = LibC.eventfd(0, LibC.EFD_CLOEXEC | LibC.EFD_NONBLOCK);
        } catch (NativeException e) {
            throw new AgentException("Creating an eventfd for IRQ index " + index + " of " + name + " failed: "
                    + e.getMessage(), e);
        }
        try (Arena arena = Arena.ofConfined()) {
            StructLayout l = VfioStructs.VFIO_IRQ_SET;
            MemorySegment s = arena.allocate(l.byteSize() + 4, 4);
            setInt(s, l, "argsz", (int) s.byteSize());
            setInt(s, l, "flags", VfioIoctls.IRQ_SET_DATA_EVENTFD | VfioIoctls.IRQ_SET_ACTION_TRIGGER);
            setInt(s, l, "index", index);
            setInt(s, l, "start", 0);
            setInt(s, l, "count", 1);
            s.set(JAVA_INT, l.byteSize(), efd);
            LibC.ioctl(fd, VfioIoctls.VFIO_DEVICE_SET_IRQS, s, "VFIO_DEVICE_SET_IRQS");
        } catch (NativeException e) {
            LibC.close(efd);
            throw new AgentException("Connecting IRQ index " + index + " of " + name + " to an eventfd failed: "
                    + e.getMessage() + ". For MSI the device's bus mastering may be off, or the index is in use.", e);
        }
        IrqEventfd handle = new IrqEventfd(this, index, efd);
        irqHandles.add(handle);
        return handle;
    }

    public void unmaskIrq(int index) throws AgentException {
        irqAction(index, VfioIoctls.IRQ_SET_ACTION_UNMASK, 1, "unmask");
    }

    public void maskIrq(int index) throws AgentException {
        irqAction(index, VfioIoctls.IRQ_SET_ACTION_MASK, 1, "mask");
    }

    /** Fires the index's eventfd from the kernel side (loopback test of the signalling path). */
    public void triggerIrq(int index) throws AgentException {
        irqAction(index, VfioIoctls.IRQ_SET_ACTION_TRIGGER, 1, "trigger");
    }

    /** Disables the index: DATA_NONE | TRIGGER with count 0. */
    public void disableIrq(int index) throws AgentException {
        irqAction(index, VfioIoctls.IRQ_SET_ACTION_TRIGGER, 0, "disable");
    }

    private void irqAction(int index, int action, int count, String what) throws AgentException {
        checkOpen();
        try (Arena arena = Arena.ofConfined()) {
            StructLayout l = VfioStructs.VFIO_IRQ_SET;
            MemorySegment s = arena.allocate(l);
            setInt(s, l, "argsz", (int) l.byteSize());
            setInt(s, l, "flags", VfioIoctls.IRQ_SET_DATA_NONE | action);
            setInt(s, l, "index", index);
            setInt(s, l, "count", count);
            LibC.ioctl(fd, VfioIoctls.VFIO_DEVICE_SET_IRQS, s, "VFIO_DEVICE_SET_IRQS");
        } catch (NativeException e) {
            throw new AgentException("Could not " + what + " IRQ index " + index + " of " + name + ": " + e.getMessage(), e);
        }
    }

    void irqClosed(IrqEventfd handle) {
        if (irqHandles.remove(handle) && !closed) {
            try {
                disableIrq(handle.index());
            } catch (AgentException e) {
                // the eventfd is closed next; the kernel drops its reference with the device fd at the latest
            }
        }
    }

    // ---- DMA ------------------------------------------------------------------------------------

    /** Allocates size bytes (a multiple of the page size) and maps them for the device at iova. */
    public DmaBuffer mapDma(long iova, long size) throws AgentException {
        checkOpen();
        if (!domain.canMapDma()) {
            throw new AgentException(name + " is open in no-IOMMU mode: the kernel cannot map DMA for it. "
                    + "Give the device physical addresses, or use a board with an IOMMU.");
        }
        MemorySegment memory;
        try {
            memory = LibC.mmap(-1, size, LibC.PROT_READ | LibC.PROT_WRITE, LibC.MAP_PRIVATE | LibC.MAP_ANONYMOUS, 0,
                    "mmap anonymous");
        } catch (NativeException e) {
            throw new AgentException("Allocating " + size + " bytes of DMA memory for " + name + " failed: "
                    + e.getMessage(), e);
        }
        try {
            domain.map(memory.address(), iova, size);
        } catch (NativeException e) {
            LibC.munmap(memory);
            throw new AgentException("Mapping " + hex(size) + " bytes at IOVA " + hex(iova) + " for " + name + " ("
                    + domain.describe() + ") failed: " + e.getMessage()
                    + ". Use a page-aligned IOVA and size inside the IOMMU's IOVA ranges.", e);
        }
        DmaBuffer buffer = new DmaBuffer(this, memory, iova);
        dmaBuffers.add(buffer);
        return buffer;
    }

    void unmapDma(DmaBuffer buffer) {
        if (!buffer.markClosed()) {
            return;
        }
        dmaBuffers.remove(buffer);
        try {
            domain.unmap(buffer.iova(), buffer.size());
        } catch (NativeException e) {
            // the mapping goes away with the container/IOAS when the device closes
        }
        LibC.munmap(buffer.memory());
    }

    // ---- reset ----------------------------------------------------------------------------------

    public boolean resetSupported() {
        return info.resetSupported();
    }

    public void reset() throws AgentException {
        checkOpen();
        if (!info.resetSupported()) {
            throw new AgentException(name + " offers no reset (VFIO device flags " + info.flagNames()
                    + "): reset it by rebinding its driver or by a bus reset of its slot.");
        }
        try {
            LibC.ioctl(fd, VfioIoctls.VFIO_DEVICE_RESET, 0L, "VFIO_DEVICE_RESET");
        } catch (NativeException e) {
            throw new AgentException("Reset of " + name + " failed: " + e.getMessage(), e);
        }
    }

    // ---- closing --------------------------------------------------------------------------------

    public boolean isClosed() {
        return closed;
    }

    private void checkOpen() throws AgentException {
        if (closed) {
            throw new AgentException(name + " was closed: open it again.");
        }
    }

    /** Releases everything: eventfds, DMA, region mappings, the device fd, then group/container or iommufd. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        for (IrqEventfd h : new ArrayList<>(irqHandles)) {
            h.close();
        }
        for (DmaBuffer b : new ArrayList<>(dmaBuffers)) {
            unmapDma(b);
        }
        for (List<Mapping> maps : mappings.values()) {
            maps.forEach(m -> LibC.munmap(m.memory()));
        }
        mappings.clear();
        closed = true;
        LibC.close(fd);
        domain.close();
    }

    /** Mappings and eventfds still held (0 after close): for tests of the release paths. */
    public int heldResources() {
        return irqHandles.size() + dmaBuffers.size() + mappings.values().stream().mapToInt(List::size).sum();
    }

    @Override
    public String toString() {
        return name + " (" + bus + ", " + path.getLiteral() + ", " + domain.describe() + ")";
    }

    // ---- info queries ---------------------------------------------------------------------------

    static DeviceInfo queryInfo(int fd) throws NativeException {
        StructLayout l = VfioStructs.VFIO_DEVICE_INFO;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(l);
            setInt(s, l, "argsz", (int) l.byteSize());
            LibC.ioctl(fd, VfioIoctls.VFIO_DEVICE_GET_INFO, s, "VFIO_DEVICE_GET_INFO");
            return new DeviceInfo(getInt(s, l, "flags"), getInt(s, l, "num_regions"), getInt(s, l, "num_irqs"));
        }
    }

    /** vfio-pci answers EINVAL for indexes the device lacks (VGA on a non-VGA device): size 0, no flags. */
    static RegionInfo queryRegionOrAbsent(int fd, int index) throws NativeException {
        try {
            return queryRegion(fd, index);
        } catch (NativeException e) {
            if (e.errno() != 22) {
                throw e;
            }
            return new RegionInfo(index, 0, 0, 0, List.of(), false, -1, -1);
        }
    }

    static IrqInfo queryIrqOrAbsent(int fd, int index) throws NativeException {
        try {
            return queryIrq(fd, index);
        } catch (NativeException e) {
            if (e.errno() != 22) {
                throw e;
            }
            return new IrqInfo(index, 0, 0);
        }
    }

    /** GET_REGION_INFO; when the kernel asks for a larger argsz (capabilities), asks again with it. */
    static RegionInfo queryRegion(int fd, int index) throws NativeException {
        StructLayout l = VfioStructs.VFIO_REGION_INFO;
        try (Arena arena = Arena.ofConfined()) {
            long size = l.byteSize();
            MemorySegment s;
            while (true) {
                s = arena.allocate(size, 8);
                setInt(s, l, "argsz", (int) size);
                setInt(s, l, "index", index);
                LibC.ioctl(fd, VfioIoctls.VFIO_DEVICE_GET_REGION_INFO, s, "VFIO_DEVICE_GET_REGION_INFO");
                long wanted = Integer.toUnsignedLong(getInt(s, l, "argsz"));
                if (wanted <= size) {
                    break;
                }
                size = wanted;
            }
            int flags = getInt(s, l, "flags");
            List<SparseMmapArea> areas = new ArrayList<>();
            boolean sparse = false;
            int type = -1;
            int subtype = -1;
            if ((flags & VfioIoctls.REGION_FLAG_CAPS) != 0) {
                int first = getInt(s, l, "cap_offset");
                MemorySegment cap = Capabilities.find(s, first, VfioIoctls.REGION_CAP_SPARSE_MMAP);
                if (cap != null) {
                    sparse = true;
                    StructLayout c = VfioStructs.VFIO_REGION_INFO_CAP_SPARSE_MMAP;
                    int n = getInt(cap, c, "nr_areas");
                    for (int i = 0; i < n; i++) {
                        long at = c.byteSize() + i * VfioStructs.VFIO_REGION_SPARSE_MMAP_AREA.byteSize();
                        areas.add(new SparseMmapArea(cap.get(ValueLayout.JAVA_LONG_UNALIGNED, at), cap.get(ValueLayout.JAVA_LONG_UNALIGNED, at + 8)));
                    }
                }
                MemorySegment t = Capabilities.find(s, first, VfioIoctls.REGION_CAP_TYPE);
                if (t != null) {
                    type = getInt(t, VfioStructs.VFIO_REGION_INFO_CAP_TYPE, "type");
                    subtype = getInt(t, VfioStructs.VFIO_REGION_INFO_CAP_TYPE, "subtype");
                }
            }
            return new RegionInfo(index, flags, getLong(s, l, "size"), getLong(s, l, "offset"), List.copyOf(areas),
                    sparse, type, subtype);
        }
    }

    static IrqInfo queryIrq(int fd, int index) throws NativeException {
        StructLayout l = VfioStructs.VFIO_IRQ_INFO;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(l);
            setInt(s, l, "argsz", (int) l.byteSize());
            setInt(s, l, "index", index);
            LibC.ioctl(fd, VfioIoctls.VFIO_DEVICE_GET_IRQ_INFO, s, "VFIO_DEVICE_GET_IRQ_INFO");
            return new IrqInfo(index, getInt(s, l, "flags"), getInt(s, l, "count"));
        }
    }

    static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }
}
