package org.devassign.testing.fleet;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

import org.devassign.agent.api.Role;
import org.devassign.agent.api.tls.KeyFiles;
import org.devassign.agent.service.AgentConfig;
import org.devassign.agent.service.ClientRules;
import org.devassign.fleet.client.FleetConnection;
import org.devassign.fleet.sign.FleetIdentity;

/**
 * A fleet for one test class: development identities, Mosquitto started with the fleet's files,
 * simulated boards connected to it, and an operator's connection. Boards can be slowed down per
 * board (a journal record that waits), to cut or kill things in the middle of an apply.
 */
public final class FleetFixture implements AutoCloseable {

    public static Map<String, Set<Role>> clients() {
        Map<String, Set<Role>> clients = new LinkedHashMap<>();
        clients.put("viewer", EnumSet.of(Role.VIEWER));
        clients.put("operator", EnumSet.of(Role.OPERATOR));
        clients.put("debugger", EnumSet.of(Role.DEBUGGER));
        return clients;
    }

    /**
     * The agents' client rules: the roles of the development certificates in {@code certs} by subject
     * and issuer, from the clients.conf its agent.conf names, as an agent started from that config has.
     */
    public static ClientRules rules(Path certs) throws IOException {
        return AgentConfig.load(certs.resolve("agent.conf")).clients();
    }

    /**
     * The broker's ACL lets the viewer publish every command, as a broker configured too loosely
     * would: the agents' own check of the signed identity is then what refuses a viewer's apply.
     */
    public static Map<String, Set<Role>> brokerClients() {
        Map<String, Set<Role>> clients = clients();
        clients.put("viewer", EnumSet.of(Role.VIEWER, Role.OPERATOR));
        return clients;
    }

    public final Path dir;
    public final Mosquitto broker;
    public final SimulatedFleet fleet;
    /** Milliseconds each board waits after journaling a bind's intent (0: none). */
    public final Map<String, Long> slow;

    private FleetFixture(Path dir, Mosquitto broker, SimulatedFleet fleet, Map<String, Long> slow) {
        this.dir = dir;
        this.broker = broker;
        this.fleet = fleet;
        this.slow = slow;
    }

    public static FleetFixture start(Path dir, int boards, IntFunction<Map<String, String>> labels) throws Exception {
        if (!java.nio.file.Files.exists(dir.resolve("agent.conf"))) {
            org.devassign.deploy.Identities.init(dir, List.of(), "127.0.0.1:0");
        }
        Mosquitto broker = Mosquitto.start(dir, brokerClients(), List.of("sys_interval 1"));
        Map<String, Long> slow = new ConcurrentHashMap<>();
        SimulatedFleet fleet = SimulatedFleet.start(dir.resolve("boards"), dir, broker.uri(), rules(dir), boards, labels,
                board -> record -> {
                    Long millis = slow.get(board);
                    if (millis != null && record.matches("intent:bind")) {
                        try {
                            Thread.sleep(millis);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                });
        FleetFixture fixture = new FleetFixture(dir, broker, fleet, slow);
        if (!fleet.awaitConnected(Duration.ofSeconds(120))) {
            fixture.close();
            throw new AssertionError("only " + fleet.connected() + " of " + boards + " boards connected to the broker");
        }
        return fixture;
    }

    public FleetIdentity identity(String role) throws Exception {
        return identity(dir, role);
    }

    /** The identity of {@code role} in a folder of {@code devassign certs init}: its key store opened with its password file. */
    public static FleetIdentity identity(Path certs, String role) throws IOException {
        Path store = certs.resolve(role + ".p12");
        return FleetIdentity.load(store, KeyFiles.passwordFileOf(store), certs.resolve("ca.p12"));
    }

    /** A client connection that has heard of every board online now. */
    public FleetConnection connect(String role) throws Exception {
        FleetConnection connection = FleetConnection.open(broker.uri(), identity(role), Duration.ofSeconds(60));
        if (!connection.awaitConnected(Duration.ofSeconds(20))) {
            throw new AssertionError("cannot connect as " + role + ": " + connection.problem());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long expected = fleet.connected();
        while (connection.boards().values().stream().filter(v -> v.online()).count() < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return connection;
    }

    @Override
    public void close() throws Exception {
        fleet.close();
        broker.close();
    }
}
