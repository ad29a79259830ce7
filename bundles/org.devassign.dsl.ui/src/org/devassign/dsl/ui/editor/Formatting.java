package org.devassign.dsl.ui.editor;

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

    /** Formats the document in place; false when it has syntax errors. Only changed spans are replaced, so markers and the caret stay. */
    public static boolean format(IDocument document) throws BadLocationException {
        String text = document.get();
        List<TextEdit> edits = WorkbenchConfigs.get().read(EditedFiles.pathOrPlaceholder(document), text, CancelIndicator.NullImpl,
                parsed -> {
                    List<ITextReplacement> replacements = parsed.formatting();
                    return replacements == null ? null
                            : replacements.stream().map(r -> new TextEdit(r.getOffset(), r.getLength(), r.getReplacementText())).toList();
                });
        if (edits == null) {
            return false;
        }
        List<TextEdit> backwards = new ArrayList<>(edits);
        backwards.sort(Comparator.comparingInt(TextEdit::offset).reversed());
        for (TextEdit edit : backwards) {
            String current = text.substring(edit.offset(), edit.offset() + edit.length());
            if (!current.equals(edit.text())) {
                document.replace(edit.offset(), edit.length(), edit.text());
            }
        }
        return true;
    }
}
