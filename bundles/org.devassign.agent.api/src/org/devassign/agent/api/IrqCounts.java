package org.devassign.agent.api;

import java.util.List;
import java.util.Map;

import org.devassign.core.identity.DeviceId;

/**
 * Interrupt counts of a device since the agent opened it.
 *
 * @param counts per interrupt index ("0" = INTx, "2" = MSI-X on PCI), the sum over its vectors
 * @param vectors per interrupt index, the count of each vector (MSI and MSI-X have many; INTx one); may be absent
 */
public record IrqCounts(DeviceId device, Map<String, Long> counts, boolean last, Map<String, List<Long>> vectors) {

    public IrqCounts(DeviceId device, Map<String, Long> counts, boolean last) {
        this(device, counts, last, Map.of());
    }
}
