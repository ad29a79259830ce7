package org.devassign.ui.diagram.editor;

import java.util.function.Supplier;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.text.undo.IDocumentUndoManager;

/** Undo or redo in the document's one history, which the text editor on the same file shares. */
final class HistoryAction extends Action {

    private final Supplier<IDocumentUndoManager> history;
    private final boolean undo;

    HistoryAction(String text, Supplier<IDocumentUndoManager> history, boolean undo) {
        super(text);
        this.history = history;
        this.undo = undo;
    }

    @Override
    public void run() {
        IDocumentUndoManager manager = history.get();
        try {
            if (undo && manager.undoable()) {
                manager.undo();
            } else if (!undo && manager.redoable()) {
                manager.redo();
            }
        } catch (ExecutionException e) {
            ILog.of(HistoryAction.class).error("cannot " + getText().toLowerCase(java.util.Locale.ROOT) + " in the config's history", e);
        }
    }
}
