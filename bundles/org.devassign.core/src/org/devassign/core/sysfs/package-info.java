/**
 * The one reader of sysfs, for discovery (importing a board) and the agent (binding, viability,
 * opens): attributes read with a size bound, links resolved by hand so a captured tree reads like
 * the real {@code /sys} without ever leaving its root, and devices found by their canonical
 * {@link org.devassign.core.identity.DeviceId}. Every value read here is the kernel's (or a
 * snapshot's) word and is checked before use. {@link org.devassign.core.sysfs.HostUses} is the one
 * detector of what the host uses its devices for (block devices, mounts, swap, holders, interfaces,
 * open device nodes, consoles), read from sysfs and procfs; discovery records it and the agent refuses
 * on it. java.nio only (and java.net for the live board's interface addresses).
 */
package org.devassign.core.sysfs;
