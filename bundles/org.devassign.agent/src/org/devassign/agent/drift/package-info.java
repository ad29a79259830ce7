/**
 * Drift: what the kernel reports for an opened device (VFIO device, region and IRQ info, IOMMU
 * group) compared with the board model's device ({@link org.devassign.agent.drift.DriftCheck}), and
 * the whole board against sysfs ({@link org.devassign.agent.drift.BoardDrift}); each difference
 * named in model terms (Labels). Devices are matched by canonical identity, and what a difference
 * means (an idle bridge, a driver that leaves the group viable) is the core's rule.
 *
 * <p>Plain Java; depends on the model, the core's rules and sysfs reader, and the agent's vfio
 * records; no native calls of its own.
 */
package org.devassign.agent.drift;
