package org.devassign.ui.deploy.live;

import java.util.ArrayList;
import java.util.List;

import org.devassign.agent.api.DeviceState;
import org.devassign.core.identity.DeviceId;
import org.devassign.deploy.Planner;
import org.devassign.model.Device;
import org.devassign.model.naming.Labels;
import org.devassign.ui.deploy.deploy.Deployed;
import org.devassign.ui.deploy.targets.AgentTarget;

/**
 * A device the agent holds open on a target after a deploy from this workbench, with its board
 * model device (regions, registers, interrupts). Only open devices answer register reads and have
 * interrupt counts: devices bound for a VM are QEMU's.
 */
public record LiveDevice(AgentTarget target, DeviceId device, Device model) {

    public static List<LiveDevice> all() {
        List<LiveDevice> out = new ArrayList<>();
        for (Deployed.Entry entry : Deployed.get().all()) {
            for (DeviceState state : entry.devices()) {
                Planner.Origin origin = entry.plan().origin(state.device());
                if (state.open() && origin != null) {
                    out.add(new LiveDevice(entry.target(), state.device(), origin.device()));
                }
            }
        }
        return out;
    }

    public static LiveDevice find(String target, String device) {
        return all().stream().filter(d -> d.target().name().equals(target)
                && (d.device().kernelName().equals(device) || device.equals(d.model().getName()))).findFirst().orElse(null);
    }

    public String label() {
        return Labels.of(model) + " on " + target.name();
    }
}
