package org.devassign.dsl.ui.editor;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Control;

/**
 * Lays the semantic colours of the last reconcile over the lexical ones. Colours computed for an
 * older text are not applied: the next reconcile brings fresh ones a moment later.
 */
final class SemanticHighlighter implements ITextPresentationListener {

    private final ITextViewer viewer;
    private volatile List<SemanticStyles.Range> ranges = List.of();
    private volatile long stamp = IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;

    SemanticHighlighter(ITextViewer viewer) {
        this.viewer = viewer;
        if (viewer instanceof ITextViewerExtension4 extension) {
            extension.addTextPresentationListener(this);
        }
    }

    void dispose() {
        if (viewer instanceof ITextViewerExtension4 extension) {
            extension.removeTextPresentationListener(this);
        }
    }

    /** New colours for the text with modification stamp {@code textStamp}; repaints from the UI thread. */
    void update(long textStamp, List<SemanticStyles.Range> newRanges) {
        stamp = textStamp;
        ranges = List.copyOf(newRanges);
        Control control = viewer.getTextWidget();
        if (control == null || control.isDisposed()) {
            return;
        }
        control.getDisplay().asyncExec(() -> {
            if (!control.isDisposed()) {
                viewer.invalidateTextPresentation();
            }
        });
    }

    @Override
    public void applyTextPresentation(TextPresentation presentation) {
        IDocument document = viewer.getDocument();
        if (!(document instanceof IDocumentExtension4 stamped) || stamped.getModificationStamp() != stamp) {
            return;
        }
        IRegion extent = presentation.getExtent();
        int from = extent.getOffset();
        int to = from + extent.getLength();
        for (SemanticStyles.Range range : ranges) {
            if (range.offset() + range.length() <= from || range.offset() >= to) {
                continue;
            }
            var attribute = range.style().attribute();
            int start = Math.max(from, range.offset());
            int end = Math.min(to, range.offset() + range.length());
            StyleRange style = new StyleRange(start, end - start, attribute.getForeground(), null, attribute.getStyle());
            presentation.mergeStyleRange(style);
        }
    }
}
