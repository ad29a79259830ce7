package org.devassign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;

import org.devassign.dsl.LanguageInjector;
import org.devassign.dsl.ide.AssignIdeSetup;
import org.devassign.dsl.ui.AssignLanguage;
import org.devassign.dsl.ui.WorkbenchConfigs;
import org.devassign.testing.RepoFiles;
import org.devassign.testing.ui.UiFailureReport;
import org.devassign.testing.ui.Waits;
import org.devassign.ui.Perspective;
import org.devassign.ui.diagram.editor.AssignDiagramEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The workbench holds one injector of the language: the editor, its views and the diagram read
 * configs with it (through the workbench's config workspace), and it is the one EMF's registry
 * resolves .assign files with. (The deploy UI's share is checked in org.devassign.ui.deploy.tests.)
 */
@ExtendWith(UiFailureReport.class)
class OneInjectorTest {

    @Test
    void theEditorTheDiagramAndEmfsRegistryShareOneInjector() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(Perspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("injector-test");
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        try {
            for (String example : new String[] { "vm-q35.board", "vm-q35.assign" }) {
                project.getFile(example).create(new ByteArrayInputStream(Files.readAllBytes(RepoFiles.example(example))), true, null);
            }
            IFile config = project.getFile("vm-q35.assign");
            IDE.openEditor(page, config, AssignLanguage.EDITOR_ID);
            AssignDiagramEditor diagram = AssignDiagramEditor.open(page, config);
            Waits.until("the editor's first check", 30, () -> WorkbenchConfigs.get().lastChecked(config.getLocation().toPath()),
                    checked -> checked != null);
            Waits.until("the diagram", 30, diagram::shownText, text -> text != null);

            Injector injector = AssignLanguage.injector();
            assertEquals(1, LanguageInjector.creations(), "one injector made, and one EMF registration, in this workbench");
            assertEquals(AssignIdeSetup.class, LanguageInjector.createdBy(), "the IDE setup made it");
            assertSame(injector, WorkbenchConfigs.get().injector(), "the editor's, the outline's and the diagram's workspace uses it");
            assertSame(injector, IResourceServiceProvider.Registry.INSTANCE.getResourceServiceProvider(URI.createFileURI("/x.assign"))
                    .get(Injector.class), "EMF's registry resolves .assign files with it");
        } finally {
            page.closeAllEditors(false);
            project.delete(true, true, null);
        }
    }
}
