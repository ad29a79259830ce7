package org.devassign.dsl.ui.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.devassign.dsl.ide.fixes.TextEdit;
import org.devassign.dsl.ui.WorkbenchConfigs;
import org.devassign.dsl.workspace.ParsedConfig;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

/**
 * Applies edits to a config through its file buffer: an open editor shows them at once (and can
 * undo them); a file nobody has open is saved.
 */
public final class ConfigEdits {

    private ConfigEdits() {
    }

    /** Computes edits on the workspace's parse of the current text and applies them; false when there was nothing to do. */
    public static boolean apply(IFile file, Function<ParsedConfig, List<TextEdit>> edits) throws CoreException {
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        boolean openElsewhere = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE) != null;
        manager.connect(file.getFullPath(), LocationKind.IFILE, null);
        try {
            ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
            IDocument document = buffer.getDocument();
            List<TextEdit> computed = WorkbenchConfigs.get().read(file.getLocation().toPath(), document.get(),
                    org.eclipse.xtext.util.CancelIndicator.NullImpl, edits);
            if (computed == null || computed.isEmpty()) {
                return false;
            }
            apply(document, computed);
            if (!openElsewhere) {
                buffer.commit(null, true);
            }
            return true;
        } finally {
            manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
        }
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
