/**
 * The in-memory device tree that the DTB, DTS and sysfs readers produce, and its mapping to the
 * board model ({@link org.devassign.discovery.devicetree.DeviceTreeBoards}): address translation
 * through {@code ranges}, interrupt resolution through interrupt parents and {@code interrupt-map},
 * phandle dependencies, IOMMU hints. Depends on the model bundle only.
 */
package org.devassign.discovery.devicetree;
