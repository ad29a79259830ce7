package org.devassign.agent.service.backend;

import java.util.ArrayList;
import java.util.List;

import org.devassign.core.identity.DeviceId;
import org.devassign.core.identity.SriovLayout;

/**
 * An SR-IOV physical function as the board has it now: how many VFs it can have and has, whether
 * host drivers probe new VFs, and where its VFs are (so the planner names VFs before they exist).
 */
public record SriovState(DeviceId physicalFunction, int totalVfs, int numVfs, boolean autoprobe, SriovLayout layout) {

    /** The addresses of VFs 0 to count - 1 (those that have one: below bus 256). */
    public List<DeviceId> vfs(int count) {
        List<DeviceId> vfs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            layout.tryVf(i).ifPresent(vfs::add);
        }
        return vfs;
    }
}
