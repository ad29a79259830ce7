/**
 * The graphical assignment editor: a canvas over one .assign file's document (shared with the
 * text editor through file buffers), drag and drop to assign, undo/redo through the document's
 * undo history, PNG/SVG export.
 */
package org.devassign.ui.diagram.editor;
