package org.devassign.testing.fleet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.devassign.agent.service.Agent;
import org.devassign.agent.service.AuditLog;
import org.devassign.agent.service.ClientRules;
import org.devassign.agent.service.WatchLimits;
import org.devassign.agent.service.backend.SimulatedBackend;
import org.devassign.agent.service.journal.Journal;
import org.devassign.agent.service.mqtt.BoardFacts;
import org.devassign.agent.service.mqtt.MqttEndpoint;
import org.devassign.deploy.Identities;
import org.devassign.fleet.sign.FleetIdentity;
import org.devassign.model.Board;
import org.devassign.model.io.BoardFiles;
import org.devassign.testing.RepoFiles;

/**
 * Many agents in this JVM, each the real agent service (transactions, journal on disk, audit log)
 * on its own simulated q35 board, each with its own certificate (CN board-NNNNN, held in memory) and
 * its own MQTT connection to the broker. The board model is read once and shared: a simulated
 * backend never changes it.
 */
public final class SimulatedFleet implements AutoCloseable {

    /** One simulated board. {@code endpoint} is null while the board is "powered off". */
    public static final class SimBoard {
        public final String name;
        public final Path state;
        public final SimulatedBackend backend;
        public final Journal journal;
        public final AuditLog audit;
        public final Agent agent;
        public final FleetIdentity identity;
        public final Map<String, String> labels;
        public volatile MqttEndpoint endpoint;

        SimBoard(String name, Path state, SimulatedBackend backend, Journal journal, AuditLog audit, Agent agent, FleetIdentity identity,
                Map<String, String> labels) {
            this.name = name;
            this.state = state;
            this.backend = backend;
            this.journal = journal;
            this.audit = audit;
            this.agent = agent;
            this.identity = identity;
            this.labels = labels;
        }

        public List<String> audit() throws IOException {
            return Files.readAllLines(state.resolve("audit.jsonl"));
        }
    }

    /** What a test hooks into one board's journal (to slow it down, or note a record). */
    public interface Hooks {
        Journal.Listener journal(String board);
    }

    public final String broker;
    public final ClientRules clients;
    public final List<SimBoard> boards = new ArrayList<>();

    private SimulatedFleet(String broker, ClientRules clients) {
        this.broker = broker;
        this.clients = clients;
    }

    public static String name(int i) {
        return String.format("board-%05d", i);
    }

    /**
     * Starts {@code count} agents named board-00000..., their states under {@code dir}.
     *
     * @param labels the user labels of board i
     */
    public static SimulatedFleet start(Path dir, Path certs, String broker, ClientRules clients, int count,
            IntFunction<Map<String, String>> labels, Hooks hooks) throws Exception {
        return start(dir, certs, broker, clients, 0, count, labels, hooks);
    }

    /**
     * Starts the {@code count} agents from number {@code first} on (board-{@code first}...): a fleet
     * larger than one process's file descriptors allow is several such parts, in several processes.
     */
    public static SimulatedFleet start(Path dir, Path certs, String broker, ClientRules clients, int first, int count,
            IntFunction<Map<String, String>> labels, Hooks hooks) throws Exception {
        Board model = BoardFiles.load(RepoFiles.example("vm-q35.board"));
        Identities.Authority ca = Identities.authority(certs);
        SimulatedFleet fleet = new SimulatedFleet(broker, clients);
        String kernel = BoardFacts.kernel();
        String machine = BoardFacts.machine();
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()))) {
            List<Future<SimBoard>> started = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = first + i;
                started.add(pool.submit(() -> {
                    String name = name(index);
                    Identities.Issued issued = Identities.certify(ca, name, List.of(), false, Instant.now(), Duration.ofDays(30));
                    FleetIdentity identity = FleetIdentity.of(issued.key(), List.of(issued.certificate(), ca.certificate()),
                            List.<X509Certificate>of(ca.certificate()));
                    Path state = dir.resolve(name);
                    SimulatedBackend backend = new SimulatedBackend(model, state.resolve("sim"));
                    Journal journal = new Journal(state.resolve("journal.jsonl"), hooks == null ? r -> {
                    } : hooks.journal(name));
                    AuditLog audit = new AuditLog(state.resolve("audit.jsonl"));
                    Agent agent = new Agent(backend, journal, audit, List.of(), List.of(), WatchLimits.DEFAULT);
                    agent.recover();
                    return new SimBoard(name, state, backend, journal, audit, agent, identity, new LinkedHashMap<>(labels.apply(index)));
                }));
            }
            for (Future<SimBoard> f : started) {
                fleet.boards.add(f.get());
            }
        }
        for (SimBoard b : fleet.boards) {
            fleet.connect(b, kernel, machine);
        }
        return fleet;
    }

    private void connect(SimBoard b, String kernel, String machine) throws IOException {
        b.endpoint = MqttEndpoint.start(new MqttEndpoint.Setup(broker, b.identity, clients, 200, 1 << 20, 30, "vm-q35", kernel, machine,
                b.labels), b.agent, b.audit);
    }

    /** Stops a board's MQTT link (its agent keeps its state), as a board powered off or unplugged. */
    public void disconnect(SimBoard b) {
        MqttEndpoint endpoint = b.endpoint;
        b.endpoint = null;
        if (endpoint != null) {
            endpoint.close();
        }
    }

    public void reconnect(SimBoard b) throws IOException {
        connect(b, BoardFacts.kernel(), BoardFacts.machine());
    }

    public SimBoard board(String name) {
        return boards.stream().filter(b -> b.name.equals(name)).findFirst().orElseThrow();
    }

    /** Waits until every connected board is connected to the broker; false on timeout. */
    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (boards.stream().allMatch(b -> b.endpoint == null || b.endpoint.connected())) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    public long connected() {
        return boards.stream().filter(b -> b.endpoint != null && b.endpoint.connected()).count();
    }

    @Override
    public void close() throws IOException {
        // in parallel: a link's goodbye waits up to 2 s for its messages in flight
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (SimBoard b : boards) {
                pool.execute(() -> disconnect(b));
            }
        }
        for (SimBoard b : boards) {
            b.agent.shutdown();
            b.journal.close();
            b.audit.close();
        }
    }
}
