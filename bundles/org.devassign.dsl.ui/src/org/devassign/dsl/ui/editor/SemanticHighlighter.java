package org.devassign.dsl.ui.editor;

import java.util.List;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.IViewportListener;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.custom.StyleRange;

/**
 * Lays the semantic colours of the latest finished check over the lexical ones, on the UI thread and
 * only where the text is drawn: a new check repaints the visible lines, scrolling paints the lines
 * that come into view, a keystroke repaints its line. Colours are mapped through the edits made since
 * the checked text ({@link EditLog}), so typing never waits for a check and never loses the colours
 * of the names it does not touch.
 */
final class SemanticHighlighter implements ITextPresentationListener, IViewportListener {

    private final ITextViewer viewer;
    private final EditLog edits;
    private EditorState state;
    /** The part of the current text drawn up to date (with {@link #state} since it came; model offsets), or empty. */
    private int presentedFrom;
    private int presentedTo;

    SemanticHighlighter(ITextViewer viewer, EditLog edits) {
        this.viewer = viewer;
        this.edits = edits;
        if (viewer instanceof ITextViewerExtension4 extension) {
            extension.addTextPresentationListener(this);
        }
        viewer.addViewportListener(this);
    }

    void dispose() {
        if (viewer instanceof ITextViewerExtension4 extension) {
            extension.removeTextPresentationListener(this);
        }
        viewer.removeViewportListener(this);
    }

    /** The colours of a new check: repaints the lines in view. */
    void show(EditorState newState) {
        state = newState;
        presentedFrom = 0;
        presentedTo = 0;
        repaintVisible();
    }

    EditorState state() {
        return state;
    }

    /**
     * Only {@code from..to} is drawn up to date ({@code from == to}: nothing): a large damage was repaired
     * only in view ({@link AssignPresentationReconciler}), the rest is repainted when it comes into view.
     */
    void presentedOnly(int from, int to) {
        presentedFrom = from;
        presentedTo = to;
    }

    @Override
    public void viewportChanged(int verticalOffset) {
        int[] visible = visible();
        if (visible[0] < presentedFrom || visible[1] > presentedTo) {
            repaintVisible();
        }
    }

    private int[] visible() {
        int top = Math.max(0, viewer.getTopIndexStartOffset());
        int bottom = Math.max(top, viewer.getBottomIndexEndOffset());
        return new int[] { top, bottom };
    }

    private void repaintVisible() {
        if (viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed() || viewer.getDocument() == null) {
            return;
        }
        int[] visible = visible();
        int length = Math.min(viewer.getDocument().getLength(), visible[1] + 1) - visible[0];
        if (length > 0 && viewer instanceof ITextViewerExtension2 extension) {
            extension.invalidateTextPresentation(visible[0], length);
        }
    }

    @Override
    public void applyTextPresentation(TextPresentation presentation) {
        IRegion extent = presentation.getExtent();
        int from = extent.getOffset();
        int to = from + extent.getLength();
        markPresented(from, to);
        EditorState current = state;
        if (current == null) {
            return;
        }
        int checkedFrom = edits.toChecked(from);
        int checkedTo = edits.toChecked(to);
        List<SemanticStyles.Range> ranges = current.ranges();
        for (int i = current.firstRangeEndingAfter(checkedFrom); i < ranges.size(); i++) {
            SemanticStyles.Range range = ranges.get(i);
            if (range.offset() > checkedTo) {
                break;
            }
            int[] now = edits.toCurrent(range.offset(), range.end());
            if (now == null) {
                continue;
            }
            int start = Math.max(from, now[0]);
            int end = Math.min(to, now[1]);
            if (start < end) {
                var attribute = range.style().attribute();
                presentation.mergeStyleRange(new StyleRange(start, end - start, attribute.getForeground(), null, attribute.getStyle()));
            }
        }
    }

    /** {@code from..to} is drawn up to date: the presented part grows by it when they touch (one range is kept). */
    private void markPresented(int from, int to) {
        if (presentedFrom == presentedTo) {
            presentedFrom = from;
            presentedTo = to;
        } else if (from <= presentedTo && to >= presentedFrom) {
            presentedFrom = Math.min(presentedFrom, from);
            presentedTo = Math.max(presentedTo, to);
        }
    }
}
