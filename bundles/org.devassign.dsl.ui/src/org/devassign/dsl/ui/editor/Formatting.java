package org.devassign.dsl.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.devassign.dsl.ui.WorkbenchConfigs;
import org.devassign.dsl.ide.fixes.TextEdit;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.util.CancelIndicator;

/** The language's one layout (the same formatter as {@code devassign fmt}) applied to a document as small edits. */
public final class Formatting {

    private Formatting() {
    }

    /** Formats the document in place, parsing on the calling thread; false when it has syntax errors. */
    public static boolean format(IDocument document) throws BadLocationException {
        String text = document.get();
        List<TextEdit> edits = edits(EditedFiles.pathOrPlaceholder(document), text);
        if (edits == null) {
            return false;
        }
        apply(document, text, edits);
        return true;
    }

    /** The formatter's edits of {@code text}, or null when it has syntax errors (formatting would guess). Parses: call it from a job. */
    public static List<TextEdit> edits(Path file, String text) {
        return WorkbenchConfigs.get().read(file, text, CancelIndicator.NullImpl, parsed -> {
            List<ITextReplacement> replacements = parsed.formatting();
            return replacements == null ? null
                    : replacements.stream().map(r -> new TextEdit(r.getOffset(), r.getLength(), r.getReplacementText())).toList();
        });
    }

    /** Applies edits computed on {@code text} (the document's text): only changed spans are replaced, so markers and the caret stay. */
    public static void apply(IDocument document, String text, List<TextEdit> edits) throws BadLocationException {
        List<TextEdit> backwards = new ArrayList<>(edits);
        backwards.sort(Comparator.comparingInt(TextEdit::offset).reversed());
        for (TextEdit edit : backwards) {
            String current = text.substring(edit.offset(), edit.offset() + edit.length());
            if (!current.equals(edit.text())) {
                document.replace(edit.offset(), edit.length(), edit.text());
            }
        }
    }
}
