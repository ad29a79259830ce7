/**
 * Binding devices to VFIO drivers through sysfs, the kernel's way: save the driver and
 * driver_override, set the override, drivers_probe, verify the driver link, restore on failure;
 * whole IOMMU groups, idle bridges left alone, fsl-mc containers as units; never the devices that
 * carry the root file system or the agent's own connection
 * ({@link org.devassign.agent.binding.ProtectedDevices}).
 *
 * <p>Devices are the core's canonical identities and sysfs is read only through the core's reader
 * ({@link org.devassign.core.sysfs.SysfsDevices}); the rules (which driver, idle bridges, protection)
 * are the core's. Works on any sysfs root (tests use simulated trees and a simulated kernel through
 * {@link org.devassign.agent.binding.SysfsWriter}). Plain Java; no OSGi API, no native calls.
 */
package org.devassign.agent.binding;
