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
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
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
     * bundle; import warnings go to the status line. An unreadable file is reported in a dialog and
     * changes nothing.
     */
    public Board open(Path file) {
        try {
            if (BoardImport.isDeviceTreeFile(file)) {
                ImportResult result = BoardImport.importPath(file);
                show(result.board());
                status(result);
                return result.board();
            }
            Board board = BoardFiles.load(file);
            show(board);
            return board;
        } catch (ModelFileException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot open board", e.getMessage());
            return null;
        }
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
