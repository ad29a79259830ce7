/**
 * Drift: what the kernel reports for an opened device (VFIO device, region and IRQ info, IOMMU
 * group) compared with the board model's device, each difference named in model terms (Labels).
 *
 * <p>Plain Java; depends on the model and the agent's vfio records, no native calls of its own.
 */
package org.devassign.agent.drift;
