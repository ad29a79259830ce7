package org.devassign.ui.deploy.deploy;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.devassign.dsl.ui.AssignLanguage;
import org.devassign.ui.deploy.targets.AgentTarget;
import org.devassign.ui.deploy.targets.TargetState;
import org.devassign.ui.deploy.targets.Targets;
import org.devassign.ui.deploy.targets.TargetsView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

/**
 * "Deploy to Target..." on an .assign file (the selected one, or the active editor's, saved first):
 * the plan job, the plan dialog, then the deploy job. The target is the one selected in the Targets
 * view, else the first connected one.
 */
public class DeployHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        // the file the Project Explorer's menu was opened on, else the workbench's selection
        Object chosen = HandlerUtil.getActiveMenuSelection(event) instanceof IStructuredSelection menu ? menu
                : HandlerUtil.getCurrentSelection(event);
        IFile file = chosen instanceof IStructuredSelection s ? Adapters.adapt(s.getFirstElement(), IFile.class) : null;
        if (file == null && HandlerUtil.getActiveWorkbenchWindow(event) != null) {
            file = activeConfig(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage()); // from the editor's own context menu
        }
        if (file == null || file.getLocation() == null || !saved(shell, file)) {
            return null;
        }
        TargetState target = null;
        IViewPart view = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().findView(TargetsView.ID);
        if (view instanceof TargetsView targets) {
            target = targets.selected();
        }
        if (target == null) {
            target = Targets.get().firstConnected();
        }
        if (target == null) {
            MessageDialog.openInformation(shell, "Deploy", "Add and connect a target in the Targets view first (Window > Show View"
                    + " > Targets): the agent's address and the folder of your certificates ('devassign certs init').");
            return null;
        }
        deploy(shell, file.getLocation().toPath(), target.target());
        return null;
    }

    /**
     * The config to deploy from where the user is: the active editor's .assign file, else the .assign
     * file selected in the Project Explorer; null when there is none.
     */
    public static IFile activeConfig(IWorkbenchPage page) {
        if (page == null) {
            return null;
        }
        IEditorPart editor = page.getActiveEditor();
        IFile file = editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
        if (isConfig(file)) {
            return file;
        }
        if (page.getSelection(IPageLayout.ID_PROJECT_EXPLORER) instanceof IStructuredSelection selection) {
            IFile selected = Adapters.adapt(selection.getFirstElement(), IFile.class);
            if (isConfig(selected)) {
                return selected;
            }
        }
        return null;
    }

    private static boolean isConfig(IFile file) {
        return file != null && file.getLocation() != null && AssignLanguage.EXTENSION.equals(file.getFileExtension());
    }

    /** What is deployed is the saved file: an editor with unsaved changes of {@code file} asks to save first; false when the user cancels. */
    public static boolean saved(Shell shell, IFile file) {
        return IDE.saveAllEditors(new IResource[] { file }, true);
    }

    /**
     * Plans {@code config} on {@code target}, shows the plan, and deploys when the user agrees. The
     * future ends with the deploy job's status (cancel when the user declined, the plan's error when planning failed).
     */
    public static CompletableFuture<IStatus> deploy(Shell shell, Path config, AgentTarget target) {
        CompletableFuture<IStatus> outcome = new CompletableFuture<>();
        PlanJob planJob = new PlanJob(config, target);
        planJob.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (!event.getResult().isOK()) {
                    outcome.complete(event.getResult());
                    return;
                }
                shell.getDisplay().asyncExec(() -> {
                    PlanDialog dialog = new PlanDialog(shell, planJob.plan(), planJob.planned(), target.toString());
                    if (dialog.open() != Window.OK) {
                        outcome.complete(org.eclipse.core.runtime.Status.CANCEL_STATUS);
                        return;
                    }
                    DeployJob deployJob = new DeployJob(config, target, planJob.plan());
                    deployJob.addJobChangeListener(new JobChangeAdapter() {
                        @Override
                        public void done(IJobChangeEvent e) {
                            outcome.complete(e.getResult());
                        }
                    });
                    deployJob.schedule();
                });
            }
        });
        planJob.schedule();
        return outcome;
    }
}
