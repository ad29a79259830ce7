package org.devassign.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.BindingUnits;
import org.devassign.core.rules.GroupMember;
import org.devassign.core.rules.GroupViability;
import org.junit.jupiter.api.Test;

/** fsl-mc containers are bound as units: their objects follow them, on the viability check too. */
class BindingUnitsTest {

    static final DeviceId DPRC1 = DeviceId.parse("dprc.1");
    static final DeviceId DPRC2 = DeviceId.parse("dprc.2");
    static final DeviceId DPRC3 = DeviceId.parse("dprc.3");
    static final DeviceId DPNI0 = DeviceId.parse("dpni.0");
    static final DeviceId DPIO1 = DeviceId.parse("dpio.1");
    static final DeviceId DPNI4 = DeviceId.parse("dpni.4");

    /** dprc.1 holds dprc.2, which holds dpni.0, dpio.1 and dprc.3, which holds dpni.4. */
    static final Map<DeviceId, DeviceId> PARENTS = Map.of(DPRC2, DPRC1, DPNI0, DPRC2, DPIO1, DPRC2, DPRC3, DPRC2, DPNI4, DPRC3);
    static final Function<DeviceId, Optional<DeviceId>> PARENT = d -> Optional.ofNullable(PARENTS.get(d));

    @Test
    void theObjectsOfABoundContainerFollowItAtAnyDepth() {
        assertTrue(BindingUnits.follows(DPNI0, Set.of(DPRC2), PARENT));
        assertTrue(BindingUnits.follows(DPNI4, Set.of(DPRC2), PARENT), "through the nested container dprc.3");
        assertFalse(BindingUnits.follows(DPRC2, Set.of(DPRC2), PARENT), "a container does not follow itself");
        assertFalse(BindingUnits.follows(DPNI0, Set.of(DPRC3), PARENT), "an object of another container");
        assertFalse(BindingUnits.follows(DPNI0, Set.of(), PARENT));
        assertEquals(Set.of(DPRC3, DPNI4), BindingUnits.withFollowers(Set.of(DPRC3), List.of(DPRC2, DPNI0, DPIO1, DPRC3, DPNI4), PARENT));
    }

    @Test
    void devicesOfOtherBusesAreTheirOwnUnits() {
        DeviceId pci = DeviceId.parse("0000:00:05.0");
        DeviceId bridge = DeviceId.parse("0000:00:07.0");
        assertFalse(BindingUnits.follows(pci, Set.of(bridge), d -> d.equals(pci) ? Optional.of(bridge) : Optional.empty()),
                "a PCI function behind a bound bridge is bound on its own");
        assertFalse(BindingUnits.follows(DPNI0, Set.of(bridge), d -> Optional.of(bridge)), "only a DPRC is a container");
    }

    @Test
    void aParentLoopEnds() {
        Function<DeviceId, Optional<DeviceId>> loop = d -> Optional.of(d.equals(DPRC2) ? DPRC3 : DPRC2);
        assertFalse(BindingUnits.follows(DPNI0, Set.of(DPRC1), loop));
    }

    @Test
    void aContainersGroupIsViableWithItsObjectsStillOnTheirHostDrivers() {
        List<GroupMember> group = List.of(new GroupMember(DPRC2, "fsl_mc_dprc", false), new GroupMember(DPNI0, "fsl_dpaa2_eth", false),
                new GroupMember(DPIO1, "fsl_mc_dpio", false));
        assertFalse(GroupViability.check(group, Set.of(DPRC2)).viable(), "without the rule the objects block the group");
        Set<DeviceId> taken = BindingUnits.withFollowers(Set.of(DPRC2), group.stream().map(GroupMember::id).toList(), PARENT);
        assertTrue(GroupViability.check(group, taken).viable());
        assertEquals(2, GroupViability.check(group, Set.of(DPNI0)).blockers().size(), "an object alone: its container and sibling block it");
    }
}
