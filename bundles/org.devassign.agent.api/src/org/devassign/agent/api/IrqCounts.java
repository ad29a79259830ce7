package org.devassign.agent.api;

import java.util.Map;

import org.devassign.core.identity.DeviceId;

/** Interrupt counts per interrupt index ("0" = INTx on PCI) of a device since the agent opened it. */
public record IrqCounts(DeviceId device, Map<String, Long> counts, boolean last) {
}
