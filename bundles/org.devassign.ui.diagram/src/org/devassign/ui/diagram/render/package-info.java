/**
 * Draws the diagram through a small drawing interface with two back ends: SWT's GC (screen, PNG)
 * and SVG text. SWT only, no workbench: the benchmark paints with it on a plain class path.
 */
package org.devassign.ui.diagram.render;
