package org.devassign.agent.api;

/** A device as the agent sees it now: its driver, whether the agent holds it open, who it is for. */
public record DeviceState(String device, String label, String driver, boolean open, String consumer, String savedDriver) {
}
