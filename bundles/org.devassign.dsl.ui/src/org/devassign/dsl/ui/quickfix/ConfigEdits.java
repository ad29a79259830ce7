package org.devassign.dsl.ui.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.devassign.dsl.ide.fixes.TextEdit;
import org.devassign.dsl.ui.WorkbenchConfigs;
import org.devassign.dsl.ui.editor.ProblemMarkers;
import org.devassign.dsl.workspace.ParsedConfig;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Applies edits to a config through its file buffer: an open editor shows them at once (and can
 * undo them); a file nobody has open is saved. The edits are computed in a job (they parse); the
 * document changes on the UI thread.
 */
public final class ConfigEdits {

    private ConfigEdits() {
    }

    /**
     * Computes edits on the workspace's parse of the file's text as it is now (its editor's, if one is
     * open) in a job, then applies them on the UI thread, unless the text changed meanwhile; a file no
     * editor holds is saved and checked again. The job, for callers that wait.
     */
    public static Job applyInJob(IFile file, String what, Function<ParsedConfig, List<TextEdit>> edits) {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : PlatformUI.getWorkbench().getDisplay();
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        Job job = Job.create(what + " in " + file.getName(), monitor -> {
            try {
                manager.connect(file.getFullPath(), LocationKind.IFILE, monitor);
            } catch (CoreException e) {
                return Status.error("cannot read " + file.getFullPath() + " for " + what + ": " + e.getMessage(), e);
            }
            ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
            String[] text = new String[1];
            long[] stamp = new long[1];
            List<TextEdit> computed;
            try {
                display.syncExec(() -> {
                    text[0] = buffer.getDocument().get();
                    stamp[0] = stamp(buffer.getDocument());
                });
                computed = WorkbenchConfigs.get().read(file.getLocation().toPath(), text[0], CancelIndicator.NullImpl, edits);
            } catch (RuntimeException e) {
                disconnect(manager, file);
                throw e;
            }
            display.asyncExec(() -> {
                try {
                    if (computed != null && !computed.isEmpty() && stamp(buffer.getDocument()) == stamp[0]) {
                        apply(buffer.getDocument(), computed);
                        if (!open(file)) {
                            buffer.commit(null, true);
                            Job.create("Checking " + file.getName(), m -> {
                                ProblemMarkers.validateSaved(file);
                                return Status.OK_STATUS;
                            }).schedule();
                        }
                    }
                } catch (CoreException e) {
                    ILog.of(ConfigEdits.class).error("cannot save " + file.getFullPath() + " after " + what, e);
                } finally {
                    disconnect(manager, file);
                }
            });
            return Status.OK_STATUS;
        });
        job.schedule();
        return job;
    }

    /** Whether an editor shows the file (then the edits wait for the user's save). */
    private static boolean open(IFile file) {
        for (var window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (var page : window.getPages()) {
                if (page.findEditors(new org.eclipse.ui.part.FileEditorInput(file), null, org.eclipse.ui.IWorkbenchPage.MATCH_INPUT).length > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void disconnect(ITextFileBufferManager manager, IFile file) {
        try {
            manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
        } catch (CoreException e) {
            ILog.of(ConfigEdits.class).warn("cannot release the buffer of " + file.getFullPath(), e);
        }
    }

    private static long stamp(IDocument document) {
        return document instanceof IDocumentExtension4 stamped ? stamped.getModificationStamp() : IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
    }

    public static void apply(IDocument document, List<TextEdit> edits) {
        List<TextEdit> backwards = new ArrayList<>(edits);
        backwards.sort(Comparator.comparingInt(TextEdit::offset).reversed());
        try {
            for (TextEdit edit : backwards) {
                document.replace(edit.offset(), edit.length(), edit.text());
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException("a quick fix computed an edit outside the text", e);
        }
    }

    /** Applies edits to a string (for tests and previews). */
    public static String apply(String text, List<TextEdit> edits) {
        org.eclipse.jface.text.Document document = new org.eclipse.jface.text.Document(text);
        apply(document, edits);
        return document.get();
    }
}
