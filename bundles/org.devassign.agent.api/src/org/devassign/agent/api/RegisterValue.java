package org.devassign.agent.api;

/** @param micros the time the agent spent on the access itself */
public record RegisterValue(String device, int region, long offset, int width, long value, double micros) {
}
