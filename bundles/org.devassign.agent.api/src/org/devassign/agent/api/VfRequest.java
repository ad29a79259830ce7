package org.devassign.agent.api;

import org.devassign.core.identity.DeviceId;

/**
 * Virtual functions a deployment creates on an SR-IOV physical function ({@code vfs nic0 count 4}):
 * the agent writes the count to the PF's sriov_numvfs with host drivers kept off the new VFs
 * (sriov_drivers_autoprobe 0 while they exist), keeps the PF on its driver, and removes the VFs on
 * rollback and on recovery.
 *
 * @param physicalFunction the PF, as the kernel names it
 * @param label how the client's model names the PF (for messages)
 * @param source where the request comes from, {@code file:line}, echoed in errors
 * @param count how many VFs, from 1 to the PF's sriov_totalvfs
 */
public record VfRequest(DeviceId physicalFunction, String label, String source, int count) {
}
