package org.devassign.cli.training;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;

import org.devassign.cli.Cli;
import org.devassign.cli.Main;
import org.devassign.cli.Terminal;

/**
 * Runs {@code validate}, {@code show}, {@code fmt --check}, {@code generate}, a language server
 * session (initialize up to the first diagnostics) on the examples and, when the build machine has
 * Mosquitto, {@code fleet list}, {@code deploy}, {@code status} and {@code rollback} through it to one
 * agent ({@link FleetTraining}), in process, so that a JDK started
 * with {@code -XX:AOTCacheOutput} records what they load and link. ({@code help} runs without the
 * cache: see cli_launch_settings in releng/lib.sh.) Each must succeed as it does for a user: a cache
 * trained on an error path would miss the usual one.
 *
 * <pre>java -XX:AOTCacheOutput=devassign.aot ... org.devassign.cli.training.StartupTraining EXAMPLES_DIR</pre>
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: StartupTraining EXAMPLES_DIR");
            System.exit(2);
        }
        Main.configureStartup();
        Path examples = Path.of(args[0]).toAbsolutePath();
        String config = examples.resolve("vm-q35.assign").toString();
        String board = examples.resolve("vm-q35.board").toString();
        Terminal.system(); // Main's own (the console's providers), which the runs below replace by a quiet terminal
        try {
            // The language server first: it sets the language up with its IDE services, which then serve the
            // plain commands too (a process has one injector of the language, see LanguageInjector).
            LanguageServerSession.initializeAndDiagnose(examples, "vm-q35.assign");
            run("validate", config);
            run("validate", board);
            run("show", board);
            run("fmt", "--check", config);
            run("generate", "--target", "qemu", config);
            String noFleet = FleetTraining.unavailable();
            if (noFleet == null) {
                FleetTraining.run(examples, StartupTraining::run);
            } else {
                System.out.println("devassign fleet: not trained, " + noFleet + " (./devassign fleet starts without it in the cache)");
            }
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1); // the language server's non-daemon threads would keep a failed training run alive
        }
        System.out.println("training done");
        System.exit(0); // the language server leaves non-daemon threads behind; the JVM writes the cache at exit
    }

    private static void run(String... args) {
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        int exitCode = new Cli(new Terminal(discard, discard, false)).run(args);
        if (exitCode != 0) {
            throw new IllegalStateException("devassign " + String.join(" ", Arrays.asList(args)) + " exited " + exitCode
                    + " in the training run: the examples must pass");
        }
        System.out.println("devassign " + String.join(" ", args) + ": ok");
    }
}
