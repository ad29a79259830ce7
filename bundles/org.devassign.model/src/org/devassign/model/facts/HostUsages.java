package org.devassign.model.facts;

import java.util.ArrayList;
import java.util.List;

import org.devassign.core.rules.HostUse;
import org.devassign.model.DevAssignFactory;
import org.devassign.model.Device;
import org.devassign.model.HostUsage;
import org.devassign.model.HostUsageKind;

/**
 * A device's host usage between the board model ({@link HostUsage}) and the core's rule
 * ({@link HostUse}): discovery records what the detector found, the validator, the planner and the
 * simulated board read it back as the core's values, so the wording of a refusal is the core's
 * everywhere. An entry without a kind or a name (a hand-written board's mistake) is left out.
 */
public final class HostUsages {

    private HostUsages() {
    }

    /** The device's usage as the core's values, in the model's order. */
    public static List<HostUse> of(Device device) {
        List<HostUse> out = new ArrayList<>();
        for (HostUsage usage : device.getHostUsage()) {
            if (usage.getName() == null || usage.getName().isEmpty()) {
                continue;
            }
            HostUse.Kind.ofLiteral(usage.getKind().getLiteral())
                    .ifPresent(kind -> out.add(new HostUse(kind, usage.getName(), usage.getDescription(), usage.isInUse())));
        }
        return out;
    }

    /** Replaces the device's usage with what the detector found. */
    public static void record(Device device, List<HostUse> uses) {
        device.getHostUsage().clear();
        for (HostUse use : uses) {
            HostUsage usage = DevAssignFactory.eINSTANCE.createHostUsage();
            usage.setKind(HostUsageKind.get(use.kind().literal()));
            usage.setName(use.name());
            usage.setDescription(use.detail());
            usage.setInUse(use.inUse());
            device.getHostUsage().add(usage);
        }
    }
}
