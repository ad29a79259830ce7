package org.devassign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.devassign.testing.RepoFiles;
import org.devassign.testing.ui.Dialogs;
import org.devassign.testing.ui.RealEvents;
import org.devassign.testing.ui.Shots;
import org.devassign.testing.ui.UiFailureReport;
import org.devassign.testing.ui.Waits;
import org.devassign.testing.ui.Widgets;
import org.devassign.ui.Perspective;
import org.devassign.ui.explorer.BoardExplorerView;
import org.devassign.ui.preferences.CertificatesPreferencePage;
import org.devassign.ui.preferences.TargetSettings;
import org.devassign.ui.preferences.TargetsPreferencePage;
import org.devassign.ui.welcome.ExampleProject;
import org.devassign.ui.welcome.WelcomeView;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The welcome page opens the example project; the preferences store targets and certificates where the deploy client reads them. */
@ExtendWith(UiFailureReport.class)
class WelcomeAndPreferencesTest {

    private IWorkbenchPage page;

    @BeforeEach
    void devassignPerspective() throws Exception {
        page = PlatformUI.getWorkbench().showPerspective(Perspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
    }

    @AfterEach
    void close() throws Exception {
        page.closeAllEditors(false);
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProject.NAME);
        if (project.exists()) {
            project.delete(true, true, null);
        }
    }

    @Test
    void theWelcomePageOpensTheExampleProjectInTheEditors() throws Exception {
        WelcomeView welcome = (WelcomeView) page.showView(WelcomeView.ID);
        Waits.flush();
        Path png = Shots.take(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "welcome");
        assertTrue(Files.size(png) > 10_000);

        var opening = welcome.openExamples();
        Waits.until("the example project job", 120, () -> opening.getResult() != null);
        Waits.until("the editors", 60, () -> page.getActiveEditor() != null && page.findView(WelcomeView.ID) == null);
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProject.NAME);
        assertTrue(project.isOpen());
        List<String> files = Arrays.stream(project.members()).filter(r -> r.getType() == IResource.FILE && !r.getName().startsWith(".")).map(IResource::getName).sorted().toList();
        assertEquals(List.of("vm-microvm.assign", "vm-microvm.board", "vm-q35.assign", "vm-q35.board"), files);
        assertEquals(Files.readString(RepoFiles.example("vm-q35.assign")), Files.readString(project.getFile("vm-q35.assign").getLocation().toPath()));

        List<String> editors = Arrays.stream(page.getEditorReferences()).map(IEditorReference::getId).toList();
        assertTrue(editors.contains("org.eclipse.ui.genericeditor.GenericEditor") && editors.contains("org.devassign.ui.diagram.editor"), editors.toString());
        assertEquals("vm-q35.assign", page.getActiveEditor().getEditorInput().getName());
        // the board is shown after the editors, in its own turn of the event loop
        Waits.until("the board in the Board Explorer", 30, () -> page.findView(BoardExplorerView.ID) instanceof BoardExplorerView explorer
                && explorer.boards().stream().anyMatch(b -> "vm-q35".equals(b.getName())));
        assertNull(page.findView(WelcomeView.ID), "the welcome page makes room for the editors");
    }

    @Test
    void theAboutDialogShowsAllOfItsText() throws Exception {
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Display display = window.getDisplay();
        List<String> seen = new java.util.ArrayList<>();
        Dialogs.Handled about = Dialogs.whenOpen("About DevAssign", 30, dialog -> {
            Waits.flush();
            try {
                Shots.take(dialog, "about");
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            for (Control text : Widgets.all(dialog, Control.class, c -> c.isVisible() && (c instanceof StyledText || c instanceof Label)
                    && !textOf(c).isBlank())) {
                seen.add(textOf(text));
                assertTrue(shows(text), "cut: '" + textOf(text) + "' " + text.getSize() + " for " + text.computeSize(text.getSize().x, SWT.DEFAULT));
            }
            dialog.close();
        });
        window.forceActive();
        RealEvents.moveTo(window, window.getSize().x / 2, window.getSize().y / 2);
        RealEvents.key(display, 'h', SWT.ALT);
        RealEvents.key(display, 'a', 0);
        Waits.until("the About dialog", 30, () -> about.done);
        about.check();
        assertTrue(seen.stream().anyMatch(t -> t.contains("Device assignment for Linux boards") && t.contains("from Maven Central.")),
                seen.toString());
    }

    private static String textOf(Control control) {
        return control instanceof StyledText styled ? styled.getText() : control instanceof Label label ? label.getText() : "";
    }

    /** A text shows all of itself without scrolling: it fits its own size, and no scrolled area around it has to scroll. */
    private static boolean shows(Control control) {
        for (Control parent = control.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof org.eclipse.swt.custom.ScrolledComposite scroller && scroller.getVerticalBar() != null
                    && scroller.getVerticalBar().isVisible()) {
                return false;
            }
        }
        return Widgets.showsAll(control);
    }

    @Test
    void targetsAndCertificatesAreStoredInTheirPreferenceNode() throws Exception {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                TargetsPreferencePage.ID, new String[] { TargetsPreferencePage.ID, CertificatesPreferencePage.ID }, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            TargetsPreferencePage targets = (TargetsPreferencePage) dialog.getSelectedPage();
            assertNotNull(targets);
            targets.addTarget(new TargetSettings.Target("q35", "10.0.2.15:7443", "ab:cd"));
            Waits.flush();
            Shots.take(dialog.getShell(), "preferences");
            Label description = Widgets.find(dialog.getShell(), Label.class, l -> l.isVisible() && l.getText().startsWith("Targets are the DevAssign agents"));
            assertNotNull(description, "the page's description");
            assertTrue(Widgets.showsAll(description), "the description is cut: " + description.getSize() + " for "
                    + description.computeSize(description.getSize().x, SWT.DEFAULT));
            assertTrue(targets.performOk());
        } finally {
            dialog.close();
        }
        var store = TargetSettings.store();
        assertEquals(List.of(new TargetSettings.Target("q35", "10.0.2.15:7443", "ab:cd")), TargetSettings.targets(store));
        Path prefs = Path.of(ResourcesPlugin.getWorkspace().getRoot().getLocation().toString(), ".metadata", ".plugins", "org.eclipse.core.runtime", ".settings",
                TargetSettings.NODE + ".prefs");
        assertTrue(Files.readString(prefs).contains("targets=q35\\t10.0.2.15\\:7443\\tab\\:cd"), Files.readString(prefs));
        TargetSettings.setTargets(store, List.of());
    }
}
