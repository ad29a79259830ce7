package org.devassign.agent.vfio;

import java.lang.foreign.MemorySegment;

/**
 * Anonymous, page-aligned memory mapped for device DMA at an IOVA (type1 MAP_DMA or iommufd
 * IOAS_MAP). Closing unmaps it from the IOMMU and from the process.
 */
public final class DmaBuffer implements AutoCloseable {

    private final OpenedDevice device;
    private final MemorySegment memory;
    private final long iova;
    private boolean closed;

    DmaBuffer(OpenedDevice device, MemorySegment memory, long iova) {
        this.device = device;
        this.memory = memory;
        this.iova = iova;
    }

    public MemorySegment memory() {
        return memory;
    }

    public long iova() {
        return iova;
    }

    public long size() {
        return memory.byteSize();
    }

    boolean markClosed() {
        boolean was = closed;
        closed = true;
        return !was;
    }

    @Override
    public void close() {
        device.unmapDma(this);
    }
}
