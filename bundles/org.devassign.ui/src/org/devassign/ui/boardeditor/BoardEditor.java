package org.devassign.ui.boardeditor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.devassign.model.Board;
import org.devassign.model.edit.BoardOutline;
import org.devassign.model.io.BoardFiles;
import org.devassign.model.io.ModelFileException;
import org.devassign.ui.explorer.OutlineContentProvider;
import org.devassign.ui.internal.EmfImages;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Edits a {@code .board} file: the board's tree on the left, the selected element's properties on
 * the right. Changes are EMF commands (undo, redo, one dirty state); after each one the board is
 * validated as {@code devassign validate} does and the problems become markers. Save writes the XMI
 * the way {@link BoardFiles} always writes boards, so the CLI reads back exactly what was saved.
 */
public final class BoardEditor extends EditorPart implements IEditingDomainProvider, IGotoMarker {

    public static final String ID = "org.devassign.ui.boardEditor";

    private final ComposedAdapterFactory adapterFactory = BoardOutline.newAdapterFactory();
    private final BoardOutline outline = new BoardOutline(adapterFactory);
    private final BasicCommandStack commands = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, commands);
    private final BoardProblems problems = new BoardProblems(outline);
    private IFile file;
    private Board board;
    private TreeViewer tree;
    private PropertyTable properties;
    private CommandStackActions undoRedo;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        Path path;
        if (input instanceof IFileEditorInput fileInput) {
            file = fileInput.getFile();
            if (file.getLocation() == null) {
                throw new PartInitException(file.getFullPath() + ": the board is not on the local disk; copy it into a local project.");
            }
            path = file.getLocation().toPath();
        } else if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
            path = Path.of(uriInput.getURI());
        } else {
            throw new PartInitException(input.getName() + ": the board editor opens .board files from the disk.");
        }
        BoardFiles.configure(domain.getResourceSet());
        try {
            board = BoardFiles.load(domain.getResourceSet(), path);
        } catch (ModelFileException unreadable) {
            throw new PartInitException(unreadable.getMessage(), unreadable);
        }
        setPartName(path.getFileName().toString());
        setTitleToolTip(path.toString());
        commands.addCommandStackListener(event -> {
            Display display = site.getShell().getDisplay();
            if (!display.isDisposed()) {
                display.asyncExec(this::commandDone);
            }
        });
    }

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        tree = new TreeViewer(sash, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        tree.setUseHashlookup(true);
        tree.setContentProvider(new OutlineContentProvider(outline));
        tree.setLabelProvider(new BoardTreeLabels(outline, new EmfImages(tree.getControl()), problems));
        ColumnViewerToolTipSupport.enableFor(tree);
        tree.setInput(List.of(board));
        tree.expandToLevel(3);
        properties = new PropertyTable(sash, domain, adapterFactory, this::showStatus);
        sash.setWeights(55, 45);
        tree.addSelectionChangedListener(event -> {
            IStructuredSelection selection = event.getStructuredSelection();
            properties.show(selection.size() == 1 ? selection.getFirstElement() : null);
        });
        getSite().setSelectionProvider(tree);
        undoRedo = new CommandStackActions(commands);
        IActionBars bars = getEditorSite().getActionBars();
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undoRedo.undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), undoRedo.redo);
        bars.updateActionBars();
        validate();
    }

    /** After a command, an undo or a redo: dirty state, the views, the problems, and the element it changed selected. */
    private void commandDone() {
        if (tree == null || tree.getControl().isDisposed()) {
            return;
        }
        firePropertyChange(PROP_DIRTY);
        undoRedo.update();
        getEditorSite().getActionBars().updateActionBars();
        validate();
        tree.refresh();
        properties.refresh();
        Command recent = commands.getMostRecentCommand();
        Collection<?> affected = recent == null ? List.of() : recent.getAffectedObjects();
        if (!affected.isEmpty() && !tree.getStructuredSelection().toList().containsAll(affected)) {
            tree.setSelection(new StructuredSelection(affected.toArray()), true);
        }
    }

    private void validate() {
        List<Diagnostic> found = problems.check(board);
        try {
            problems.mark(file);
        } catch (CoreException e) {
            StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG);
        }
        showStatus(found.isEmpty() ? "" : found.size() + (found.size() == 1 ? " problem" : " problems") + " on this board: see the Problems view.");
    }

    private void showStatus(String text) {
        getEditorSite().getActionBars().getStatusLineManager().setMessage(text);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            board.eResource().save(BoardFiles.saveOptions());
            commands.saveIsDone();
            firePropertyChange(PROP_DIRTY);
            if (file != null) {
                file.refreshLocal(IResource.DEPTH_ZERO, monitor);
            }
        } catch (IOException | CoreException e) {
            StatusManager.getManager().handle(Status.error(getPartName() + " was not saved: " + e.getMessage()
                    + ". Check that the file and its folder are writable, then save again.", e),
                    StatusManager.SHOW | StatusManager.LOG);
            if (monitor != null) {
                monitor.setCanceled(true);
            }
        }
    }

    @Override
    public void doSaveAs() {
        // a board keeps its file: boards are written where discovery or the user put them
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isDirty() {
        return commands.isSaveNeeded();
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** Opening a board problem from the Problems view selects its element. */
    @Override
    public void gotoMarker(IMarker marker) {
        String fragment = marker.getAttribute(BoardProblems.ELEMENT, null);
        EObject element = fragment == null ? null : board.eResource().getEObject(fragment);
        if (element != null) {
            tree.setSelection(new StructuredSelection(element), true);
        }
    }

    /** The board as it is in the editor now (tests and other views read it; change it through commands). */
    public Board board() {
        return board;
    }

    /** The tree of the board. */
    public TreeViewer tree() {
        return tree;
    }

    /** The table of the selected element's properties. */
    public Table propertyTable() {
        return properties.table();
    }

    /** Whether a value of the property table is being edited now. */
    public boolean isEditingProperty() {
        return properties.isEditing();
    }

    /** The last refusal of a typed value, or an empty string. */
    public String refusal() {
        return properties.message();
    }

    @Override
    public void dispose() {
        adapterFactory.dispose();
        super.dispose();
    }
}
