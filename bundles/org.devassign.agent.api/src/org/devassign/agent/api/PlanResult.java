package org.devassign.agent.api;

import java.util.List;

import org.devassign.core.identity.DeviceId;

/**
 * @param steps what apply would do, in order; empty when the board already is as requested
 * @param unchanged devices the agent already holds as requested
 * @param notes what the client should know (a device taken as it is, objects that follow their container)
 * @param losses what the host loses, per device the plan takes from a host driver (its block devices, interfaces)
 */
public record PlanResult(String config, List<Step> steps, List<DeviceId> unchanged, List<String> notes, List<HostLoss> losses) {

    public PlanResult(String config, List<Step> steps, List<DeviceId> unchanged, List<String> notes) {
        this(config, steps, unchanged, notes, List.of());
    }
}
