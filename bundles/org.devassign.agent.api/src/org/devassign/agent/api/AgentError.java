package org.devassign.agent.api;

/**
 * The data of an agent error: which device (sysfs name) and request it is about, so a client can
 * name the model element and the config line; and the kernel's own words as a detail.
 */
public record AgentError(String device, String source, String detail) {
}
