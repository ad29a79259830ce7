package org.devassign.agent.vfio;

import static org.devassign.agent.vfio.DeviceRegions.hex;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.devassign.agent.AgentException;
import org.devassign.agent.nativeio.LibC;
import org.devassign.agent.nativeio.NativeException;
import org.devassign.core.rules.RegionAccess;
import org.devassign.model.OpenPath;

/**
 * A device opened through VFIO: the handle the caller works with. It holds the device fd and what
 * hangs on it: its info, regions and IRQs as the kernel reported them at open ({@link DeviceIoctls}
 * decodes them), register access ({@link DeviceRegions}: mmap where allowed, else pread/pwrite),
 * interrupts through eventfds, DMA through its {@link IommuDomain}, reset. {@link #close()} releases
 * every mapping, eventfd and descriptor it holds (the device fd first, then group/container or
 * iommufd), also what the caller did not close. Not thread-safe: one owner at a time.
 */
public final class OpenedDevice implements AutoCloseable {

    private final String name;
    private final String bus;
    private final OpenPath path;
    private final String group;
    private final int fd;
    private final IommuDomain domain;
    private final DeviceInfo info;
    private final List<RegionInfo> regions;
    private final List<IrqInfo> irqs;
    private final DeviceRegions access;
    private final Set<IrqEventfd> irqHandles = new LinkedHashSet<>();
    private final Set<IrqVectors> vectorHandles = new LinkedHashSet<>();
    private final Set<DmaBuffer> dmaBuffers = new LinkedHashSet<>();
    private boolean closed;

    OpenedDevice(String name, String bus, OpenPath path, String group, int fd, IommuDomain domain) throws NativeException {
        this.name = name;
        this.bus = bus;
        this.path = path;
        this.group = group;
        this.fd = fd;
        this.domain = domain;
        this.info = DeviceIoctls.info(fd);
        this.regions = DeviceIoctls.regions(fd, info.numRegions());
        this.irqs = DeviceIoctls.irqs(fd, info.numIrqs());
        this.access = new DeviceRegions(name, fd);
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
        return access.read(accessible(region, offset, width, false), offset, width);
    }

    /** Writes the low width bytes of value at offset in the region (mmap where allowed, else pwrite). */
    public void write(int region, long offset, int width, long value) throws AgentException {
        access.write(accessible(region, offset, width, true), offset, width, value);
    }

    /** Whether an access at this offset goes through mmap (true) or pread/pwrite (false). */
    public boolean isMmapped(int region, long offset, int width) throws AgentException {
        checkOpen();
        return access.isMmapped(region(region), offset, width);
    }

    /** Maps the region (whole, or its sparse areas) now rather than on first access. */
    public void mmapRegion(int region) throws AgentException {
        checkOpen();
        RegionInfo r = region(region);
        if (!r.mmappable()) {
            throw new AgentException("Region " + region + " of " + name + " cannot be mmapped (kernel flags "
                    + r.flagNames() + "): use read/write, which go through pread/pwrite.");
        }
        access.map(r);
    }

    /** The region, when the access is one the kernel serves: {@link RegionAccess} decides width, alignment and bounds. */
    private RegionInfo accessible(int region, long offset, int width, boolean write) throws AgentException {
        checkOpen();
        RegionInfo r = region(region);
        Optional<String> refusal = RegionAccess.refusal(offset, width, r.size());
        if (refusal.isPresent()) {
            throw new AgentException("The access to region " + region + " of " + name + " is refused: " + refusal.get()
                    + ". Use a width of 1, 2, 4 or 8 bytes at an offset aligned to it, inside the region.");
        }
        if (write ? !r.writable() : !r.readable()) {
            throw new AgentException("Region " + region + " of " + name + " is not " + (write ? "writable" : "readable")
                    + " (kernel flags " + r.flagNames() + "): the kernel refuses this access.");
        }
        return r;
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
        try {
            DeviceIoctls.triggerEventfd(fd, index, efd);
        } catch (NativeException e) {
            LibC.close(efd);
            throw new AgentException("Connecting IRQ index " + index + " of " + name + " to an eventfd failed: "
                    + e.getMessage() + ". For MSI the device's bus mastering may be off, or the index is in use.", e);
        }
        IrqEventfd handle = new IrqEventfd(this, index, efd);
        irqHandles.add(handle);
        return handle;
    }

