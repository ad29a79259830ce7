package org.devassign.ui.welcome;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.devassign.model.Board;
import org.devassign.model.io.BoardFiles;
import org.devassign.model.io.ModelFileException;
import org.devassign.ui.explorer.BoardExplorerView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.MultiPartInitException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.part.FileEditorInput;

/**
 * The example project: copies of the virtual board's models and configs in a workspace project
 * (edits stay in the workspace; the originals are untouched), opened in the editors. The files are
 * copied and the board read in a job; the window stays usable, and the editors open when the files
 * are there.
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

    /** Creates the project (once; an existing one is kept as the user left it). Call it from a job: it writes files. */
    public static IProject create(IProgressMonitor monitor) throws CoreException, IOException {
        Path source = source();
        if (source == null) {
            throw new IOException("The example boards and configs were not found. Start the workbench with ./devassign-workbench from a"
                    + " DevAssign checkout, or pass -Ddevassign.examples=DIR (the folder holding vm-q35.board).");
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Creating the project " + NAME, FILES.size() + 2);
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(NAME);
        if (project.exists()) {
            if (!project.isOpen()) {
                project.open(progress.split(1));
            }
            return project;
        }
        project.create(progress.split(1));
        project.open(progress.split(1));
        for (String name : FILES) {
            progress.subTask("Copying " + name);
            try (InputStream in = Files.newInputStream(source.resolve(name))) {
                project.getFile(name).create(in, true, progress.split(1));
            }
        }
        return project;
    }

    /**
     * Opens the example project in a job: creates it, then shows its config as text, with the diagram
     * one tab away (made when its tab is first shown), while it reads the q35 board; after that the board
     * in the Board Explorer and the project in the Project Explorer. Errors end the job with a message
     * that says what to do; the job's progress is in the status line and the Progress view.
     */
    public static Job open(IWorkbenchPage page) {
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        Job job = new Job("Opening the example project") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor progress = SubMonitor.convert(monitor, "Opening the example project", 3);
                try {
                    IProject project = createLocked(progress.split(2));
                    // the editors open while the board is read: the UI thread makes them, this job reads it (holding no
                    // lock of the workspace, which the editors may need)
                    display.asyncExec(() -> openConfig(page, project));
                    progress.subTask("Reading the q35 board");
                    Board board = BoardFiles.load(project.getFile("vm-q35.board").getLocation().toPath());
                    progress.worked(1);
                    display.asyncExec(() -> showBoard(page, project, board));
                    return Status.OK_STATUS;
                } catch (ModelFileException e) {
                    return Status.error("The example board cannot be read: " + e.getMessage(), e);
                } catch (IOException e) {
                    return Status.error(e.getMessage(), e);
                } catch (CoreException e) {
                    return e.getStatus();
                }
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** {@link #create} as one workspace operation holding the workspace's root (it makes a project). */
    private static IProject createLocked(IProgressMonitor monitor) throws CoreException, IOException {
        IProject[] project = new IProject[1];
        IOException[] failed = new IOException[1];
        ResourcesPlugin.getWorkspace().run((ICoreRunnable) m -> {
            try {
                project[0] = create(m);
            } catch (IOException e) {
                failed[0] = e;
            }
        }, ResourcesPlugin.getWorkspace().getRoot(), 0, monitor);
        if (failed[0] != null) {
            throw failed[0];
        }
        return project[0];
    }

    /**
     * The UI part of opening: views and editors, nothing that reads or parses. Three steps, each its
     * own turn of the event loop, so the window paints and answers between them: first the config's
     * editors (what the user waits for; the job reads the board meanwhile), then the board in the Board
     * Explorer, then the project revealed in the Project Explorer (whose first selection loads the
     * navigator's actions, the slowest step on a busy machine).
     */
    private static void openConfig(IWorkbenchPage page, IProject project) {
        if (closed(page)) {
            return;
        }
        try {
            openEditors(page, project.getFile("vm-q35.assign")); // the welcome page steps aside for them
        } catch (MultiPartInitException e) {
            ILog.of(ExampleProject.class).error("cannot open the example config", e);
        }
    }

    /** The board in the Board Explorer, then (another turn of the event loop) the project in the Project Explorer. */
    private static void showBoard(IWorkbenchPage page, IProject project, Board board) {
        if (closed(page)) {
            return;
        }
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        try {
            BoardExplorerView explorer = (BoardExplorerView) page.showView(BoardExplorerView.ID, null, IWorkbenchPage.VIEW_CREATE);
            if (explorer.boards().stream().noneMatch(b -> "vm-q35".equals(b.getName()))) {
                explorer.show(board);
            }
        } catch (PartInitException e) {
            ILog.of(ExampleProject.class).error("cannot show the example board", e);
        }
        display.asyncExec(() -> reveal(page, project));
    }

    /** The project's config selected in the Project Explorer, without taking the focus from the editor. */
    private static void reveal(IWorkbenchPage page, IProject project) {
        if (closed(page)) {
            return;
        }
        try {
            if (page.showView(IPageLayout.ID_PROJECT_EXPLORER, null, IWorkbenchPage.VIEW_VISIBLE) instanceof CommonNavigator navigator) {
                navigator.getCommonViewer().refresh();
                navigator.selectReveal(new StructuredSelection(project.getFile("vm-q35.assign")));
            }
        } catch (PartInitException e) {
            ILog.of(ExampleProject.class).error("cannot show the example project in the Project Explorer", e);
        }
    }

    private static boolean closed(IWorkbenchPage page) {
        return page.getWorkbenchWindow().getShell() == null || page.getWorkbenchWindow().getShell().isDisposed();
    }

    /** The config as text in front; its diagram as a second tab, not drawn until shown. */
    private static void openEditors(IWorkbenchPage page, IFile config) throws MultiPartInitException {
        boolean diagram = PlatformUI.getWorkbench().getEditorRegistry().findEditor(DIAGRAM_EDITOR) != null;
        IEditorInput input = new FileEditorInput(config);
        IEditorInput[] inputs = diagram ? new IEditorInput[] { input, input } : new IEditorInput[] { input };
        String[] ids = diagram ? new String[] { TEXT_EDITOR, DIAGRAM_EDITOR } : new String[] { TEXT_EDITOR };
        page.openEditors(inputs, ids, null, IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT, 0);
    }
}
