/**
 * What the assignment diagram shows, built from a parsed config and its board: IOMMU groups
 * holding devices (with regions and interrupts), consumers, assignments as links, problems on
 * the shapes. Plain data with geometry; no SWT, no workbench.
 */
package org.devassign.ui.diagram.model;
