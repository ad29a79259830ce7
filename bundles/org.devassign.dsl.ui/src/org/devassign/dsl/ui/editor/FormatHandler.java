package org.devassign.dsl.ui.editor;

import org.devassign.dsl.ui.AssignLanguage;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/** Source > Format Config (Ctrl+Shift+F) in a .assign editor: one undoable change. */
public class FormatHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
        if (editor == null || !editor.getEditorInput().getName().endsWith("." + AssignLanguage.EXTENSION)) {
            return null;
        }
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
        if (target != null) {
            target.beginCompoundChange();
        }
        try {
            if (!Formatting.format(document)) {
                var status = editor.getEditorSite().getActionBars().getStatusLineManager();
                status.setErrorMessage("The config has syntax errors: fix them first (see the Problems view), then format.");
            }
        } catch (BadLocationException e) {
            throw new ExecutionException("cannot format " + editor.getEditorInput().getName(), e);
        } finally {
            if (target != null) {
                target.endCompoundChange();
            }
        }
        return null;
    }
}
