package org.devassign.agent.api;

import org.devassign.core.identity.DeviceId;

/** @param millis how long to watch; @param intervalMillis how often to send counts */
public record WatchRequest(DeviceId device, long millis, long intervalMillis) {
}
