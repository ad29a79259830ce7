package org.devassign.core.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.devassign.core.identity.DeviceId;

/**
 * The devices a board never gives away, each with its reason, keyed by canonical identity: a name
 * spelled differently ({@code ./0000:00:1f.2}) cannot slip past, because it never becomes a
 * {@link DeviceId}. Built by whoever knows the board (the agent from mounts and routes, the board
 * model from its protection attributes, the agent's config from policy.protect).
 */
public final class ProtectionPolicy {

    private static final ProtectionPolicy NONE = new ProtectionPolicy(Map.of());

    private final Map<DeviceId, Protection> reasons;

    private ProtectionPolicy(Map<DeviceId, Protection> reasons) {
        this.reasons = reasons;
    }

    public static ProtectionPolicy none() {
        return NONE;
    }

    public static ProtectionPolicy of(Map<DeviceId, Protection> reasons) {
        return new ProtectionPolicy(Map.copyOf(reasons));
    }

    /** This policy and another; where both protect a device, this one's reason is kept. */
    public ProtectionPolicy and(ProtectionPolicy other) {
        Map<DeviceId, Protection> all = new LinkedHashMap<>(other.reasons);
        all.putAll(reasons);
        return new ProtectionPolicy(Map.copyOf(all));
    }

    public Optional<Protection> check(DeviceId device) {
        return Optional.ofNullable(reasons.get(device));
    }

    public boolean isProtected(DeviceId device) {
        return reasons.containsKey(device);
    }

    public Set<DeviceId> devices() {
        return reasons.keySet();
    }

    @Override
    public String toString() {
        return reasons.toString();
    }
}
