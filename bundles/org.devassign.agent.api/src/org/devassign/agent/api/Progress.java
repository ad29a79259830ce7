package org.devassign.agent.api;

import org.devassign.core.identity.DeviceId;

/** @param index the step's position; @param total the number of steps of the transaction */
public record Progress(long transaction, int index, int total, StepKind action, DeviceId device, ProgressState state, String detail) {
}
