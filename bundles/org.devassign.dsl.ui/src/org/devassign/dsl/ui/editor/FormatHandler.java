package org.devassign.dsl.ui.editor;

import java.nio.file.Path;
import java.util.List;

import org.devassign.dsl.ide.fixes.TextEdit;
import org.devassign.dsl.ui.AssignLanguage;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Source &gt; Format Config (Ctrl+Shift+F) in a .assign editor: the layout is worked out in a job,
 * then applied as one undoable change, unless the text changed meanwhile (then the status line says
 * to format again).
 */
public class FormatHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
        if (editor == null || !editor.getEditorInput().getName().endsWith("." + AssignLanguage.EXTENSION)) {
            return null;
        }
        format(editor);
        return null;
    }

    /** Formats the editor's text (the work in a job); the job, for callers that wait. */
    public static Job format(ITextEditor editor) {
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        String text = document.get();
        long stamp = stamp(document);
        Path file = EditedFiles.pathOrPlaceholder(document);
        Display display = Display.getCurrent();
        Job job = Job.create("Formatting " + file.getFileName(), monitor -> {
            List<TextEdit> edits = Formatting.edits(file, text);
            display.asyncExec(() -> apply(editor, document, text, stamp, edits));
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
        return job;
    }

    private static void apply(ITextEditor editor, IDocument document, String text, long stamp, List<TextEdit> edits) {
        var status = editor.getEditorSite().getActionBars().getStatusLineManager();
        if (edits == null) {
            status.setErrorMessage("The config has syntax errors: fix them first (see the Problems view), then format.");
            return;
        }
        if (stamp(document) != stamp) {
            status.setErrorMessage("The text changed while it was being formatted: format again (Ctrl+Shift+F).");
            return;
        }
        status.setErrorMessage(null);
        IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
        if (target != null) {
            target.beginCompoundChange();
        }
        try {
            Formatting.apply(document, text, edits);
        } catch (BadLocationException e) {
            ILog.of(FormatHandler.class).error("cannot format " + editor.getEditorInput().getName(), e);
        } finally {
            if (target != null) {
                target.endCompoundChange();
            }
        }
    }

    private static long stamp(IDocument document) {
        return document instanceof IDocumentExtension4 stamped ? stamped.getModificationStamp() : IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
    }
}
