package org.devassign.dsl.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;

/**
 * Contributed to the generic editor for .assign: lexical colours at every keystroke. A large damage
 * is repaired only where the text is drawn (the lines in view and a screen above and below): a new
 * set of problem markers on a large config moves every marker after the edit, and the editor's
 * annotation painter then asks for the whole rest of the document to be coloured again on the UI
 * thread (the slow keystrokes at thousands of devices). The parts left out keep their colours, which
 * move with the text; the {@link SemanticHighlighter} repaints them when they come into view.
 */
public class AssignPresentationReconciler extends PresentationReconciler {

    /** A damage up to this many characters is repaired whole (a config of a few hundred lines never meets the limit). */
    static final int WHOLE_LIMIT = 16_000;

    private ITextViewer viewer;

    public AssignPresentationReconciler() {
        DefaultDamagerRepairer lexical = new DefaultDamagerRepairer(new AssignTokenScanner());
        setDamager(lexical, IDocument.DEFAULT_CONTENT_TYPE);
        setRepairer(lexical, IDocument.DEFAULT_CONTENT_TYPE);
    }

    @Override
    public void install(ITextViewer textViewer) {
        super.install(textViewer);
        viewer = textViewer;
    }

    @Override
    public void uninstall() {
        super.uninstall();
        viewer = null;
    }

    @Override
    protected TextPresentation createPresentation(IRegion damage, IDocument document) {
        IRegion repaired = inView(damage, document);
        if (repaired != damage) {
            EditorSession session = EditorSession.of(document);
            if (session != null) {
                // up to date now: only what is repaired here (nothing, when none of the damage is in view)
                session.presentedOnly(repaired == null ? 0 : repaired.getOffset(),
                        repaired == null ? 0 : repaired.getOffset() + repaired.getLength());
            }
        }
        return repaired == null ? null : super.createPresentation(repaired, document);
    }

    /** {@code damage} if small, else its part in view (with a screen's margin), or null when none of it is. */
    private IRegion inView(IRegion damage, IDocument document) {
        ITextViewer shown = viewer;
        if (damage.getLength() <= WHOLE_LIMIT || shown == null || shown.getTextWidget() == null || shown.getTextWidget().isDisposed()) {
            return damage;
        }
        int top = Math.max(0, shown.getTopIndexStartOffset());
        int bottom = Math.max(top, shown.getBottomIndexEndOffset());
        int margin = Math.max(bottom - top, 2_000);
        int from = Math.max(damage.getOffset(), lineStart(document, top - margin));
        int to = Math.min(Math.min(damage.getOffset() + damage.getLength(), bottom + margin), document.getLength());
        return to <= from ? null : new Region(from, to - from);
    }

    /** The start of the line at {@code offset}: the scanner starts where a token can start. */
    private static int lineStart(IDocument document, int offset) {
        if (offset <= 0) {
            return 0;
        }
        try {
            return document.getLineOffset(document.getLineOfOffset(Math.min(offset, document.getLength())));
        } catch (BadLocationException outside) {
            return offset;
        }
    }
}
