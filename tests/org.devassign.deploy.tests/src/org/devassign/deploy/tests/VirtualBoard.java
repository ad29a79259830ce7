package org.devassign.deploy.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.devassign.core.identity.DeviceId;
import org.devassign.deploy.Identities;
import org.devassign.deploy.Target;
import org.devassign.testing.Prepared;
import org.devassign.testing.RepoFiles;

/**
 * A q35 (or lab) virtual board (vmboard/, QEMU under TCG, the full 6.12 profile) with the agent service
 * running in the guest on the real agent core, from this test runtime's bundles as a plain class
 * path with their AOT cache ({@link GuestAgentCache}; the guest sees the host's /work, JDK and ~/.m2
 * read-only). Booted once per test class.
 */
final class VirtualBoard implements AutoCloseable {

    static final String JAVA = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java";

    final String name;
    final Path share;
    final int agentPort;
    final Path certs;
    private final GuestAgentCache agent;
    private int starts;

    private VirtualBoard(String name, Path share, int agentPort, GuestAgentCache agent) {
        this.name = name;
        this.share = share;
        this.agentPort = agentPort;
        this.certs = share.resolve("certs");
        this.agent = agent;
    }

    static VirtualBoard boot(String name) throws Exception {
        return boot(name, "q35");
    }

    /** Boots {@code boardName} (q35 or lab, vmboard/README.md) with the full profile. */
    static VirtualBoard boot(String name, String boardName) throws Exception {
        String failure = "";
        for (int attempt = 1; attempt <= 3; attempt++) {
            run(List.of(vm(), "stop", "--name", name), 60);
            Result ready = run(List.of(vm(), "start", "--board", boardName, "--profile", "full", "--name", name), 300);
            if (ready.code() == 0) {
                String line = ready.out();
                Path share = Path.of(value(line, "share="));
                int port = Integer.parseInt(value(line, "agent-port="));
                VirtualBoard board = new VirtualBoard(name, share, port, GuestAgentCache.get());
                board.prepareCertificates();
                return board;
            }
            failure = ready.err();
        }
        throw new IOException("the virtual board did not start in 3 attempts: " + failure);
    }

    private static String value(String line, String key) {
        int at = line.indexOf(key);
        String rest = line.substring(at + key.length()).trim();
        int space = rest.indexOf(' ');
        return space < 0 ? rest : rest.substring(0, space);
    }

    static String vm() {
        return RepoFiles.root().resolve("vmboard/vm").toString();
    }

    record Result(int code, String out, String err) {
    }

    static Result run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder builder = Prepared.withCache(new ProcessBuilder(command)); // vmboard/vm finds the same cache
        Path out = Files.createTempFile("vm", ".out");
        Path err = Files.createTempFile("vm", ".err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return result;
    }

    /** Runs a command in the guest (as root, chrooted into the host's root read-only). */
    Result exec(Map<String, String> env, String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(vm(), "exec", "--name", name, "--timeout", "120"));
        env.forEach((k, v) -> {
            args.add("--env");
            args.add(k + "=" + v);
        });
        args.add("--");
        args.addAll(List.of(command));
        return run(args, 180);
    }

    Result exec(String... command) throws IOException, InterruptedException {
        return exec(Map.of(), command);
    }

    /** The driver of a guest PCI device now, as sysfs says (null: none). */
    String driverOf(DeviceId device) throws Exception {
        Result r = exec("sh", "-c", "basename $(readlink /sys/bus/" + device.bus().sysfsName() + "/devices/" + device.kernelName()
                + "/driver) 2>/dev/null || true");
        String driver = r.out().trim();
        return driver.isEmpty() ? null : driver;
    }

    private void prepareCertificates() throws IOException {
        Identities.init(certs, List.of(), "0.0.0.0:7443");
        Files.writeString(certs.resolve("agent.conf"), Files.readString(certs.resolve("agent.conf"))
                + "state = " + share.resolve("state") + "\nbackend = core\n"
                // the guest's CPU is emulated (TCG) on a shared host: a cold agent's first TLS handshake took over 10 s there
                + "limits.handshake.seconds = 120\n");
    }

    /** Starts the agent in the guest (killing a running one) and waits until it listens. */
    void startAgent(Map<String, String> env) throws Exception {
        killAgent();
        Path log = share.resolve("agent.log");
        int before = listening(log);
        List<String> command = new ArrayList<>(List.of("sh", "-c", "mkdir -p /run/devassign; nohup \"$@\" org.devassign.agent.service.AgentMain"
                + " --config " + certs.resolve("agent.conf") + " >> " + log + " 2>&1 & echo $! > " + share.resolve("agent.pid"), "sh", JAVA));
        command.addAll(agent.javaOptions());
        Result r = exec(env, command.toArray(String[]::new));
        if (r.code() != 0) {
            throw new IOException("cannot start the agent in the guest: " + r.err());
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (listening(log) <= before) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the agent did not start in the guest: " + tail(log));
            }
            Thread.sleep(200);
        }
        starts++;
    }

    void killAgent() throws Exception {
        exec("sh", "-c", "test -f " + share.resolve("agent.pid") + " && kill -9 $(cat " + share.resolve("agent.pid") + ") 2>/dev/null; true");
    }

    /** Waits until the agent process in the guest is gone (after a fault-injected SIGKILL). */
    boolean agentGone() throws Exception {
        for (int i = 0; i < 100; i++) {
            Result r = exec("sh", "-c", "kill -0 $(cat " + share.resolve("agent.pid") + ") 2>/dev/null && echo alive || echo gone");
            if (r.out().contains("gone")) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    static int listening(Path log) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        return (int) Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains("listening on")).count();
    }

    String log() throws IOException {
        return tail(share.resolve("agent.log"));
    }

    static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no log)";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** A value of {@code vm status} for this board ({@code disk}, {@code ivshmem}: the lab board's host files). */
    String status(String key) throws IOException, InterruptedException {
        Result r = run(List.of(vm(), "status", "--name", name), 60);
        for (String line : r.out().split("\n")) {
            if (line.startsWith(key + "=")) {
                return line.substring(key.length() + 1).trim();
            }
        }
        throw new IOException("vm status of " + name + " has no " + key + ": " + r.out() + r.err());
    }

    Target target() {
        return new Target("127.0.0.1", agentPort);
    }

    int agentStarts() {
        return starts;
    }

    @Override
    public void close() throws Exception {
        run(List.of(vm(), "stop", "--name", name), 60);
    }
}
