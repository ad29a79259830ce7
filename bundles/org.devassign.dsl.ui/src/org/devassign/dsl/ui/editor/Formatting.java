package org.devassign.dsl.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.devassign.dsl.ui.AssignLanguage;
import org.devassign.dsl.ui.ParsedConfig;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;

/** The language's one layout (the same formatter as {@code devassign fmt}) applied to a document as small edits. */
public final class Formatting {

    private Formatting() {
    }

    /** The formatter's replacements, or null when the text has syntax errors (formatting would guess). */
    public static List<ITextReplacement> replacements(ParsedConfig parsed) {
        if (parsed.resource().getParseResult() == null || parsed.resource().getParseResult().hasSyntaxErrors()) {
            return null;
        }
        ITextRegionAccess access = AssignLanguage.get(TextRegionAccessBuilder.class).forNodeModel(parsed.resource()).create();
        FormatterRequest request = AssignLanguage.get(FormatterRequest.class).setTextRegionAccess(access);
        return AssignLanguage.get(IFormatter2.class).format(request);
    }

    /** Formats the document in place; false when it has syntax errors. Only changed spans are replaced, so markers and the caret stay. */
    public static boolean format(IDocument document) throws BadLocationException {
        String text = document.get();
        List<ITextReplacement> replacements = replacements(ParsedConfig.parse(EditedFiles.pathOrPlaceholder(document), text));
        if (replacements == null) {
            return false;
        }
        List<ITextReplacement> backwards = new ArrayList<>(replacements);
        backwards.sort(Comparator.comparingInt(ITextReplacement::getOffset).reversed());
        for (ITextReplacement replacement : backwards) {
            String current = text.substring(replacement.getOffset(), replacement.getEndOffset());
            if (!current.equals(replacement.getReplacementText())) {
                document.replace(replacement.getOffset(), replacement.getLength(), replacement.getReplacementText());
            }
        }
        return true;
    }
}
