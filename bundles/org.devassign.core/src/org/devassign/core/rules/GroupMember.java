package org.devassign.core.rules;

import java.util.Optional;

import org.devassign.core.identity.DeviceId;

/**
 * A device of an IOMMU group as viability sees it: who it is, its driver now (null: none), whether
 * it is a bridge, and why it is protected (empty: it is not).
 */
public record GroupMember(DeviceId id, String driver, boolean bridge, Optional<Protection> protection) {

    public GroupMember {
        protection = protection == null ? Optional.empty() : protection;
        driver = driver == null || driver.isEmpty() ? null : driver;
    }

    public GroupMember(DeviceId id, String driver, boolean bridge) {
        this(id, driver, bridge, Optional.empty());
    }

    /** An idle bridge: nothing binds, plans or hands it over. */
    public boolean idle() {
        return Bridges.isIdle(bridge, driver);
    }
}
