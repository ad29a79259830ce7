package devassign.bench.workbench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.devassign.testing.ui.Latencies;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * A config of n devices (bench/workbench's ScaleBoards files in {@code -Ddevassign.bench.data}/n{n})
 * copied into a project and opened in the text editor; after its first check, keys typed at the end
 * of its first line (a comment) while it is checked, and rounds of an unknown device name made and
 * unmade (the time from the key to the marker, and to its going).
 */
final class ScaleScenario {

    private final Session session;
    private final int size;

    ScaleScenario(Session session, int size) {
        this.session = session;
        this.size = size;
    }

    void run() throws Exception {
        Path data = Path.of(System.getProperty("devassign.bench.data")).resolve("n" + size);
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("bench" + size);
        ResourcesPlugin.getWorkspace().run(monitor -> {
            if (!project.exists()) {
                project.create(monitor);
            }
            project.open(monitor);
            for (String name : List.of("scale" + size + ".board", "scale" + size + ".assign")) {
                IFile file = project.getFile(name);
                if (!file.exists()) {
                    try (InputStream in = Files.newInputStream(data.resolve(name))) {
                        file.create(in, true, monitor);
                    } catch (java.io.IOException e) {
                        throw new org.eclipse.core.runtime.CoreException(org.eclipse.core.runtime.Status.error(e.getMessage(), e));
                    }
                }
            }
        }, null);
        IFile config = project.getFile("scale" + size + ".assign");
        long opened = System.nanoTime();
        session.ui(() -> {
            try {
                IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), config,
                        "org.eclipse.ui.genericeditor.GenericEditor");
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        ITextEditor editor = session.awaitEditor(config.getName(), 600_000);
        // the first check: the config's warnings (group companions left free) appear, then stay
        Session.until("the first check's markers", 600_000, () -> Session.markers(config).length > 0);
        session.result("scale" + size + ".firstMarkersMs", (System.nanoTime() - opened) / 1e6);
        int[] last = { -1 };
        Session.until("the markers to settle", 600_000, () -> {
            int now = Session.markers(config).length;
            boolean stable = now == last[0];
            last[0] = now;
            Session.sleep(1500);
            return stable;
        });
        String text = session.document(editor).get();
        session.caret(editor, text.indexOf('\n'));
        List<Double> keys = session.type(session.text(editor), " typed while the config is checked, ten keys a second",
                Session.typist());
        session.result("scale" + size + ".keystrokes", keys.toString());
        session.result("scale" + size + ".keystroke", Latencies.of(keys).toString());
        Session.sleep(2000);
        int afterD2 = session.document(editor).get().indexOf("assign d2 ") + "assign d2".length();
        Session.MarkerTimes markers = session.markerRounds(editor, config, "d2", afterD2, 3);
        session.result("scale" + size + ".markerAppears", markers.appear().toString());
        session.result("scale" + size + ".markerGoes", markers.go().toString());
    }
}
