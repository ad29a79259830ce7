package org.devassign.agent.service.backend;

import java.util.List;
import java.util.Map;

/** An open device: register access, interrupt counts and the descriptors a consumer can be handed. */
public interface DeviceHandle extends AutoCloseable {

    long read(int region, long offset, int width) throws BackendException;

    void write(int region, long offset, int width, long value) throws BackendException;

    /** Size of a region, to check accesses before they reach the device. */
    long regionSize(int region) throws BackendException;

    /** Interrupts seen per index since the open. */
    Map<Integer, Long> irqCounts();

    /** File descriptors to hand to a local consumer (the VFIO device fd first), with what each is. */
    List<HandoffFd> handoffFds();

    @Override
    void close();
}
