/**
 * Binding devices to VFIO drivers through sysfs, the kernel's way: save the driver and
 * driver_override, set the override, drivers_probe, verify the driver link, restore on failure;
 * whole IOMMU groups, driverless bridges left alone; never the devices that carry the root file
 * system or the agent's own connection ({@link org.devassign.agent.binding.ProtectedDevices}).
 *
 * <p>Works on any sysfs root (tests use simulated trees and a simulated kernel through
 * {@link org.devassign.agent.binding.SysfsWriter}). Plain Java; no OSGi API, no native calls.
 */
package org.devassign.agent.binding;
