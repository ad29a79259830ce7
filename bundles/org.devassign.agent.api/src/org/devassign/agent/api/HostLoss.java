package org.devassign.agent.api;

import java.util.List;

import org.devassign.core.identity.DeviceId;

/**
 * What the host loses when a device leaves its host driver, as the agent found it on the board.
 *
 * @param driver the host driver it leaves
 * @param loses the block devices, interfaces and consoles that go with it ("/dev/nvme0n1 (64 MiB disk)", "interface eth1")
 * @param inUse how the host uses them now, one sentence each ("holds /dev/nvme0n1, mounted on /data"); empty when nothing runs on them
 */
public record HostLoss(DeviceId device, String label, String driver, List<String> loses, List<String> inUse) {
}
