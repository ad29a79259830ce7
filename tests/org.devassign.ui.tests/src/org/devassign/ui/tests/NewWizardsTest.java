package org.devassign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.devassign.model.Board;
import org.devassign.model.io.BoardFiles;
import org.devassign.testing.ui.RealEvents;
import org.devassign.testing.ui.Shots;
import org.devassign.testing.ui.UiFailureReport;
import org.devassign.testing.ui.Waits;
import org.devassign.testing.ui.Widgets;
import org.devassign.ui.Perspective;
import org.devassign.ui.wizards.NewBoardWizard;
import org.devassign.ui.wizards.NewConfigWizard;
import org.devassign.ui.wizards.NewProjectWizard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * File &gt; New: a DevAssign project (with an empty board and a config that validate), a config for
 * one of the workspace's boards, a board imported from a device tree, each typed and finished with
 * real key and mouse events; what they make opens in its editor.
 */
@ExtendWith(UiFailureReport.class)
class NewWizardsTest {

    private static final String PROJECT = "lab";

    @TempDir
    Path dir;

    private IWorkbenchPage page;
    private Display display;

    @BeforeEach
    void window() throws Exception {
        page = PlatformUI.getWorkbench().showPerspective(Perspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        display = page.getWorkbenchWindow().getShell().getDisplay();
    }

    @AfterEach
    void close() throws Exception {
        page.closeAllEditors(false);
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (project.exists()) {
            project.delete(true, true, null);
        }
    }

    /** Opens a New wizard as File &gt; New does, without blocking (the test types into it). */
    private WizardDialog open(INewWizard wizard, Object selected) {
        wizard.init(PlatformUI.getWorkbench(), selected == null ? StructuredSelection.EMPTY : new StructuredSelection(selected));
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Waits.flush();
        return dialog;
    }

    private void finish(WizardDialog dialog, IWizard wizard) throws java.io.IOException {
        Button finish = Widgets.button(dialog.getShell(), "Finish");
        assertNotNull(finish);
        Waits.until("Finish to be enabled", 20, finish::isEnabled);
        Widgets.click(finish);
        try {
            Waits.until("the wizard to close", 120, () -> dialog.getShell() == null || dialog.getShell().isDisposed());
        } catch (AssertionError stillOpen) {
            Shots.take(dialog.getShell(), "wizard-not-closed");
            throw new AssertionError(stillOpen.getMessage() + "; the page says: " + dialog.getCurrentPage().getErrorMessage() + " / "
                    + dialog.getCurrentPage().getDescription(), stillOpen);
        }
        assertNotNull(wizard);
    }

    /** Types {@code text} into the field that has the focus, replacing what is there. */
    private void retype(Text field, String text) {
        RealEvents.focus(field);
        RealEvents.key(display, 'a', SWT.CTRL);
        RealEvents.type(display, text);
        assertEquals(text, field.getText());
    }

    @Test
    void aNewProjectStartsWithAnEmptyBoardAndAConfigThatValidate() throws Exception {
        NewProjectWizard wizard = new NewProjectWizard();
        WizardDialog dialog = open(wizard, null);
        Text name = Widgets.find(dialog.getShell(), Text.class, t -> t.isVisible() && t.isEnabled());
        retype(name, PROJECT);
        Shots.take(dialog.getShell(), "new-project-wizard");
        finish(dialog, wizard);

        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        assertTrue(project.isOpen());
        assertTrue(project.getFile("board.board").exists() && project.getFile("config.assign").exists());
        Board board = BoardFiles.load(project.getFile("board.board").getLocation().toPath());
        assertEquals(PROJECT, board.getName());
        assertTrue(Files.readString(project.getFile("config.assign").getLocation().toPath()).startsWith("config lab for \"board.board\"\n"));
        Waits.until("the config in its editor", 30, () -> page.getActiveEditor() != null
                && "config.assign".equals(page.getActiveEditor().getEditorInput().getName()));
        TestProjects.OpenConfig config = new TestProjects.OpenConfig(project.getFile("config.assign"),
                (org.eclipse.ui.texteditor.ITextEditor) page.getActiveEditor(),
                ((org.eclipse.ui.texteditor.ITextEditor) page.getActiveEditor()).getDocumentProvider().getDocument(page.getActiveEditor().getEditorInput()),
                null);
        config.checked(60);
        Waits.idle(500);
        assertEquals(0, config.markers().length, "the new config validates against its board");
    }

    @Test
    void aNewConfigIsForABoardOfTheWorkspaceAndABoardComesFromADeviceTree() throws Exception {
        IProject project = TestProjects.create(PROJECT);
        TestProjects.copyExample(project, "vm-q35.board");

        NewConfigWizard configWizard = new NewConfigWizard();
        WizardDialog dialog = open(configWizard, project);
        Text fileName = Widgets.find(dialog.getShell(), Text.class, t -> t.getText().equals("config.assign"));
        retype(fileName, "guests.assign");
        Shots.take(dialog.getShell(), "new-config-wizard");
        finish(dialog, configWizard);
        IFile config = project.getFile("guests.assign");
        assertTrue(Files.readString(config.getLocation().toPath()).startsWith("config guests for \"vm-q35.board\"\n"),
                Files.readString(config.getLocation().toPath()));
        Waits.until("the config in its editor", 30, () -> page.getActiveEditor() != null
                && "guests.assign".equals(page.getActiveEditor().getEditorInput().getName()));

        Path dts = Files.writeString(dir.resolve("soc.dts"), """
                /dts-v1/;
                / {
                    #address-cells = <1>;
                    #size-cells = <1>;
                    model = "Wizard test board";
                    gic: interrupt-controller@8000000 {
                        compatible = "arm,gic-400";
                        reg = <0x8000000 0x10000>;
                        interrupt-controller;
                        #interrupt-cells = <3>;
                    };
                    serial@9000000 {
                        compatible = "arm,pl011";
                        reg = <0x9000000 0x1000>;
                        interrupt-parent = <&gic>;
                        interrupts = <0 1 4>;
                    };
                };
                """);
        NewBoardWizard boardWizard = new NewBoardWizard();
        WizardDialog boardDialog = open(boardWizard, project);
        Text boardName = Widgets.find(boardDialog.getShell(), Text.class, t -> t.getText().equals("board.board"));
        retype(boardName, "soc.board");
        Widgets.click(Widgets.button(boardDialog.getShell(), "Next >"));
        Button deviceTree = Waits.until("the sources page", 10, () -> Widgets.find(boardDialog.getShell(), Button.class,
                b -> b.isVisible() && "devicetree".equals(b.getData("source"))), b -> b != null);
        Widgets.click(deviceTree);
        Waits.until("the device tree source chosen", 10, deviceTree::getSelection);
        Text tree = Widgets.find(boardDialog.getShell(), Text.class, t -> t.isVisible() && t.isEnabled() && t.getMessage().isEmpty()
                && t.getText().isEmpty());
        retype(tree, dts.toString());
        Shots.take(boardDialog.getShell(), "new-board-wizard");
        finish(boardDialog, boardWizard);
        IFile board = project.getFile("soc.board");
        assertTrue(board.exists());
        Board imported = BoardFiles.load(board.getLocation().toPath());
        assertEquals("Wizard test board", imported.getHardwareModel());
        assertTrue(imported.getDevices().stream().anyMatch(d -> d.getSysfsName().equals("9000000.serial")), imported.getDevices().toString());
        assertTrue(boardWizard.summary().startsWith(imported.getDevices().size() + " devices"), boardWizard.summary());
        Waits.until("the board in its editor", 30, () -> page.getActiveEditor() != null
                && "soc.board".equals(page.getActiveEditor().getEditorInput().getName()));
    }
}
