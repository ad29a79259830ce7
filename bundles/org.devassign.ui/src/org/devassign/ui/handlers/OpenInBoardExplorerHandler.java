package org.devassign.ui.handlers;

import org.devassign.ui.explorer.BoardExplorerView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Right-click a .board, .dtb or .dts file &gt; Open in Board Explorer: the board as a tree (read in a job). */
public class OpenInBoardExplorerHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        // the files the context menu was opened on; from elsewhere, the workbench's selection
        Object chosen = HandlerUtil.getActiveMenuSelection(event) instanceof IStructuredSelection menu ? menu
                : HandlerUtil.getCurrentSelection(event);
        if (!(chosen instanceof IStructuredSelection selection)) {
            return null;
        }
        try {
            BoardExplorerView explorer = (BoardExplorerView) window.getActivePage().showView(BoardExplorerView.ID);
            for (Object element : selection.toList()) {
                IFile file = Adapters.adapt(element, IFile.class);
                if (file != null && file.getLocation() != null) {
                    explorer.load(file.getLocation().toPath());
                }
            }
        } catch (PartInitException e) {
            throw new ExecutionException("cannot show the Board Explorer", e);
        }
        return null;
    }
}
