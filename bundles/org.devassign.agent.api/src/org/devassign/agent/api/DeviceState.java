package org.devassign.agent.api;

import org.devassign.core.identity.DeviceId;

/**
 * A device as the agent sees it now: its driver (any kernel driver's name, null for none), whether
 * the agent holds it open, who it is for, and the driver it goes back to.
 */
public record DeviceState(DeviceId device, String label, String driver, boolean open, ConsumerName consumer, String savedDriver) {
}
