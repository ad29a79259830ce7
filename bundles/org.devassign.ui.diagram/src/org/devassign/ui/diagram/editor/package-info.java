/**
 * The graphical assignment editor: a canvas over one .assign file's document (shared with the
 * text editor through file buffers) with an overview of the whole diagram beside it, drag and drop
 * to assign, Delete to remove an assignment, undo/redo through the document's undo history,
 * PNG/SVG export. Parsing and layout run in jobs, never on the UI thread.
 */
package org.devassign.ui.diagram.editor;
