package org.devassign.fleet;

import java.util.List;
import java.util.Map;

import org.devassign.agent.api.DeviceState;

/**
 * What a board has and what is deployed on it, retained on {@link Topics#summary}: small enough to
 * keep for every board of a fleet (a few hundred bytes), republished after each transaction and on
 * every connection. The full inventory stays a request ({@code inventory}).
 */
public record Summary(String board, String session, Counts inventory, Deployed deployed, String time) {

    /** The inventory in numbers: devices, per bus (pci, platform, fsl-mc), IOMMU groups, devices on a VFIO driver. */
    public record Counts(int devices, Map<String, Integer> perBus, int groups, int onVfio) {
    }

    /**
     * @param config the active deployment (null: none)
     * @param outcome the last transaction's outcome
     */
    public record Deployed(String config, String digest, long transaction, String outcome, List<DeviceState> devices) {
    }
}
