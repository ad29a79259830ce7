package org.devassign.ui.internal;

import java.nio.file.Path;

import org.devassign.ui.Perspective;
import org.devassign.ui.explorer.BoardExplorerView;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * The DevAssign window: menus and keys of an Eclipse application (File, Edit, Window, Help), the
 * workspace as the resource views' input, progress in the status line; then the start-up options:
 * boards to open, a screenshot to take.
 */
public class DevAssignWorkbenchAdvisor extends WorkbenchAdvisor {

    private final StartupOptions options;

    public DevAssignWorkbenchAdvisor(StartupOptions options) {
        this.options = options;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        // Start from the same layout every time: reproducible screenshots and UI tests.
        configurer.setSaveAndRestore(false);
        PlatformLogBridge.install();
        // what the IDE's own advisor does for the resource views: workspace items adapt to labels and
        // icons (the Project Explorer lists projects), and the Problems view finds its images
        IDE.registerAdapters();
        IdeImages.declare(configurer);
    }

    /** The Project Explorer and the other resource views show the workspace. */
    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
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
                window.setShowCoolBar(true);
                window.setShowStatusLine(true);
                // jobs show their progress in the status line (and in detail in the Progress view)
                window.setShowProgressIndicator(true);
                window.setTitle("DevAssign");
            }

            @Override
            public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer actionBars) {
                return new DevAssignActionBarAdvisor(actionBars);
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

    /** The boards of -board, read in jobs: the window is usable while they load. */
    private void openBoards(IWorkbenchWindow window) {
        if (options.boards().isEmpty()) {
            return;
        }
        IWorkbenchPage page = window.getActivePage();
        try {
            BoardExplorerView explorer = (BoardExplorerView) page.showView(BoardExplorerView.ID);
            for (Path board : options.boards()) {
                explorer.load(board).addJobChangeListener(new JobChangeAdapter() {
                    @Override
                    public void done(IJobChangeEvent event) {
                        window.getShell().getDisplay().asyncExec(explorer::expandDevices);
                    }
                });
            }
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
