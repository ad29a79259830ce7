package devassign.bench.workbench;

import java.util.List;

import org.devassign.testing.ui.Latencies;
import org.devassign.testing.ui.UiStalls;
import org.devassign.testing.ui.Widgets;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The welcome page's Open the Example Project, clicked; the time to its config in the editor and the
 * longest the window stopped answering meanwhile; then keys typed at the end of the config's first
 * line (a comment) while it is checked, and rounds of an unknown device name made and unmade.
 */
final class ExampleScenario {

    private final Session session;

    ExampleScenario(Session session) {
        this.session = session;
    }

    void run() {
        Session.sleep(1500); // a user looks at the window before clicking
        Button open = session.ui(() -> Widgets.button((Composite) session.window().getShell(), "Open the Example Project"));
        if (open == null) {
            throw new IllegalStateException("no 'Open the Example Project' button: is the welcome page shown?");
        }
        long clicked;
        ITextEditor editor;
        try (UiStalls stalls = UiStalls.watch(session.display)) {
            clicked = System.nanoTime();
            session.click(open);
            editor = session.awaitEditor("vm-q35.assign", 600_000);
            session.result("openExampleMs", (System.nanoTime() - clicked) / 1e6);
            session.result("openExampleLongestStallMs", stalls.longestMs());
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getProject("devassign-examples").getFile("vm-q35.assign");
        Session.sleep(3000); // the first check
        String text = session.document(editor).get();
        session.caret(editor, text.indexOf('\n'));
        List<Double> keys = session.type(session.text(editor), " typed while the config is checked, ten keys a second",
                Session.typist());
        session.result("example.keystrokes", keys.toString());
        session.result("example.keystroke", Latencies.of(keys).toString());
        Session.sleep(2000);
        int afterEdu0 = session.document(editor).get().indexOf("assign edu0") + "assign edu0".length();
        Session.MarkerTimes markers = session.markerRounds(editor, file, "edu0", afterEdu0, 5);
        session.result("example.markerAppears", markers.appear().toString());
        session.result("example.markerGoes", markers.go().toString());
    }
}
