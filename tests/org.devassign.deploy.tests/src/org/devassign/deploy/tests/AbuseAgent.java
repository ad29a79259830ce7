package org.devassign.deploy.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.devassign.agent.service.AgentMain;
import org.devassign.deploy.AgentLink;
import org.devassign.deploy.Target;
import org.devassign.testing.PlainClassPath;
import org.devassign.testing.RepoFiles;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * The agent as the package runs it (its own JVM: {@code AgentMain}, SerialGC, C1), on the simulated
 * q35 board, with development identities in a folder; and its figures, read from outside as an
 * operator would: platform threads ({@code /proc/PID/status}), virtual threads (a JSON thread
 * dump), resident memory, and the heap after a full GC ({@code jcmd}).
 */
final class AbuseAgent implements AutoCloseable {

    /** One reading of the agent's figures. */
    record Figures(int threads, int virtualThreads, long heapKiB, long rssKiB) {

        @Override
        public String toString() {
            return String.format("%3d threads + %3d virtual, heap after GC %6d KiB, RSS %6d KiB", threads, virtualThreads, heapKiB, rssKiB);
        }
    }

    private static final Pattern HEAP = Pattern.compile("(?:DefNew|Tenured)\\s+total \\d+K, used (\\d+)K");
    private static final Pattern LISTENING = Pattern.compile("listening on [^ ]+:(\\d+) .*pid (\\d+)");

    final Path dir;
    final Process process;
    final Path log;
    final int port;
    final long pid;

    private AbuseAgent(Path dir, Process process, Path log, int port, long pid) {
        this.dir = dir;
        this.process = process;
        this.log = log;
        this.port = port;
        this.pid = pid;
    }

    /** The agent's config in {@code dir} (identities made once per folder). */
    static Path config(Path dir, String extra) throws IOException {
        TestAgent.certs(dir);
        Path conf = dir.resolve("process-agent.conf");
        String base = Files.readString(dir.resolve("agent.conf")).replaceAll("(?m)^handoff\\..*$", "");
        Files.writeString(conf, base + "\nbackend = simulated\nbackend.board = " + RepoFiles.example("vm-q35.board") + "\n"
                + (extra == null ? "" : extra) + "\n");
        return conf;
    }

    /** Starts the agent and waits until it listens. */
    static AbuseAgent start(Path dir, String extra) throws Exception {
        Path conf = config(dir, extra);
        Path log = dir.resolve("agent-process.log");
        Files.deleteIfExists(log);
        Process process = new ProcessBuilder(VirtualBoard.JAVA, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "--enable-native-access=ALL-UNNAMED", "-cp", PlainClassPath.of(AgentMain.class), AgentMain.class.getName(), "--config",
                conf.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            Matcher m = LISTENING.matcher(text);
            if (m.find()) {
                return new AbuseAgent(dir, process, log, Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)));
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IOException("the agent process did not start (exit " + (process.isAlive() ? "none" : process.exitValue()) + "): " + text);
            }
            Thread.sleep(100);
        }
    }

    Target target() {
        return new Target("127.0.0.1", port);
    }

    AgentLink link(String role) throws IOException {
        return AgentLink.connect(target(), AgentLink.Identity.of(dir, role), p -> {
        }, c -> {
        });
    }

    RawTls raw(String role) throws IOException {
        return new RawTls(target(), dir, role);
    }

    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** The figures now: threads and memory from /proc, virtual threads and the heap after a full GC through jcmd. */
    Figures figures() throws Exception {
        Path dump = dir.resolve("threads.json");
        Path commands = dir.resolve("jcmd.txt");
        Files.writeString(commands, "GC.run\nGC.heap_info\nThread.dump_to_file -overwrite -format=json " + dump + "\n");
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "-f", commands.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("jcmd failed: " + out);
        }
        long heap = 0;
        Matcher m = HEAP.matcher(out);
        while (m.find()) {
            heap += Long.parseLong(m.group(1));
        }
        int virtual = 0;
        for (JsonElement container : JsonParser.parseString(Files.readString(dump)).getAsJsonObject().getAsJsonObject("threadDump")
                .getAsJsonArray("threadContainers")) {
            for (JsonElement thread : container.getAsJsonObject().getAsJsonArray("threads")) {
                if (thread.getAsJsonObject().has("virtual") && thread.getAsJsonObject().get("virtual").getAsBoolean()) {
                    virtual++;
                }
            }
        }
        int threads = 0;
        long rss = 0;
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("Threads:")) {
                threads = Integer.parseInt(line.substring(8).trim());
            } else if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.substring(6).replace("kB", "").trim());
            }
        }
        return new Figures(threads, virtual, heap, rss);
    }

    /**
     * The figures once the agent has let go of what an abuse left (closed connections end on their own
     * threads, a moment later): read every half second until back at {@code baseline}, at most 10 s;
     * the last reading either way, for the caller to assert on.
     */
    Figures settled(Figures baseline) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Figures now = figures();
        while (!AgentAbuseTest.atBaseline(baseline, now) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            now = figures();
        }
        return now;
    }

    /** {@code AgentMain --config ... recover OPTION} as its own process: the exit code and what it printed. */
    static VirtualBoard.Result recover(Path dir, String option) throws Exception {
        List<String> command = new ArrayList<>(List.of(VirtualBoard.JAVA, "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED",
                "-cp", PlainClassPath.of(AgentMain.class), AgentMain.class.getName(), "--config", dir.resolve("process-agent.conf").toString(),
                "recover", option));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("recover " + option + " did not end");
        }
        return new VirtualBoard.Result(p.exitValue(), out, "");
    }

    /** Stops it as systemd does (SIGTERM: the shutdown hook closes the journal). */
    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
