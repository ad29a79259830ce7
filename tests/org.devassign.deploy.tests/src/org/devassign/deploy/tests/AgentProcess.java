package org.devassign.deploy.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.devassign.agent.service.AgentMain;
import org.devassign.deploy.Target;
import org.devassign.testing.PlainClassPath;
import org.devassign.testing.RepoFiles;

/**
 * The agent daemon as its own process (java -cp, the plain class path of the agent's bundles), on a
 * simulated q35 board, with the identities of a folder: what systemd runs, with its stderr in a
 * file, so that tests can send it signals and read what it says.
 */
final class AgentProcess implements AutoCloseable {

    final Process process;
    final Path log;
    final int port;

    private AgentProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Writes {@code dir/process.conf} (agent.conf on a simulated board, listening on a free port, plus {@code extra}). */
    static Path config(Path dir, String extra) throws IOException {
        TestAgent.certs(dir);
        int port;
        try (var probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path conf = dir.resolve("process.conf");
        Files.writeString(conf, Files.readString(dir.resolve("agent.conf")).replaceAll("(?m)^handoff\\..*$", "")
                + "\nlisten = 127.0.0.1:" + port + "\nbackend = simulated\nbackend.board = " + RepoFiles.example("vm-q35.board")
                + "\nstate = process-state\n" + (extra == null ? "" : extra) + "\n");
        return conf;
    }

    /** Starts the daemon on {@code conf}; returns once it listens, or throws with its log if it ends first. */
    static AgentProcess start(Path conf) throws IOException, InterruptedException {
        return start(conf, DEFAULT_SIGNALS);
    }

    /** As {@link #start(Path)}, with SIGHUP ignored as {@code nohup} leaves it. */
    static AgentProcess startIgnoringHangup(Path conf) throws IOException, InterruptedException {
        return start(conf, List.of("sh", "-c", "trap '' HUP; exec \"$0\" \"$@\""));
    }

    private static AgentProcess start(Path conf, List<String> launcher) throws IOException, InterruptedException {
        Path log = conf.resolveSibling("agent-process.log");
        Process process = launch(conf, log, launcher);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(log).contains("listening on")) {
            if (!process.isAlive() || System.nanoTime() > end) {
                process.destroyForcibly();
                throw new IOException("the agent did not start: " + Files.readString(log));
            }
            Thread.sleep(50);
        }
        String listen = Files.readAllLines(conf).stream().filter(l -> l.startsWith("listen = ")).reduce((a, b) -> b).orElseThrow();
        return new AgentProcess(process, log, Integer.parseInt(listen.substring(listen.lastIndexOf(':') + 1)));
    }

    /** Runs the daemon on {@code conf} until it ends by itself (within 60 s); its exit code and what it said. */
    static TestRun run(Path conf) throws IOException, InterruptedException {
        Path log = conf.resolveSibling("agent-process.log");
        Process process = launch(conf, log, DEFAULT_SIGNALS);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("the agent did not end: " + Files.readString(log));
        }
        return new TestRun(process.exitValue(), Files.readString(log));
    }

    record TestRun(int code, String log) {
    }

    /**
     * The agent as systemd starts it: SIGHUP at its default even when this test JVM inherited it ignored
     * (a build started under nohup), since a JVM never takes over an ignored SIGHUP.
     */
    private static final List<String> DEFAULT_SIGNALS = List.of("env", "--default-signal=HUP");

    private static Process launch(Path conf, Path log, List<String> launcher) throws IOException {
        Files.deleteIfExists(log);
        Files.createFile(log);
        List<String> command = new java.util.ArrayList<>(launcher);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED", "-cp", PlainClassPath.of(AgentMain.class),
                AgentMain.class.getName(), "--config", conf.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    Target target() {
        return new Target("127.0.0.1", port);
    }

    /** Sends {@code signal} (HUP, TERM) with kill(1). */
    void signal(String signal) throws IOException, InterruptedException {
        int code = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).inheritIO().start().waitFor();
        if (code != 0) {
            throw new IOException("kill -" + signal + " " + process.pid() + " failed");
        }
    }

    /** Waits until the log says {@code text} {@code times} times. */
    void await(String text, int times) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (Files.readString(log).split(java.util.regex.Pattern.quote(text), -1).length - 1 < times) {
            if (!process.isAlive()) {
                throw new IOException("the agent ended without saying '" + text + "': " + Files.readString(log));
            }
            if (System.nanoTime() > end) {
                // what every thread of the agent is doing, for the one who reads the failure (SIGQUIT prints it to the log)
                new ProcessBuilder("kill", "-QUIT", String.valueOf(process.pid())).inheritIO().start().waitFor();
                Thread.sleep(2000);
                throw new IOException("the agent did not say '" + text + "' within 30 s; its log, with its threads at the end: "
                        + Files.readString(log));
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
