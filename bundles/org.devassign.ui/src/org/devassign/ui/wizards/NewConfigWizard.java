package org.devassign.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;

/**
 * File &gt; New &gt; Config: a .assign file for one of the workspace's boards (or none yet), with its
 * first line written and a comment on what comes next, opened in the editor.
 */
public class NewConfigWizard extends Wizard implements INewWizard {

    static final String NO_BOARD = "(none yet: a board written inline in the config, or chosen later)";

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private ConfigPage page;
    private IFile created;

    public NewConfigWizard() {
        setWindowTitle("New Config");
    }

    @Override
    public void init(IWorkbench bench, IStructuredSelection current) {
        this.workbench = bench;
        this.selection = current;
    }

    @Override
    public void addPages() {
        page = new ConfigPage(selection);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        created = page.createNewFile();
        if (created == null) {
            return false;
        }
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        if (window != null) {
            try {
                WizardFiles.showAndOpen(window, created);
            } catch (PartInitException e) {
                ILog.of(getClass()).error("cannot open " + created.getFullPath(), e);
            }
        }
        return true;
    }

    /** The file made by the last finish, or null. */
    public IFile created() {
        return created;
    }

    /** Every .board file of the workspace, those of the selected project first. */
    static List<IPath> boards() {
        List<IPath> boards = new ArrayList<>();
        try {
            ResourcesPlugin.getWorkspace().getRoot().accept(proxy -> {
                if (proxy.getType() == IResource.FILE && proxy.getName().endsWith(".board")) {
                    boards.add(proxy.requestFullPath());
                }
                return !proxy.getName().startsWith(".");
            }, IResource.NONE);
        } catch (CoreException e) {
            ILog.of(NewConfigWizard.class).warn("cannot list the workspace's boards", e);
        }
        return boards;
    }

    /** The file's place and name, and the board it is for. */
    static final class ConfigPage extends WizardNewFileCreationPage {
        private final List<IPath> boards = boards();
        private Combo board;

        ConfigPage(IStructuredSelection selection) {
            super("config", selection);
            setTitle("Config");
            setDescription("A config (.assign) names its board and says which VM, driver or probe gets which device.");
            setFileExtension("assign");
            setFileName("config.assign");
        }

        @Override
        public void createControl(Composite parent) {
            super.createControl(parent);
            Composite area = (Composite) getControl();
            Composite row = new Composite(area, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
            new Label(row, SWT.NONE).setText("&Board:");
            board = new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(board);
            IPath container = getContainerFullPath();
            List<IPath> ordered = new ArrayList<>(boards);
            ordered.sort((a, b) -> Boolean.compare(!near(a, container), !near(b, container)));
            boards.clear();
            boards.addAll(ordered);
            for (IPath path : boards) {
                board.add(path.makeRelative().toString());
            }
            board.add(NO_BOARD);
            board.select(0);
            area.layout(true, true);
        }

        private static boolean near(IPath boardPath, IPath container) {
            return container != null && container.segmentCount() > 0 && boardPath.segment(0).equals(container.segment(0));
        }

        /** The chosen board's workspace path, or null. */
        IPath chosenBoard() {
            int index = board == null ? -1 : board.getSelectionIndex();
            return index < 0 || index >= boards.size() ? null : boards.get(index);
        }

        /** Chooses a board by its workspace path (tests, and callers that know it). */
        void chooseBoard(IPath path) {
            int index = boards.indexOf(path);
            if (index >= 0) {
                board.select(index);
            }
        }

        @Override
        protected InputStream getInitialContents() {
            String text = ConfigText.of(WizardFiles.languageName(getFileName()), getContainerFullPath(), chosenBoard());
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
