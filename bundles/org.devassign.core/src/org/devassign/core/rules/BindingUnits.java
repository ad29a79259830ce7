package org.devassign.core.rules;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.devassign.core.identity.Bus;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.identity.FslMcName;

/**
 * What moves together when a device goes to its VFIO driver. On fsl-mc a DPRC container is bound as
 * a unit: vfio-fsl-mc rescans the container and claims every object in it (nested containers
 * included), so those objects follow it. They get no bind step of their own, and they do not block
 * the container's IOMMU group (which they share) while they are still on their host drivers. On PCI
 * and platform buses every device is its own unit.
 */
public final class BindingUnits {

    /** Deeper than any fsl-mc hierarchy: a loop in the parents a caller reports ends here. */
    private static final int MAX_DEPTH = 16;

    private BindingUnits() {
    }

    /**
     * Whether {@code device} follows one of {@code bound}: an fsl-mc device inside a bound container,
     * at any depth.
     *
     * @param parentOf the device a device sits in (its sysfs parent, the model's parent), empty at the top
     */
    public static boolean follows(DeviceId device, Set<DeviceId> bound, Function<DeviceId, Optional<DeviceId>> parentOf) {
        if (device.bus() != Bus.FSL_MC) {
            return false;
        }
        Optional<DeviceId> parent = parentOf.apply(device);
        for (int depth = 0; parent.isPresent() && depth < MAX_DEPTH; depth++) {
            DeviceId p = parent.get();
            if (!(p instanceof FslMcName mc) || !mc.isContainer()) {
                return false;
            }
            if (bound.contains(p)) {
                return true;
            }
            parent = parentOf.apply(p);
        }
        return false;
    }

    /** {@code bound} and every one of {@code members} that follows one of them. */
    public static Set<DeviceId> withFollowers(Set<DeviceId> bound, Collection<DeviceId> members,
            Function<DeviceId, Optional<DeviceId>> parentOf) {
        Set<DeviceId> all = new LinkedHashSet<>(bound);
        for (DeviceId member : members) {
            if (follows(member, bound, parentOf)) {
                all.add(member);
            }
        }
        return all;
    }
}
