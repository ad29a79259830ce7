package org.devassign.agent.service.backend;

import java.util.List;
import java.util.Map;

/** An open device: register access, interrupt counts and the descriptors a consumer can be handed. */
public interface DeviceHandle extends AutoCloseable {

    long read(int region, long offset, int width) throws BackendException;

    void write(int region, long offset, int width, long value) throws BackendException;

    /** Size of a region, to check accesses before they reach the device. */
    long regionSize(int region) throws BackendException;

    /** Interrupts seen per index since the open (all vectors of the index together). */
    Map<Integer, Long> irqCounts();

    /** Interrupts seen per index and vector since the open; a device with one vector per index answers the totals. */
    default Map<Integer, long[]> irqVectorCounts() {
        Map<Integer, long[]> out = new java.util.LinkedHashMap<>();
        irqCounts().forEach((index, count) -> out.put(index, new long[] { count }));
        return out;
    }

    /** File descriptors to hand to a local consumer (the VFIO device fd first), with what each is. */
    List<HandoffFd> handoffFds();

    @Override
    void close();
}
