/**
 * Imports a board from a sysfs tree: the live {@code /} of a board (the agent's inventory) or a
 * captured tree that reads like one ({@code vmboard/capture-sysfs}). PCI devices with their BARs,
 * config-space capabilities and interrupts; platform devices through their device-tree node or
 * ACPI resources; IOMMU groups; kernel version, page size and VFIO capabilities; what the host uses
 * each device for (the core's {@link org.devassign.core.sysfs.HostUses}) and the protection of the
 * root file system's and the default route's devices.
 *
 * <p>{@link org.devassign.discovery.sysfs.SysfsImporter#importBoard(java.nio.file.Path)} is the one
 * entry point. Every file is read through the core's {@link org.devassign.core.sysfs.SysfsReader}, the
 * one sysfs reader the agent shares: attributes read with a bound, links resolved without leaving the
 * root. Every file is optional: a missing, unreadable or oversized attribute (sysfs reads can fail with
 * EIO or EINVAL) becomes an {@link org.devassign.discovery.ImportWarning} naming the path, and the
 * import goes on. What a device is (a bridge, its IRQ indexes, whether a region mmaps) is the core's
 * rule ({@link org.devassign.core.rules}). Plain Java: no OSGi, no UI, fast enough to run on the board
 * for every inventory.
 */
package org.devassign.discovery.sysfs;
