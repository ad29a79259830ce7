package org.devassign.agent.api;

import java.util.List;

/**
 * @param transaction the journal's transaction number
 * @param changed false when nothing had to be done (the same deployment again)
 * @param agentMillis the time the agent spent applying, without the network
 */
public record ApplyResult(long transaction, String config, boolean changed, List<Step> steps, List<DeviceState> devices,
        double agentMillis) {
}
