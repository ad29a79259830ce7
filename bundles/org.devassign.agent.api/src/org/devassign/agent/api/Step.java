package org.devassign.agent.api;

import org.devassign.core.identity.DeviceId;

/**
 * One step of a transaction.
 *
 * @param index 1-based position in the transaction
 * @param detail what changes, e.g. "(no driver) -> vfio-pci"
 */
public record Step(int index, StepKind action, DeviceId device, String label, String detail) {

    /** This step at another position. */
    public Step at(int position) {
        return new Step(position, action, device, label, detail);
    }
}