    /** The most vectors one index may signal (PCI allows 2048 MSI-X vectors per function). */
    public static final int MAX_VECTORS = 2048;

    /**
     * Signals a new eventfd for every vector of the index: all the MSI or MSI-X vectors the kernel
     * offers (its IRQ info count), the one of INTx or a platform IRQ.
     */
    public IrqVectors enableIrqVectors(int index) throws AgentException {
        checkOpen();
        IrqInfo irq = irq(index);
        if (irq.count() <= 0 || !irq.eventfd()) {
            throw new AgentException("IRQ index " + index + " of " + name + " cannot signal an eventfd (count "
                    + irq.count() + ", flags " + irq.flagNames() + "): choose another index.");
        }
        if (irq.count() > MAX_VECTORS) {
            throw new AgentException("IRQ index " + index + " of " + name + " reports " + irq.count() + " vectors, more than the "
                    + MAX_VECTORS + " a PCI function can have: the kernel's report is not believable.");
        }
        int[] fds = new int[irq.count()];
        int made = 0;
        try {
            for (; made < fds.length; made++) {
                fds[made] = LibC.eventfd(0, LibC.EFD_CLOEXEC | LibC.EFD_NONBLOCK);
            }
        } catch (NativeException e) {
            for (int i = 0; i < made; i++) {
                LibC.close(fds[i]);
            }
            throw new AgentException("Creating " + fds.length + " eventfds for IRQ index " + index + " of " + name + " failed after "
                    + made + ": " + e.getMessage() + ". Raise the agent's open-file limit (LimitNOFILE).", e);
        }
        try {
            DeviceIoctls.triggerEventfds(fd, index, fds);
        } catch (NativeException e) {
            for (int efd : fds) {
                LibC.close(efd);
            }
            throw new AgentException("Connecting the " + fds.length + " vectors of IRQ index " + index + " of " + name
                    + " to eventfds failed: " + e.getMessage() + ". For MSI and MSI-X the index may be in use by another index"
                    + " (INTx, MSI and MSI-X exclude each other).", e);
        }
        IrqVectors handle = new IrqVectors(this, index, fds);
        vectorHandles.add(handle);
        return handle;
    }

    void vectorsClosed(IrqVectors handle) {
        if (vectorHandles.remove(handle) && !closed) {
            try {
                disableIrq(handle.index());
            } catch (AgentException e) {
                // the eventfds are closed next; the kernel drops its references with the device fd at the latest
            }
        }
    }

    /** Fires one vector of the index from the kernel side (DATA_NONE | TRIGGER at start {@code vector}). */
    public void triggerIrq(int index, int vector) throws AgentException {
        checkOpen();
        try {
            DeviceIoctls.triggerVector(fd, index, vector);
        } catch (NativeException e) {
            throw new AgentException("Could not trigger vector " + vector + " of IRQ index " + index + " of " + name + ": " + e.getMessage(), e);
        }
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
        try {
            DeviceIoctls.irqAction(fd, index, action, count);
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
            DeviceIoctls.reset(fd);
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
        for (IrqVectors h : new ArrayList<>(vectorHandles)) {
            h.close();
        }
        for (DmaBuffer b : new ArrayList<>(dmaBuffers)) {
            unmapDma(b);
        }
        access.unmapAll();
        closed = true;
        LibC.close(fd);
        domain.close();
    }

    /** Mappings and eventfds still held (0 after close): for tests of the release paths. */
    public int heldResources() {
        return irqHandles.size() + vectorHandles.size() + dmaBuffers.size() + access.count();
    }

    @Override
    public String toString() {
        return name + " (" + bus + ", " + path.getLiteral() + ", " + domain.describe() + ")";
    }
}
