package org.devassign.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;

/**
 * File &gt; New &gt; Board: where the .board file goes, then what it starts from (empty, a sysfs tree,
 * a device tree, or a source another bundle adds, such as an agent's inventory). The board is made
 * in the wizard's progress part, then opened in the editor registered for .board files.
 */
public class NewBoardWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private WizardNewFileCreationPage filePage;
    private BoardSourcePage sourcePage;
    private IFile created;
    private String summary;

    public NewBoardWizard() {
        setWindowTitle("New Board");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench bench, IStructuredSelection current) {
        this.workbench = bench;
        this.selection = current;
    }

    @Override
    public void addPages() {
        filePage = new WizardNewFileCreationPage("file", selection);
        filePage.setTitle("Board");
        filePage.setDescription("A board model (.board) states a board's devices, their regions and interrupts, and its IOMMU groups.");
        filePage.setFileExtension("board");
        filePage.setFileName("board.board");
        addPage(filePage);
        sourcePage = new BoardSourcePage(BoardSources.all());
        addPage(sourcePage);
    }

    @Override
    public boolean performFinish() {
        IPath target = filePage.getContainerFullPath().append(filePage.getFileName());
        String name = WizardFiles.languageName(filePage.getFileName());
        NewBoardSource.Writer writer = sourcePage.selected().source().writer();
        try {
            getContainer().run(true, true, monitor -> {
                SubMonitor progress = SubMonitor.convert(monitor, "Making " + target.lastSegment(), 3);
                Path temporary = null;
                try {
                    temporary = Files.createTempFile("devassign-new", ".board");
                    summary = writer.write(temporary, name, progress.split(2));
                    created = WizardFiles.create(target, temporary, progress.split(1));
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    throw new InvocationTargetException(e);
                } finally {
                    deleteQuietly(temporary);
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            ILog.of(getClass()).warn("cannot make the board " + target, cause);
            sourcePage.setErrorMessage("The board was not made: " + cause.getMessage());
            return false;
        } catch (InterruptedException e) {
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

    private static void deleteQuietly(Path temporary) {
        try {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        } catch (java.io.IOException e) {
            temporary.toFile().deleteOnExit();
        }
    }

    /** The file made by the last finish, or null. */
    public IFile created() {
        return created;
    }

    /** What the source said about the board it made (devices found, warnings), or null. */
    public String summary() {
        return summary;
    }
}
