/**
 * The one reader of sysfs, for discovery (importing a board) and the agent (binding, viability,
 * opens): attributes read with a size bound, links resolved by hand so a captured tree reads like
 * the real {@code /sys} without ever leaving its root, and devices found by their canonical
 * {@link org.devassign.core.identity.DeviceId}. Every value read here is the kernel's (or a
 * snapshot's) word and is checked before use. java.nio only.
 */
package org.devassign.core.sysfs;
