package org.devassign.ui.explorer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.devassign.discovery.BoardImport;
import org.devassign.discovery.ImportResult;
import org.devassign.model.Board;
import org.devassign.model.edit.BoardOutline;
import org.devassign.model.io.BoardFiles;
import org.devassign.model.io.ModelFileException;
import org.devassign.ui.internal.EmfImages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

/** The boards the user opened, as trees; the selection feeds the Properties view. */
public class BoardExplorerView extends ViewPart {

    public static final String ID = "org.devassign.ui.boardExplorer";

    private final BoardOutline outline = BoardOutline.standard();
    private final List<Board> boards = new ArrayList<>();
    private TreeViewer viewer;
    private String lastStatus;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new OutlineContentProvider(outline));
        viewer.setLabelProvider(new OutlineLabelProvider(outline, new EmfImages(viewer.getControl())));
        viewer.setInput(boards);
        viewer.addDoubleClickListener(event -> {
            Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (element != null) {
                viewer.setExpandedState(element, !viewer.getExpandedState(element));
            }
        });
        getSite().setSelectionProvider(viewer);
    }

    /**
     * Opens a board file, or imports a device tree ({@code .dtb}, {@code .dts}) through the discovery
     * bundle, on the calling (UI) thread; import warnings go to the status line. An unreadable file
     * is reported in a dialog and changes nothing. The menus use {@link #load}, which reads in a job.
     */
    public Board open(Path file) {
        try {
            return show(read(file));
        } catch (ModelFileException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot open board", e.getMessage());
            return null;
        }
    }

    /**
     * Reads a board (or imports a device tree) in a job, with its progress in the status line and the
     * Progress view; the tree shows it when it is read. A file that cannot be read ends the job with
     * an error that names the file and the line (shown in a dialog, kept in the Error Log).
     */
    public Job load(Path file) {
        Job job = Job.create("Opening " + file.getFileName(), monitor -> {
            monitor.beginTask("Reading " + file, IProgressMonitor.UNKNOWN);
            try {
                Loaded result = read(file);
                Control control = viewer.getControl();
                if (!control.isDisposed()) {
                    control.getDisplay().asyncExec(() -> {
                        if (!control.isDisposed()) {
                            show(result);
                        }
                    });
                }
                return Status.OK_STATUS;
            } catch (ModelFileException e) {
                return Status.error("Cannot open the board: " + e.getMessage(), e);
            } finally {
                monitor.done();
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** A board read from a file: a .board as it is, or what the device-tree importer made of a DTB or DTS (with its warnings). */
    private record Loaded(ImportResult result, boolean imported) {
    }

    private static Loaded read(Path file) throws ModelFileException {
        return BoardImport.isDeviceTreeFile(file) ? new Loaded(BoardImport.importPath(file), true)
                : new Loaded(new ImportResult(BoardFiles.load(file), List.of()), false);
    }

    private Board show(Loaded loaded) {
        show(loaded.result().board());
        if (loaded.imported()) {
            status(loaded.result());
        }
        return loaded.result().board();
    }

    private void status(ImportResult result) {
        Board board = result.board();
        String message = "Imported " + board.getName() + ": " + board.getDevices().size() + " devices, "
                + result.skipped().size() + " nodes skipped, " + result.warnings().size()
                + (result.warnings().size() == 1 ? " warning" : " warnings")
                + (result.warnings().isEmpty() ? "" : " (first: " + result.warnings().get(0) + ")");
        lastStatus = message;
        getViewSite().getActionBars().getStatusLineManager().setMessage(message);
    }

    /** What the last import said on the status line, or null. */
    public String lastStatus() {
        return lastStatus;
    }

    /** Shows a board that is already loaded (from discovery, say). */
    public void show(Board board) {
        boards.add(board);
        viewer.refresh();
        viewer.setExpandedState(board, true);
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(board), true);
    }

    /** Expands every board and its device folder, so the devices are in sight. */
    public void expandDevices() {
        for (Board board : boards) {
            viewer.setExpandedState(board, true);
            for (Object folder : outline.children(board)) {
                viewer.setExpandedState(folder, true);
            }
        }
    }

    public List<Board> boards() {
        return List.copyOf(boards);
    }

    public TreeViewer viewer() {
        return viewer;
    }

    /** The Properties view shows the selection through the EMF.Edit property sources. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(new PropertySheetPage());
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
