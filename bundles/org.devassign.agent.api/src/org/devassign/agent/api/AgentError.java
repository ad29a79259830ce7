package org.devassign.agent.api;

import org.devassign.core.identity.DeviceId;

/**
 * The data of an agent error: which device and request it is about, so a client can name the model
 * element and the config line; and the kernel's own words as a detail.
 */
public record AgentError(DeviceId device, String source, String detail) {

    public static final AgentError NONE = new AgentError(null, null, null);
}
