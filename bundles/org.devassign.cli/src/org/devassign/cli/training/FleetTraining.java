package org.devassign.cli.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.devassign.fleet.BrokerProcess;

/**
 * The fleet part of the training run: {@code fleet list}, {@code deploy}, {@code status} and
 * {@code rollback} through a real broker to one real agent, so that the AOT cache holds what they
 * load (Paho, TLS with a client certificate, the signing, the rollout). Everything is made here as
 * a user makes it: {@code certs init}, {@code certs board}, {@code fleet broker}, Mosquitto started
 * from the files that wrote, and an agent process (simulated backend, the example board) that
 * connects out to it. Without a Mosquitto on the build machine the part is skipped and says so. The
 * broker runs as the tests run theirs ({@link BrokerProcess}).
 */
final class FleetTraining {

    private static final String BOARD = "board-0001";
    private static final long WAIT_SECONDS = 180;

    private FleetTraining() {
    }

    /** Why the fleet commands cannot be trained here, or null. */
    static String unavailable() {
        return BrokerProcess.unavailable();
    }

    /** @param run runs one CLI command in this process, failing when it does not exit 0 */
    static void run(Path examples, Consumer<String[]> run) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("devassign-training-fleet");
        Path brokerDir = null;
        Process broker = null;
        Process agent = null;
        try {
            Path certs = dir.resolve("certs");
            run.accept(new String[] { "certs", "init", "--dir", certs.toString() });
            run.accept(new String[] { "certs", "board", BOARD, "--dir", certs.toString() });
            int port = BrokerProcess.freePort();
            // Mosquitto started as root drops to its own user before it reads its files: a folder of that user's
            brokerDir = Files.createTempDirectory("devassign-training-broker");
            run.accept(new String[] { "fleet", "broker", "--dir", brokerDir.toString(), "--certs", certs.toString(), "--port",
                    Integer.toString(port) });
            Path conf = brokerDir.resolve("mosquitto.conf");
            // on the loopback only, for the few seconds of the training
            Files.writeString(conf, Files.readString(conf).replace("listener " + port + " 0.0.0.0", "listener " + port + " 127.0.0.1"));
            BrokerProcess.giveToBrokerUser(brokerDir);
            broker = BrokerProcess.start(conf, dir.resolve("mosquitto.log"), port, Duration.ofSeconds(30));
            String uri = "ssl://127.0.0.1:" + port;
            agent = startAgent(dir, certs, examples, uri);
            String[] remote = { "--broker", uri, "--certs", certs.toString(), "--state", dir.resolve("rollouts").toString() };
            run.accept(with(new String[] { "fleet", "list" }, remote));
            run.accept(with(new String[] { "fleet", "deploy", examples.resolve("vm-q35.assign").toString(), "--timeout", "120" }, remote));
            run.accept(with(new String[] { "fleet", "status" }, remote));
            run.accept(with(new String[] { "fleet", "rollback" }, remote));
        } finally {
            stop(agent);
            BrokerProcess.stop(broker);
            delete(dir);
            if (brokerDir != null) {
                delete(brokerDir);
            }
        }
    }

    /** The agent of {@link #BOARD} as a process of its own, on the broker only; returns once its audit log says it is connected. */
    private static Process startAgent(Path dir, Path certs, Path examples, String broker) throws IOException, InterruptedException {
        Path state = dir.resolve("state");
        Path conf = certs.resolve("agent.conf");
        // later keys win: the board's own identity at the broker, no TLS port, the simulated example board
        Files.writeString(conf, String.join("\n", "", "listen = none", "mqtt.broker = " + broker, "mqtt.keystore = " + BOARD + ".p12",
                "state = " + state, "backend = simulated", "backend.board = " + examples.resolve("vm-q35.board"), ""),
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path log = dir.resolve("agent.log");
        Process agent = new ProcessBuilder(java, "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), "org.devassign.agent.service.AgentMain", "--config", conf.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path audit = state.resolve("audit.jsonl");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!(Files.exists(audit) && Files.readString(audit).contains("\"action\":\"broker\",\"outcome\":\"ok\""))) {
            if (!agent.isAlive() || System.nanoTime() > deadline) {
                throw new IOException("the training's agent did not connect to the broker within " + WAIT_SECONDS + " s: "
                        + Files.readString(log));
            }
            Thread.sleep(100);
        }
        return agent;
    }

    private static String[] with(String[] command, String[] options) {
        return Stream.concat(Stream.of(command), Stream.of(options)).toArray(String[]::new);
    }

    private static void stop(Process process) throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
