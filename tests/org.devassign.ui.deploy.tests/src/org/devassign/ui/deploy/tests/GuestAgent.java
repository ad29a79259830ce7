package org.devassign.ui.deploy.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.devassign.agent.service.AgentMain;
import org.devassign.deploy.Identities;
import org.devassign.deploy.Target;
import org.devassign.testing.GuestJvm;
import org.devassign.testing.PlainClassPath;
import org.devassign.testing.Prepared;
import org.devassign.testing.RepoFiles;
import org.devassign.ui.deploy.targets.AgentTarget;

/**
 * The q35 virtual board (vmboard/, QEMU TCG, full 6.12 profile) with the agent service running in
 * the guest on the real agent core: the guest sees the host's /work, JDK and ~/.m2 read-only, so
 * the agent runs from this test runtime's bundles as a plain class path. Booted once per test class.
 */
final class GuestAgent implements AutoCloseable {

    static final String JAVA = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java";

    final String name;
    final Path share;
    final Path certs;
    final int port;

    private GuestAgent(String name, Path share, int port) {
        this.name = name;
        this.share = share;
        this.certs = share.resolve("certs");
        this.port = port;
    }

    static GuestAgent boot(String name) throws Exception {
        String failure = "";
        for (int attempt = 1; attempt <= 3; attempt++) { // TCG guests rarely die in early boot: retry
            run(List.of(vm(), "stop", "--name", name), 60);
            Result ready = run(List.of(vm(), "start", "--board", "q35", "--profile", "full", "--name", name), 300);
            if (ready.code() == 0) {
                GuestAgent agent = new GuestAgent(name, Path.of(value(ready.out(), "share=")), Integer.parseInt(value(ready.out(), "agent-port=")));
                agent.start();
                return agent;
            }
            failure = ready.err();
        }
        throw new IOException("the virtual board did not start in 3 attempts: " + failure);
    }

    private void start() throws Exception {
        deleteTree(certs);
        deleteTree(share.resolve("state"));
        Files.deleteIfExists(share.resolve("agent.log"));
        Identities.init(certs, List.of(), "0.0.0.0:7443");
        Files.writeString(certs.resolve("agent.conf"), Files.readString(certs.resolve("agent.conf")) + "\nstate = " + share.resolve("state")
                + "\nbackend = core\n"
                // the guest's CPU is emulated (TCG) on a shared host: a cold agent's first TLS handshake took over 10 s there
                + "limits.handshake.seconds = 120\n");
        Path log = share.resolve("agent.log");
        Result r = run(List.of(vm(), "exec", "--name", name, "--timeout", "60", "--", "sh", "-c", "mkdir -p /run/devassign; nohup " + JAVA
                + " -XX:+UseSerialGC -XX:TieredStopAtLevel=1 " + String.join(" ", GuestJvm.options())
                + " --enable-native-access=ALL-UNNAMED -cp '" + PlainClassPath.of(AgentMain.class)
                + "' org.devassign.agent.service.AgentMain --config " + certs.resolve("agent.conf") + " >> " + log + " 2>&1 &"), 120);
        if (r.code() != 0) {
            throw new IOException("cannot start the agent in the guest: " + r.err());
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!Files.exists(log) || !Files.readString(log, StandardCharsets.UTF_8).contains("listening on")) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the agent did not start in the guest: " + (Files.exists(log) ? Files.readString(log) : "(no log)"));
            }
            Thread.sleep(200);
        }
    }

    AgentTarget target(String targetName) {
        return new AgentTarget(targetName, new Target("127.0.0.1", port), "", certs);
    }

    String log() throws IOException {
        Path log = share.resolve("agent.log");
        return Files.exists(log) ? Files.readString(log) : "(no log)";
    }

    @Override
    public void close() throws Exception {
        run(List.of(vm(), "stop", "--name", name), 60);
    }

    static String vm() {
        return RepoFiles.root().resolve("vmboard/vm").toString();
    }

    record Result(int code, String out, String err) {
    }

    static Result run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("vm", ".out");
        Path err = Files.createTempFile("vm", ".err");
        // vmboard/vm finds the cache the build passed, whatever HOME is
        Process process = Prepared.withCache(new ProcessBuilder(command)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return result;
    }

    private static String value(String line, String key) {
        String rest = line.substring(line.indexOf(key) + key.length()).trim();
        int space = rest.indexOf(' ');
        return space < 0 ? rest : rest.substring(0, space);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
