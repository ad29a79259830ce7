package org.devassign.agent.service.backend;

import org.devassign.core.identity.DeviceId;

/** What a device was on before the agent took it: its driver (null = none) and driver_override (null = none). */
public record DriverState(DeviceId device, String driver, String override) {
}
