package org.devassign.ui.internal;

import java.nio.file.Path;

import org.devassign.ui.Perspective;
import org.devassign.ui.explorer.BoardExplorerView;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Window set-up, then the start-up options: boards to open, a screenshot to take. */
public class DevAssignWorkbenchAdvisor extends WorkbenchAdvisor {

    private final StartupOptions options;

    public DevAssignWorkbenchAdvisor(StartupOptions options) {
        this.options = options;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        // Start from the same layout every time: reproducible screenshots and UI tests.
        configurer.setSaveAndRestore(false);
    }

    @Override
    public boolean preShutdown() {
        // the product runs without the IDE's advisor: save the workspace (markers, projects) ourselves
        try {
            org.eclipse.core.resources.ResourcesPlugin.getWorkspace().save(true, null);
        } catch (org.eclipse.core.runtime.CoreException | IllegalStateException e) {
            ILog.of(getClass()).log(Status.warning("cannot save the workspace: " + e.getMessage()));
        }
        return true;
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return Perspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public void preWindowOpen() {
                IWorkbenchWindowConfigurer window = getWindowConfigurer();
                window.setInitialSize(new Point(1280, 800));
                window.setShowCoolBar(false);
                window.setShowStatusLine(true);
                window.setTitle("DevAssign");
            }
        };
    }

    @Override
    public void postStartup() {
        IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        if (window == null) {
            return;
        }
        openBoards(window);
        if (options.boards().isEmpty() && options.screenshot() == null) {
            try {
                window.getActivePage().showView(org.devassign.ui.welcome.WelcomeView.ID);
            } catch (PartInitException e) {
                ILog.of(getClass()).log(Status.error("cannot show the welcome page", e));
            }
        }
        if (options.screenshot() != null) {
            Display display = window.getShell().getDisplay();
            // give GTK a moment to paint every part before reading the pixels back
            display.timerExec(1500, () -> takeScreenshotAndExit(window));
        }
    }

    private void openBoards(IWorkbenchWindow window) {
        if (options.boards().isEmpty()) {
            return;
        }
        IWorkbenchPage page = window.getActivePage();
        try {
            BoardExplorerView explorer = (BoardExplorerView) page.showView(BoardExplorerView.ID);
            for (Path board : options.boards()) {
                explorer.open(board);
            }
            explorer.expandDevices();
        } catch (PartInitException e) {
            ILog.of(getClass()).log(Status.error("cannot open the Board Explorer", e));
        }
    }

    private void takeScreenshotAndExit(IWorkbenchWindow window) {
        Shell shell = window.getShell();
        try {
            Screenshots.write(shell, options.screenshot());
            System.out.println("screenshot written to " + options.screenshot().toAbsolutePath());
        } catch (RuntimeException | java.io.IOException e) {
            ILog.of(getClass()).log(Status.error("cannot write screenshot " + options.screenshot(), e));
            MessageDialog.openError(shell, "Screenshot", "Cannot write " + options.screenshot() + ": " + e.getMessage());
        }
        getWorkbenchConfigurer().getWorkbench().close();
    }
}
