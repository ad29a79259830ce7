package org.devassign.agent.api;

/** @param millis how long to watch; @param intervalMillis how often to send counts */
public record WatchRequest(String device, long millis, long intervalMillis) {
}
