package org.devassign.ui.diagram.editor;

import java.nio.file.Path;

import org.devassign.dsl.ui.WorkbenchConfigs;
import org.devassign.dsl.workspace.Overlay;
import org.devassign.ui.diagram.layout.StableLayout;
import org.devassign.ui.diagram.model.Diagram;
import org.devassign.ui.diagram.model.DiagramBuilder;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The graphical assignment editor of one .assign file. It edits the same document as the text
 * editor (file buffers): text changes redraw the diagram, drops become minimal text edits
 * (IChangeSerializer), undo and redo go through the document's one undo history.
 */
public class AssignDiagramEditor extends EditorPart {

    public static final String ID = "org.devassign.ui.diagram.editor";
    /** The family of the jobs that compute a gesture's text edits (tests join them). */
    public static final Object EDITS = GestureEdits.FAMILY;

    private IFile file;
    private IDocument document;
    /** The document's text for the config workspace while the diagram is open (the text editor may be closed). */
    private Overlay overlay;
    private IDocumentUndoManager undo;
    private DiagramCanvas canvas;
    private DiagramOverview overview;
    /** Where every shape stood, so that an edit redraws the diagram without moving what the user looks at. */
    private final StableLayout layout = new StableLayout();
    private volatile long generation;
    private final IDocumentListener listener = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            firePropertyChange(PROP_DIRTY);
            scheduleRefresh();
        }
    };
    private final HistoryAction undoAction = new HistoryAction("Undo", () -> undo, true);
    private final HistoryAction redoAction = new HistoryAction("Redo", () -> undo, false);

    /** Opens the diagram of a config beside its text editor (an editor on the same file of another kind is not reused). */
    public static AssignDiagramEditor open(org.eclipse.ui.IWorkbenchPage page, IFile file) throws PartInitException {
        return (AssignDiagramEditor) page.openEditor(new org.eclipse.ui.part.FileEditorInput(file), ID, true,
                org.eclipse.ui.IWorkbenchPage.MATCH_ID | org.eclipse.ui.IWorkbenchPage.MATCH_INPUT);
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput fileInput)) {
            throw new PartInitException("The assignment diagram opens .assign files of the workspace; " + input.getName() + " is not one.");
        }
        setSite(site);
        setInput(input);
        file = fileInput.getFile();
        setPartName(file.getName() + " (diagram)");
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        try {
            manager.connect(file.getFullPath(), LocationKind.IFILE, null);
        } catch (CoreException e) {
            throw new PartInitException("cannot read " + file.getFullPath() + ": " + e.getMessage(), e);
        }
        document = buffer().getDocument();
        overlay = WorkbenchConfigs.get().overlay(path());
        DocumentUndoManagerRegistry.connect(document);
        undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
        document.addDocumentListener(listener);
        site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undoAction);
        site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redoAction);
    }

    private ITextFileBuffer buffer() {
        return FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
    }

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        canvas = new DiagramCanvas(sash);
        overview = new DiagramOverview(sash, canvas);
        sash.setWeights(82, 18);
        java.util.function.Consumer<String> status = text -> getEditorSite().getActionBars().getStatusLineManager().setMessage(text);
        GestureEdits gestures = new GestureEdits(canvas, document, undo, path(), status);
        canvas.onDrop(gestures::dropped);
        canvas.onDelete(gestures::remove);
        canvas.onStatus(status);
        canvas.addListener(SWT.KeyDown, event -> {
            boolean mod = (event.stateMask & SWT.MOD1) != 0;
            if (mod && (event.keyCode == 'z') && (event.stateMask & SWT.SHIFT) == 0) {
                undoAction.run();
            } else if (mod && (event.keyCode == 'y' || (event.keyCode == 'z' && (event.stateMask & SWT.SHIFT) != 0))) {
                redoAction.run();
            }
        });
        new DiagramMenu(canvas, gestures::linkOf, gestures::remove, undoAction, redoAction, this::arrangeAll,
                file.getName().replace(".assign", "")).install();
        refreshInBackground(generation);
    }

    /** The Outline view shows the overview too, for those who keep the Outline open. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IContentOutlinePage.class && canvas != null) {
            return adapter.cast(new DiagramOutlinePage(canvas));
        }
        return super.getAdapter(adapter);
    }

    /** The overview of the whole diagram beside the canvas. */
    public DiagramOverview overview() {
        return overview;
    }

    /** The canvas, for tests that drag like a user. */
    public DiagramCanvas canvas() {
        return canvas;
    }

    /** The document this editor shows (the same one a text editor on the file shows). */
    public IDocument document() {
        return document;
    }

    public IAction undoAction() {
        return undoAction;
    }

    public IAction redoAction() {
        return redoAction;
    }

    private Path path() {
        return file.getLocation().toPath();
    }

    /** Lays the diagram out afresh, forgetting where the shapes stood. */
    public void arrangeAll() {
        layout.reset();
        scheduleRefresh();
    }

    private void scheduleRefresh() {
        long mine = ++generation;
        canvas.getDisplay().timerExec(150, () -> {
            if (mine == generation && !canvas.isDisposed()) {
                refreshInBackground(mine);
            }
        });
    }

    private void refreshInBackground(long mine) {
        String text = document.get();
        overlay.set(text);
        Path path = path();
        Job job = Job.create("Drawing " + file.getName(), (IProgressMonitor monitor) -> {
            Diagram diagram = diagramOf(path, text, layout);
            canvas.getDisplay().asyncExec(() -> {
                if (mine == generation && !canvas.isDisposed()) {
                    canvas.setDiagram(diagram);
                    shown = text;
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private volatile String shown;

    /** The text the canvas shows now (tests wait for it to catch up with the document). */
    public String shownText() {
        return shown;
    }

    /**
     * Validates and builds (in the workbench's config workspace), then lays out, keeping the places
     * the layout remembers: everything but painting, off the UI thread.
     */
    public static Diagram diagramOf(Path path, String text, StableLayout layout) {
        Diagram diagram = WorkbenchConfigs.get().read(path, text, org.eclipse.xtext.util.CancelIndicator.NullImpl,
                parsed -> DiagramBuilder.build(parsed, parsed.validate(org.eclipse.xtext.util.CancelIndicator.NullImpl)));
        layout.layout(diagram);
        return diagram;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            buffer().commit(monitor, true);
            firePropertyChange(PROP_DIRTY);
        } catch (CoreException e) {
            ILog.of(AssignDiagramEditor.class).log(new Status(IStatus.ERROR, "org.devassign.ui.diagram", "cannot save " + file.getName(), e));
        }
    }

    @Override
    public void doSaveAs() {
    }

    @Override
    public boolean isDirty() {
        ITextFileBuffer buffer = buffer();
        return buffer != null && buffer.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        if (overlay != null) {
            overlay.close();
        }
        if (document != null) {
            document.removeDocumentListener(listener);
            DocumentUndoManagerRegistry.disconnect(document);
            try {
                FileBuffers.getTextFileBufferManager().disconnect(file.getFullPath(), LocationKind.IFILE, null);
            } catch (CoreException e) {
                ILog.of(AssignDiagramEditor.class).error("cannot release " + file.getName(), e);
            }
        }
        super.dispose();
    }
}
