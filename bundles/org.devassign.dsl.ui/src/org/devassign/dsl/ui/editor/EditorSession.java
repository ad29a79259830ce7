package org.devassign.dsl.ui.editor;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.devassign.dsl.ui.WorkbenchConfigs;
import org.devassign.dsl.workspace.ConfigWorkspace;
import org.devassign.dsl.workspace.Overlay;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ContentAssistEvent;
import org.eclipse.jface.text.contentassist.ICompletionListener;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewerExtension4;
import org.eclipse.swt.widgets.Control;

/**
 * One .assign document open in an editor, as the workbench's config workspace sees it. A keystroke
 * (UI thread) only records the edit and hands the text to the workspace as the file's unsaved text
 * (an {@link Overlay}: no parse, no wait), which cancels a check that is running; a {@link CheckJob}
 * checks the text a moment after the last keystroke. Its outcome, an {@link EditorState}, feeds the
 * markers, the semantic colours, the links and the hovers; until it comes they show the latest
 * finished state.
 */
public final class EditorSession implements IDocumentListener {

    /** How long after the last keystroke the check starts. */
    static final int DELAY_MS = 200;

    private static final Map<IDocument, EditorSession> SESSIONS = new ConcurrentHashMap<>();

    /** A snapshot of the document: its text at a modification stamp. */
    record Snapshot(String text, long stamp) {
    }

    private final ITextViewer viewer;
    private final IDocument document;
    private final Path file;
    private final EditLog edits = new EditLog();
    private final SemanticHighlighter highlighter;
    private final CheckJob job;
    private final Runnable filesChanged = () -> recheck(DELAY_MS * 2);
    private volatile Snapshot snapshot;
    private volatile EditorState state;
    private final AssistSessions assist = new AssistSessions();
    private Overlay overlay;
    private boolean disposed;

    EditorSession(ITextViewer viewer, IDocument document) {
        this.viewer = viewer;
        this.document = document;
        this.file = EditedFiles.pathOrPlaceholder(document).toAbsolutePath().normalize();
        this.highlighter = new SemanticHighlighter(viewer, edits);
        this.job = new CheckJob(this);
    }

    /** The session of an open document, or null. */
    public static EditorSession of(IDocument document) {
        return document == null ? null : SESSIONS.get(document);
    }

    void start() {
        if (viewer instanceof ISourceViewerExtension4 extension && extension.getContentAssistantFacade() != null) {
            extension.getContentAssistantFacade().addCompletionListener(assist);
        }
        SESSIONS.put(document, this);
        snapshot = take();
        document.addDocumentListener(this);
        WorkbenchConfigs.addFileListener(filesChanged);
        job.schedule();
    }

    public Path file() {
        return file;
    }

    /** The latest finished check of this document's text, or null before the first. */
    public EditorState state() {
        return state;
    }

    /** The latest finished state if it is of the document's text as it is now, else null. */
    public EditorState currentState() {
        EditorState latest = state;
        return latest != null && latest.stamp() == snapshot.stamp() ? latest : null;
    }

    Snapshot snapshot() {
        return snapshot;
    }

    private Snapshot take() {
        long stamp = document instanceof IDocumentExtension4 stamped ? stamped.getModificationStamp()
                : IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
        return new Snapshot(document.get(), stamp);
    }

    @Override
    public void documentAboutToBeChanged(DocumentEvent event) {
        // the edit is recorded once it is made
    }

    @Override
    public void documentChanged(DocumentEvent event) {
        Snapshot now = take();
        snapshot = now;
        edits.add(event.getOffset(), event.getLength(), event.getText() == null ? 0 : event.getText().length(), now.stamp());
        Overlay unsaved;
        synchronized (this) {
            unsaved = overlay;
        }
        if (unsaved != null) {
            unsaved.set(now.text()); // cancels a check of an older text at once
        }
        recheck(DELAY_MS);
    }

    /** Checks again after {@code delayMs}, cancelling a check that is running. */
    void recheck(int delayMs) {
        if (!disposed) {
            job.cancel();
            job.schedule(delayMs);
        }
    }

    /** The overlay of this document, made on the first check with {@code text}; null once the editor closed. */
    synchronized Overlay overlay(ConfigWorkspace workspace, String text) {
        if (disposed) {
            return null;
        }
        if (overlay == null) {
            overlay = workspace.overlay(file);
            overlay.set(text);
        }
        return overlay;
    }

    /** A check finished on the text of {@code newState}: markers, colours and links follow it. */
    void publish(EditorState newState) {
        state = newState;
        IFile workspaceFile = EditedFiles.workspaceFile(document);
        if (workspaceFile != null) {
            ProblemMarkers.replace(workspaceFile, newState.checked().issues());
        }
        Control control = viewer.getTextWidget();
        if (control != null && !control.isDisposed()) {
            control.getDisplay().asyncExec(() -> {
                if (!disposed && !control.isDisposed()) {
                    edits.checkedUpTo(newState.stamp());
                    highlighter.show(newState);
                }
            });
        }
    }

    /** Only {@code from..to} of the text is drawn up to date (UI thread): see {@link SemanticHighlighter#presentedOnly}. */
    void presentedOnly(int from, int to) {
        highlighter.presentedOnly(from, to);
    }

    /** The check of {@code checked} was cancelled by a change elsewhere: check again if this text did not change. */
    void checkAgainIfUnchanged(Snapshot checked) {
        if (snapshot.stamp() == checked.stamp()) {
            recheck(DELAY_MS);
        }
    }

    /** Whether the content assist session now asking for proposals popped up by itself (a letter typed), not by Ctrl+Space. */
    boolean assistAutoActivated() {
        return assist.autoActivated;
    }

    /** Follows the editor's content assist sessions: auto-activated (by typing) or asked for. */
    private static final class AssistSessions implements ICompletionListener {
        volatile boolean autoActivated;

        @Override
        public void assistSessionStarted(ContentAssistEvent event) {
            autoActivated = event.isAutoActivated;
        }

        @Override
        public void assistSessionEnded(ContentAssistEvent event) {
            autoActivated = false;
        }

        @Override
        public void selectionChanged(ICompletionProposal proposal, boolean smartToggle) {
            // only the session's start matters
        }
    }

    /** The editor closed: its unsaved text leaves the workspace; a check still running changes nothing after this. */
    void dispose() {
        synchronized (this) {
            disposed = true;
            if (overlay != null) {
                overlay.close();
            }
        }
        if (viewer instanceof ISourceViewerExtension4 extension && extension.getContentAssistantFacade() != null) {
            extension.getContentAssistantFacade().removeCompletionListener(assist);
        }
        SESSIONS.remove(document, this);
        WorkbenchConfigs.removeFileListener(filesChanged);
        document.removeDocumentListener(this);
        job.cancel();
        highlighter.dispose();
    }

    boolean disposed() {
        return disposed;
    }
}
