package org.devassign.agent.api;

import org.devassign.core.identity.DeviceId;

/** @param micros the time the agent spent on the access itself */
public record RegisterValue(DeviceId device, int region, long offset, int width, long value, double micros) {
}
