package org.devassign.cli.training;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.devassign.deploy.AgentLink;
import org.devassign.deploy.Identities;
import org.devassign.deploy.Target;

/**
 * Makes the agent service's JDK AOT cache (JEP 483, 514). On a virtual board the agent's JVM runs on an
 * emulated CPU (QEMU TCG), where loading and linking its classes is most of its start; a JVM started with
 * {@link #JVM_OPTIONS}, {@code -XX:AOTCache} and the same class path maps the classes this training
 * loaded and linked instead. The training starts the agent ({@code AgentMain}, the real agent core,
 * listening on loopback) in a JVM of its own with {@code -XX:AOTCacheOutput}, asks it what a client
 * asks first (hello, status, inventory) over mutual TLS as viewer and operator, and stops it with
 * SIGTERM: the JVM writes the cache as it exits.
 * <p>
 * The class path must be jars (a cache refuses directories) and must stay as it was: the JVM checks
 * each jar's size and time and skips the cache when one differs. Classes of signed jars are not
 * cached (releng/cli-aot makes unsigned copies). The cache holds no machine code ({@link #NO_CODE}): it
 * is made on the build machine and mapped by guests with another CPU model.
 *
 * <pre>java -cp CLI_CLASS_PATH org.devassign.cli.training.AgentTraining AGENT_CLASS_PATH OUT.aot WORK_DIR</pre>
 */
public final class AgentTraining {

    /** The agent's JVM options wherever it runs from a class path (releng/lib.sh AGENT_JVM_OPTS): a cache serves only a JVM started as trained. */
    public static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED");

    /** The training's options that keep compiled code (adapters, stubs) out of the cache: it must serve any x86-64 CPU. */
    static final List<String> NO_CODE = List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTAdapterCaching", "-XX:-AOTStubCaching");

    private static final int WAIT_SECONDS = 120;

    private AgentTraining() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: AgentTraining AGENT_CLASS_PATH OUT.aot WORK_DIR");
            System.exit(2);
        }
        try {
            train(Path.of(System.getProperty("java.home"), "bin", "java").toString(), args[0], Path.of(args[1]).toAbsolutePath(),
                    Path.of(args[2]).toAbsolutePath());
        } catch (IOException e) {
            System.err.println("the agent's training run failed: " + e.getMessage());
            System.exit(1);
        }
        System.out.println("agent training done: " + args[1]);
    }

    /**
     * Trains an agent on {@code classPath} started by {@code java} and writes its cache to {@code cache}; {@code dir}
     * (made, and left for its agent.log) holds the training's certificates and state.
     */
    public static void train(String java, String classPath, Path cache, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Files.deleteIfExists(cache);
        Path certs = dir.resolve("certs");
        int port = freePort();
        Identities.init(certs, List.of(), "127.0.0.1:" + port);
        Path conf = certs.resolve("agent.conf");
        // later keys win: the real core (it reads this machine's sysfs; the training changes nothing)
        Files.writeString(conf, String.join("\n", "", "state = " + dir.resolve("state"), "backend = core", ""), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(JVM_OPTIONS);
        // no machine code in the cache: the JDK would store the adapters it generated for this machine's CPU, and a
        // guest's (Westmere: no AVX) died of SIGILL in them; it does not check the CPU when it maps the cache
        command.addAll(NO_CODE);
        command.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-cp", classPath, "org.devassign.agent.service.AgentMain", "--config",
                conf.toString()));
        Path log = dir.resolve("agent.log");
        Process agent = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitListening(agent, log);
            Target target = new Target("127.0.0.1", port);
            for (String role : List.of("viewer", "operator")) {
                try (AgentLink link = AgentLink.connect(target, AgentLink.Identity.of(certs, role), p -> {
                }, c -> {
                })) {
                    link.hello();
                    link.call(link.agent().status());
                    link.call(link.agent().inventory());
                }
            }
        } finally {
            agent.destroy(); // SIGTERM: the agent's shutdown hook closes it, then the JVM writes the cache
            if (!agent.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                agent.destroyForcibly();
                throw new IOException("the training's agent did not exit within " + WAIT_SECONDS + " s of SIGTERM: " + log);
            }
        }
        if (!Files.isRegularFile(cache) || Files.size(cache) == 0) {
            throw new IOException("the training's agent wrote no AOT cache to " + cache + ": " + tail(log));
        }
    }

    private static void awaitListening(Process agent, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!(Files.exists(log) && Files.readString(log).contains("listening on"))) {
            if (!agent.isAlive() || System.nanoTime() > deadline) {
                throw new IOException("the training's agent did not listen within " + WAIT_SECONDS + " s: " + tail(log));
            }
            Thread.sleep(50);
        }
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no log)";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
