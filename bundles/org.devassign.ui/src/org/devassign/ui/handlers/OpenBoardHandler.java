package org.devassign.ui.handlers;

import java.nio.file.Path;

import org.devassign.ui.explorer.BoardExplorerView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; Open Board...: picks a board or a device tree (DTB, DTS) and opens it in the Board Explorer (read in a job). */
public class OpenBoardHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setText("Open Board");
        dialog.setFilterExtensions(new String[] { "*.board;*.dtb;*.dts", "*.board", "*.dtb;*.dts", "*" });
        dialog.setFilterNames(new String[] { "Boards and device trees (*.board, *.dtb, *.dts)", "Boards (*.board)",
                "Device trees (*.dtb, *.dts)", "All files" });
        String file = dialog.open();
        if (file == null) {
            return null;
        }
        try {
            BoardExplorerView explorer = (BoardExplorerView) window.getActivePage().showView(BoardExplorerView.ID);
            explorer.load(Path.of(file));
        } catch (PartInitException e) {
            throw new ExecutionException("cannot show the Board Explorer", e);
        }
        return null;
    }
}
