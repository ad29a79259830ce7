package org.devassign.dsl.ui.editor;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.swt.widgets.Control;

/**
 * Marks the other occurrences of the word at the caret, as the generic editor's own word highlighting
 * does, without its cost: that one reads and scans the whole document on the UI thread after every
 * caret move and every edit, tens of milliseconds a keystroke on a config of thousands of devices.
 * Here the UI thread only reads the caret's line; the search runs in a job over the text the
 * {@link EditorSession} already holds, and its marks are shown only if the text did not change
 * meanwhile. Contributed for .assign (plugin.xml, highlightReconcilers), which replaces the default;
 * it follows the generic editor's Toggle Highlight preference like the default does.
 */
public final class OccurrenceHighlighter implements IReconciler, ISelectionChangedListener, IEclipsePreferences.IPreferenceChangeListener {

    /** The generic editor's annotation type for word occurrences (its colours and preferences). */
    static final String ANNOTATION_TYPE = "org.eclipse.ui.genericeditor.text";
    static final String PREFERENCE_NODE = "org.eclipse.ui.genericeditor";
    static final String PREFERENCE_KEY = "org.eclipse.ui.genericeditor.togglehighlight";
    /** At most this many occurrences are marked, the nearest to the caret (the overview ruler draws every mark). */
    static final int MAX_MARKS = 1_000;
    /** A word longer than this is not looked for (a hostile line of one long word). */
    static final int MAX_WORD = 200;

    private ISourceViewer viewer;
    private boolean enabled = true;
    private Annotation[] shown = new Annotation[0];
    /** What {@link #shown} marks: the word, in the text of this modification stamp. */
    private String shownWord;
    private long shownStamp = IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
    private Job search;

    @Override
    public void install(ITextViewer textViewer) {
        if (!(textViewer instanceof ISourceViewer source)) {
            return;
        }
        viewer = source;
        if (viewer.getSelectionProvider() instanceof IPostSelectionProvider selections) {
            selections.addPostSelectionChangedListener(this);
        }
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(PREFERENCE_NODE);
        enabled = preferences.getBoolean(PREFERENCE_KEY, true);
        preferences.addPreferenceChangeListener(this);
    }

    @Override
    public void uninstall() {
        if (viewer == null) {
            return;
        }
        if (viewer.getSelectionProvider() instanceof IPostSelectionProvider selections) {
            selections.removePostSelectionChangedListener(this);
        }
        InstanceScope.INSTANCE.getNode(PREFERENCE_NODE).removePreferenceChangeListener(this);
        if (search != null) {
            search.cancel();
        }
        viewer = null;
    }

    @Override
    public IReconcilingStrategy getReconcilingStrategy(String contentType) {
        return null;
    }

    @Override
    public void preferenceChange(IEclipsePreferences.PreferenceChangeEvent event) {
        if (PREFERENCE_KEY.equals(event.getKey())) {
            enabled = Boolean.parseBoolean(String.valueOf(event.getNewValue() == null ? "true" : event.getNewValue()));
            Control control = viewer == null ? null : viewer.getTextWidget();
            if (!enabled && control != null && !control.isDisposed()) {
                control.getDisplay().asyncExec(() -> show(null, 0, new int[0], 0));
            }
        }
    }

    /** The caret came to rest (UI thread): find the word there, look for it in a job. */
    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        // a text viewer's selection is in model offsets (folded regions included)
        IDocument document = viewer == null ? null : viewer.getDocument();
        if (document == null || !(event.getSelection() instanceof ITextSelection selection)) {
            return;
        }
        long stamp = stamp(document);
        String word = enabled ? wordAt(document, selection.getOffset()) : null;
        if (word == null) {
            show(null, stamp, new int[0], 0);
            return;
        }
        if (word.equals(shownWord) && stamp == shownStamp) {
            return;
        }
        EditorSession session = EditorSession.of(document);
        EditorSession.Snapshot snapshot = session == null ? null : session.snapshot();
        String text = snapshot != null && snapshot.stamp() == stamp ? snapshot.text() : document.get();
        int caret = selection.getOffset();
        if (search != null) {
            search.cancel();
        }
        search = Job.create("Marking occurrences of " + word, (IProgressMonitor monitor) -> find(document, word, text, stamp, caret, monitor));
        search.setSystem(true);
        search.setPriority(Job.INTERACTIVE);
        search.schedule();
    }

    private IStatus find(IDocument document, String word, String text, long stamp, int caret, IProgressMonitor monitor) {
        int[] found = Occurrences.of(text, word, caret, MAX_MARKS);
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        Control control = viewer == null ? null : viewer.getTextWidget();
        if (control != null && !control.isDisposed()) {
            control.getDisplay().asyncExec(() -> {
                // shown only on the text they were found in: the positions of an older text would mark the wrong words
                if (viewer != null && viewer.getDocument() == document && stamp(document) == stamp) {
                    show(word, stamp, found, word.length());
                }
            });
        }
        return Status.OK_STATUS;
    }

    /** Replaces the marks by {@code offsets} (fewer than two: none). UI thread. */
    private void show(String word, long stamp, int[] offsets, int length) {
        IAnnotationModel model = viewer == null ? null : viewer.getAnnotationModel();
        shownWord = word;
        shownStamp = stamp;
        if (model == null || (shown.length == 0 && offsets.length < 2)) {
            return;
        }
        Map<Annotation, Position> marks = new HashMap<>();
        if (offsets.length >= 2) {
            String label = "Occurrence of '" + word + "'";
            for (int offset : offsets) {
                marks.put(new Annotation(ANNOTATION_TYPE, false, label), new Position(offset, length));
            }
        }
        if (model instanceof IAnnotationModelExtension extension) {
            extension.replaceAnnotations(shown, marks);
        } else {
            for (Annotation old : shown) {
                model.removeAnnotation(old);
            }
            marks.forEach(model::addAnnotation);
        }
        shown = marks.keySet().toArray(Annotation[]::new);
    }

    private static long stamp(IDocument document) {
        return document instanceof IDocumentExtension4 stamped ? stamped.getModificationStamp() : IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
    }

    /** The word (letters, digits, '_') touching {@code offset} on its line, or null; reads only that line. */
    static String wordAt(IDocument document, int offset) {
        try {
            IRegion line = document.getLineInformationOfOffset(offset);
            int from = Math.max(line.getOffset(), offset - MAX_WORD);
            int to = Math.min(line.getOffset() + line.getLength(), offset + MAX_WORD);
            return Occurrences.wordAt(document.get(from, to - from), offset - from);
        } catch (BadLocationException e) {
            return null;
        }
    }
}
