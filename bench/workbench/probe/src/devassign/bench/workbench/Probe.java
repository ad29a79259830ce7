package devassign.bench.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Started with the framework (bench/workbench/run adds this bundle to a copy of a product's
 * configuration): waits for the workbench window, then plays one scenario as a user would, with
 * events posted to the display, and writes what it measured to {@code -Ddevassign.bench.out}. It
 * uses only the platform's API and the product's menus and files, so the same probe measures today's
 * workbench and the baseline's. The scenario: {@code start} (only the start; {@code warm} the same, for a second start), {@code example} (Open the Example
 * Project, type in its config) or {@code scale} (a config of {@code -Ddevassign.bench.size} devices).
 */
public final class Probe implements BundleActivator {

    private final List<String> results = new ArrayList<>();

    @Override
    public void start(BundleContext context) {
        Thread thread = new Thread(this::run, "workbench benchmark");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop(BundleContext context) {
        // the scenario ends the workbench itself
    }

    private void run() {
        String scenario = System.getProperty("devassign.bench.scenario", "example");
        Session session = new Session(this::result, scenario.equals("warm") ? "warmStart" : "start");
        try {
            session.awaitUsableWindow();
            if (scenario.equals("start") || scenario.equals("warm")) {
                Session.sleep(1000); // only the start: the window is shown a moment, as a user would see it
            } else if (scenario.equals("example")) {
                new ExampleScenario(session).run();
            } else {
                new ScaleScenario(session, Integer.getInteger("devassign.bench.size", 1000)).run();
            }
            result("outcome", "ok");
        } catch (Throwable e) {
            result("outcome", "failed: " + e);
            e.printStackTrace();
        } finally {
            write();
            session.closeWorkbench();
        }
    }

    void result(String key, Object value) {
        String line = key + "=" + (value instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : value);
        System.out.println("[bench] " + line);
        results.add(line);
    }

    private void write() {
        String out = System.getProperty("devassign.bench.out");
        if (out == null) {
            return;
        }
        try {
            Files.write(Path.of(out), results, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            System.out.println("[bench] cannot write " + out + ": " + e);
        }
    }
}
