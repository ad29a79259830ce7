/**
 * Places the diagram's shapes: ELK Layered lays out the first diagram of an editor, later diagrams
 * (after drops, undo, text edits) keep every known shape where it stood ({@link
 * org.devassign.ui.diagram.layout.StableLayout}); links are routed orthogonally between the groups'
 * and the consumers' columns. Plain geometry on the diagram model: no SWT, no workbench.
 */
package org.devassign.ui.diagram.layout;
