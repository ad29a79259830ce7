package org.devassign.testing.fleet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.devassign.agent.api.Role;
import org.devassign.deploy.Identities;
import org.devassign.fleet.BrokerConfig;
import org.devassign.fleet.BrokerProcess;

/**
 * Eclipse Mosquitto (Debian's /usr/sbin/mosquitto) on 127.0.0.1, started by a test with the files
 * {@code devassign fleet broker} writes ({@link BrokerConfig}): TLS, client certificates whose CN is
 * the user name, the fleet's ACL. Its certificate also names 10.0.2.100, the address QEMU forwards to
 * it for virtual boards. Run as root, Mosquitto drops to its own user: its folder and key are given
 * to that user. Started and stopped as the CLI's training does it ({@link BrokerProcess}).
 */
public final class Mosquitto implements AutoCloseable {

    public static final String GUEST_ADDRESS = "10.0.2.100";

    public final Path dir;
    public final int port;
    private final Path conf;
    private Process process;
    private int starts;

    private Mosquitto(Path dir, int port, Path conf) {
        this.dir = dir;
        this.port = port;
        this.conf = conf;
    }

    /** Why it cannot run here, or null. */
    public static String unavailable() {
        return BrokerProcess.binary() != null ? null : "Mosquitto is not installed (apt-get install mosquitto; releng/setup does)";
    }

    /**
     * @param certs a folder of {@code devassign certs init} (its CA signs the broker's certificate)
     * @param clients certificate CN to roles, for the ACL
     * @param extra more lines for mosquitto.conf
     */
    public static Mosquitto start(Path certs, Map<String, Set<Role>> clients, List<String> extra) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("devassign-broker");
        Identities.Authority ca = Identities.authority(certs);
        Identities.writePem(Identities.certify(ca, "devassign-broker", List.of("localhost", "127.0.0.1", GUEST_ADDRESS), true, Instant.now(),
                Duration.ofDays(30)), ca, dir.resolve("broker.pem"), dir.resolve("broker-key.pem"));
        Files.copy(certs.resolve("ca.pem"), dir.resolve("ca.pem"));
        Files.writeString(dir.resolve("acl"), BrokerConfig.acl(clients), StandardCharsets.UTF_8);
        int port = freePort();
        List<String> lines = new ArrayList<>(extra);
        lines.add("log_dest stderr");
        lines.add("log_type error");
        lines.add("log_type warning");
        lines.add("log_type notice");
        Path conf = dir.resolve("mosquitto.conf");
        Files.writeString(conf, BrokerConfig.mosquitto("127.0.0.1", port, dir.resolve("ca.pem"), dir.resolve("broker.pem"),
                dir.resolve("broker-key.pem"), dir.resolve("acl"), lines), StandardCharsets.UTF_8);
        BrokerProcess.giveToBrokerUser(dir);
        Mosquitto broker = new Mosquitto(dir, port, conf);
        broker.start();
        return broker;
    }

    public static int freePort() throws IOException {
        return BrokerProcess.freePort();
    }

    public String uri() {
        return "ssl://127.0.0.1:" + port;
    }

    /** As a virtual board reaches it (QEMU forwards the address to the host's loopback). */
    public String guestUri() {
        return "ssl://" + GUEST_ADDRESS + ":" + port;
    }

    public Path log() {
        return dir.resolve("mosquitto.log");
    }

    public synchronized void start() throws IOException, InterruptedException {
        starts++;
        try {
            process = BrokerProcess.start(conf, log(), port, Duration.ofSeconds(10));
        } catch (IOException e) {
            throw new IOException("(start " + starts + ") " + e.getMessage(), e);
        }
    }

    /** Stops it the way a service stop does (SIGTERM) and waits for it to end. */
    public synchronized void stop() throws InterruptedException {
        BrokerProcess.stop(process);
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
