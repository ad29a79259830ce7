/**
 * The editor of {@code .board} files: the board's tree (devices, regions, registers, interrupts,
 * IOMMU groups) beside a table of the selected element's properties, numbers in hex where hardware
 * people read hex. Every change is an EMF command on one command stack (undo, redo, dirty state),
 * and the board is validated after each change by the model's own validator, the one
 * {@code devassign validate} runs, with problems as markers on the file and icons in the tree.
 * <p>
 * UI only: it reads and writes boards through {@code org.devassign.model.io} and validates through
 * {@code org.devassign.model.validation}; it keeps no rules of its own.
 */
package org.devassign.ui.boardeditor;
