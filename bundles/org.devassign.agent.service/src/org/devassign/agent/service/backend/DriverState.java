package org.devassign.agent.service.backend;

/** What a device was on before the agent took it: its driver (null = none) and driver_override (null = none). */
public record DriverState(String device, String driver, String override) {
}
