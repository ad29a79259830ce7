/**
 * What an assignment means, decided once: the VFIO driver for a device, which group companions need
 * no binding (idle bridges), when an IOMMU group is viable, how an open path resolves on a kernel,
 * which devices are protected, and the region, interrupt, DMA and register-access rules. The
 * validator, the planner, the generators, the agent, the simulated backend and drift all call these
 * classes and keep no copy. Facts come in as identities and plain values (a board model, sysfs or a
 * client request supplies them); answers come back as values with the reason in words.
 * Plain Java: no EMF, no OSGi API, no I/O.
 */
package org.devassign.core.rules;
