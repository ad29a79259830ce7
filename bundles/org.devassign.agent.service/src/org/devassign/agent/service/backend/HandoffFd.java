package org.devassign.agent.service.backend;

import java.util.Map;

/**
 * A descriptor a consumer receives: its number in the agent, what it is ("device", "group",
 * "container"), and where each region starts in it (VFIO's region offsets, for pread/mmap).
 */
public record HandoffFd(int fd, String kind, Map<Integer, Long> regionOffsets) {
}
