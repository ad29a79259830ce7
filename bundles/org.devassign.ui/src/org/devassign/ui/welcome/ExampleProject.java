package org.devassign.ui.welcome;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.devassign.ui.explorer.BoardExplorerView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;

/**
 * The example project: copies of the virtual board's models and configs in a workspace project
 * (edits stay in the workspace; the originals are untouched), opened in the editors.
 */
public final class ExampleProject {

    public static final String NAME = "devassign-examples";
    public static final List<String> FILES = List.of("vm-q35.board", "vm-q35.assign", "vm-microvm.board", "vm-microvm.assign");
    /** The generic editor with the .assign contributions (org.devassign.dsl.ui). */
    static final String TEXT_EDITOR = "org.eclipse.ui.genericeditor.GenericEditor";
    static final String DIAGRAM_EDITOR = "org.devassign.ui.diagram.editor";

    private ExampleProject() {
    }

    /**
     * Where the examples are: {@code -Ddevassign.examples} (./devassign-workbench sets it), else
     * {@code examples/} of the repository the tests run in; null when neither exists.
     */
    public static Path source() {
        for (String candidate : new String[] { System.getProperty("devassign.examples"),
                System.getProperty("devassign.repo") == null ? null : System.getProperty("devassign.repo") + "/examples" }) {
            if (candidate != null && Files.isRegularFile(Path.of(candidate, FILES.get(0)))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    /** Creates the project (once; an existing one is kept as the user left it). */
    public static IProject create() throws CoreException, IOException {
        Path source = source();
        if (source == null) {
            throw new IOException("The example boards and configs were not found. Start the workbench with ./devassign-workbench from a"
                    + " DevAssign checkout, or pass -Ddevassign.examples=DIR (the folder holding vm-q35.board).");
        }
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(NAME);
        if (project.exists()) {
            if (!project.isOpen()) {
                project.open(null);
            }
            return project;
        }
        IWorkspaceRunnable creation = monitor -> {
            project.create(monitor);
            project.open(monitor);
            for (String name : FILES) {
                try (InputStream in = Files.newInputStream(source.resolve(name))) {
                    project.getFile(name).create(in, true, monitor);
                } catch (IOException e) {
                    throw new CoreException(org.eclipse.core.runtime.Status.error("cannot copy " + source.resolve(name), e));
                }
            }
        };
        ResourcesPlugin.getWorkspace().run(creation, null);
        return project;
    }

    /** Creates the project and opens the q35 board in the Board Explorer, its config as text and as a diagram. */
    public static IProject open(IWorkbenchPage page) throws CoreException, IOException {
        IProject project = create();
        IFile board = project.getFile("vm-q35.board");
        IFile config = project.getFile("vm-q35.assign");
        try {
            BoardExplorerView explorer = (BoardExplorerView) page.showView(BoardExplorerView.ID);
            if (explorer.boards().stream().noneMatch(b -> "vm-q35".equals(b.getName()))) {
                explorer.open(board.getLocation().toPath());
            }
            IDE.openEditor(page, config, TEXT_EDITOR);
            if (org.eclipse.ui.PlatformUI.getWorkbench().getEditorRegistry().findEditor(DIAGRAM_EDITOR) != null) {
                page.openEditor(new FileEditorInput(config), DIAGRAM_EDITOR, false, IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
            }
            IDE.openEditor(page, config, TEXT_EDITOR); // the text in front, the diagram one tab away
            var welcome = page.findView(WelcomeView.ID);
            if (welcome != null) {
                page.hideView(welcome); // the editors get the room
            }
        } catch (PartInitException e) {
            throw new CoreException(org.eclipse.core.runtime.Status.error("cannot open the example config", e));
        }
        return project;
    }
}
