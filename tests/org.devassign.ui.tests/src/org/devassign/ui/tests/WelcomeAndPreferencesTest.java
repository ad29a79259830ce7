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
import org.devassign.ui.Perspective;
import org.devassign.ui.explorer.BoardExplorerView;
import org.devassign.ui.internal.Screenshots;
import org.devassign.ui.preferences.CertificatesPreferencePage;
import org.devassign.ui.preferences.TargetSettings;
import org.devassign.ui.preferences.TargetsPreferencePage;
import org.devassign.ui.welcome.ExampleProject;
import org.devassign.ui.welcome.WelcomeView;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The welcome page opens the example project; the preferences store targets and certificates where the deploy client reads them. */
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
        UiWaits.flush();
        Path png = RepoFiles.artifacts("screenshots").resolve("welcome.png");
        Screenshots.write(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), png);
        assertTrue(Files.size(png) > 10_000);

        welcome.openExamples();
        UiWaits.flush();
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProject.NAME);
        assertTrue(project.isOpen());
        List<String> files = Arrays.stream(project.members()).filter(r -> r.getType() == IResource.FILE && !r.getName().startsWith(".")).map(IResource::getName).sorted().toList();
        assertEquals(List.of("vm-microvm.assign", "vm-microvm.board", "vm-q35.assign", "vm-q35.board"), files);
        assertEquals(Files.readString(RepoFiles.example("vm-q35.assign")), Files.readString(project.getFile("vm-q35.assign").getLocation().toPath()));

        List<String> editors = Arrays.stream(page.getEditorReferences()).map(IEditorReference::getId).toList();
        assertTrue(editors.contains("org.eclipse.ui.genericeditor.GenericEditor") && editors.contains("org.devassign.ui.diagram.editor"), editors.toString());
        assertEquals("vm-q35.assign", page.getActiveEditor().getEditorInput().getName());
        BoardExplorerView explorer = (BoardExplorerView) page.findView(BoardExplorerView.ID);
        assertTrue(explorer.boards().stream().anyMatch(b -> "vm-q35".equals(b.getName())));
        assertNull(page.findView(WelcomeView.ID), "the welcome page makes room for the editors");
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
            UiWaits.flush();
            Screenshots.write(dialog.getShell(), RepoFiles.artifacts("screenshots").resolve("preferences.png"));
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
