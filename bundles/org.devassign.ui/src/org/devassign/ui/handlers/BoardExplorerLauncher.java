package org.devassign.ui.handlers;

import org.devassign.ui.explorer.BoardExplorerView;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IEditorLauncher;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** Opening a compiled device tree (.dtb, binary) from the Project Explorer shows it in the Board Explorer: no text editor can show it. */
public class BoardExplorerLauncher implements IEditorLauncher {

    @Override
    public void open(IPath file) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return;
        }
        try {
            ((BoardExplorerView) window.getActivePage().showView(BoardExplorerView.ID)).load(file.toPath());
        } catch (PartInitException e) {
            ILog.of(BoardExplorerLauncher.class).error("cannot show " + file + " in the Board Explorer", e);
        }
    }
}
