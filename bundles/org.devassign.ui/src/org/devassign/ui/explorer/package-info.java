/**
 * The Board Explorer: open boards as trees of devices, regions, interrupts and IOMMU groups. The
 * tree's shape and labels come from the headless {@link org.devassign.model.edit.BoardOutline}.
 */
package org.devassign.ui.explorer;
