package org.devassign.ui.wizards;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;

/**
 * File &gt; New &gt; DevAssign Project: a project for a board and the configs that use it (a config is
 * checked with the other configs of its folder), by default with an empty board and a config for it.
 */
public class NewProjectWizard extends Wizard implements INewWizard {

    static final String BOARD = "board.board";
    static final String CONFIG = "config.assign";

    private IWorkbench workbench;
    private ProjectPage page;
    private IProject created;

    public NewProjectWizard() {
        setWindowTitle("New DevAssign Project");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench bench, IStructuredSelection selection) {
        this.workbench = bench;
    }

    @Override
    public void addPages() {
        page = new ProjectPage();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IProject project = page.getProjectHandle();
        IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
        if (!page.useDefaults()) {
            description.setLocationURI(page.getLocationURI());
        }
        boolean starter = page.starter();
        String name = WizardFiles.languageName(project.getName());
        try {
            getContainer().run(true, true, monitor -> {
                SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), 4);
                try {
                    ResourcesPlugin.getWorkspace().run(m -> {
                        SubMonitor inner = SubMonitor.convert(m, 4);
                        project.create(description, inner.split(1));
                        project.open(inner.split(1));
                        if (starter) {
                            writeStarter(project, name, inner.split(2));
                        }
                    }, progress.split(4));
                } catch (CoreException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            ILog.of(getClass()).warn("cannot create the project " + project.getName(), cause);
            page.setErrorMessage("The project was not created: " + cause.getMessage());
            return false;
        } catch (InterruptedException e) {
            return false;
        }
        created = project;
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        if (window != null && starter) {
            try {
                WizardFiles.showAndOpen(window, project.getFile(CONFIG));
            } catch (PartInitException e) {
                ILog.of(getClass()).error("cannot open the new project's config", e);
            }
        }
        return true;
    }

    private static void writeStarter(IProject project, String name, SubMonitor monitor) throws CoreException {
        monitor.setWorkRemaining(2);
        try {
            Path board = Files.createTempFile("devassign-new", ".board");
            try {
                EmptyBoardSource.write(board, name, EmptyBoardSource.ARCHITECTURES[0]);
                try (var in = Files.newInputStream(board)) {
                    project.getFile(BOARD).create(in, true, monitor.split(1));
                }
            } finally {
                Files.deleteIfExists(board);
            }
        } catch (java.io.IOException e) {
            throw new CoreException(org.eclipse.core.runtime.Status.error("cannot write the project's board: " + e.getMessage(), e));
        }
        IFile config = project.getFile(CONFIG);
        String text = ConfigText.of(name, project.getFullPath(), project.getFile(BOARD).getFullPath());
        config.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, monitor.split(1));
    }

    /** The project made by the last finish, or null. */
    public IProject created() {
        return created;
    }

    /** Name and location, and whether to start with an empty board and a config. */
    static final class ProjectPage extends WizardNewProjectCreationPage {
        private Button starter;

        ProjectPage() {
            super("project");
            setTitle("DevAssign Project");
            setDescription("A project holds boards and configs; a config is checked with its board and the other configs of its folder.");
        }

        @Override
        public void createControl(Composite parent) {
            super.createControl(parent);
            Composite area = (Composite) getControl();
            starter = new Button(area, SWT.CHECK);
            starter.setText("Start with an empty &board (" + BOARD + ") and a config for it (" + CONFIG + ")");
            starter.setSelection(true);
            GridDataFactory.fillDefaults().grab(true, false).indent(5, 10).applyTo(starter);
            area.layout(true, true);
        }

        boolean starter() {
            return starter != null && starter.getSelection();
        }

        void setStarter(boolean value) {
            starter.setSelection(value);
        }
    }
}
