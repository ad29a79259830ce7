package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.devassign.deploy.AgentLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Admission on 127.0.0.1: hundreds of connections that trickle bytes into a handshake they never
 * finish, a flood of connects from one address, a handshake kept alive byte by byte past its
 * deadline, idle sessions. A real client is served through all of it, and the agent's platform
 * threads stay bounded (the vitals are printed for the closing note).
 */
class AdmissionTest {

    @TempDir
    Path dir;

    static void await(String what, long millis, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + millis + " ms: " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void fiveHundredSlowHandshakesDoNotKeepALegitimateClientOut() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, "limits.handshake.seconds = 120\nlimits.handshakes = 1024\n")) {
            AgentVitals vitals = new AgentVitals("500 slow handshakes");
            long[] before = vitals.sample();
            try (SlowHandshakes slow = new SlowHandshakes(agent.target(), 500, 50, 1, 1000)) {
                await("500 handshakes pending", 60_000, () -> agent.main.tls().handshakes() >= 500);
                long[] during = vitals.sample();
                try (AgentLink link = agent.link("viewer")) {
                    assertEquals("CN=viewer,O=DevAssign", link.hello().identity());
                    assertNull(link.call(link.agent().status()).config());
                }
                assertEquals(500, slow.open(), "the slow connections were all open while the client was served");
                assertTrue(during[0] <= before[0] + 8, "no platform thread per connection: " + before[0] + " -> " + during[0]);
            }
            await("the slow handshakes gone", 30_000, () -> agent.main.tls().handshakes() == 0);
            vitals.sample();
            vitals.print();
        }
    }

    @Test
    void aHandshakeThatKeepsSendingBytesIsStillCutAtItsDeadline() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, "limits.handshake.seconds = 2\n");
                SlowHandshakes slow = new SlowHandshakes(agent.target(), 3, 3, 2, 200)) {
            long t0 = System.nanoTime();
            await("the trickling handshakes closed", 20_000, () -> slow.open() == 0);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(millis >= 1000, "closed by the deadline, not at once: " + millis + " ms");
            assertEquals(0, agent.main.tls().handshakes());
            try (AgentLink link = agent.link("viewer")) {
                assertNull(link.call(link.agent().status()).config());
            }
        }
        List<String> audit = TestAgent.auditOf(dir);
        assertTrue(audit.stream().anyMatch(l -> l.contains("did not finish within 2 s")), audit.toString());
    }

    @Test
    void aFloodFromOneAddressIsCappedPerSourceCountedInFewAuditLinesAndOthersAreServed() throws Exception {
        AgentVitals vitals = new AgentVitals("flood of 1000 connects from one address");
        try (TestAgent agent = TestAgent.start(dir, "limits.handshakes.per.source = 4\n")) {
            vitals.sample();
            InetAddress flooder = InetAddress.getByName("127.0.3.1");
            List<Socket> held = new ArrayList<>();
            try (SlowHandshakes slow = new SlowHandshakes(agent.target(), 40, 1, 4, 1000)) {
                await("four of forty admitted", 20_000, () -> agent.main.tls().handshakes() == 4 && slow.open() == 4);
                for (int i = 0; i < 1000; i++) {
                    Socket socket = new Socket();
                    socket.bind(new InetSocketAddress(flooder, 0));
                    socket.connect(new InetSocketAddress("127.0.0.1", agent.target().port()), 10_000);
                    socket.getOutputStream().write("GET / HTTP/1.0\r\n\r\n".getBytes());
                    if (i % 100 == 0) {
                        held.add(socket);
                    } else {
                        socket.close();
                    }
                }
                vitals.sample();
                try (AgentLink link = agent.link("viewer")) {
                    assertNull(link.call(link.agent().status()).config(), "a client of another address is served during the flood");
                }
            } finally {
                for (Socket socket : held) {
                    socket.close();
                }
            }
            await("the flood gone", 20_000, () -> agent.main.tls().handshakes() == 0);
            vitals.sample();
        }
        vitals.print();
        List<String> audit = TestAgent.auditOf(dir);
        List<JsonObject> fromFlooder = audit.stream().map(l -> JsonParser.parseString(l).getAsJsonObject())
                .filter(o -> o.get("who").getAsString().equals("127.0.3.1")).toList();
        assertTrue(fromFlooder.size() <= 3, "1000 refused connects make a line and a summary, not 1000 lines: " + fromFlooder);
        long counted = fromFlooder.stream().mapToLong(o -> o.has("count") ? o.get("count").getAsLong() : 1).sum();
        assertEquals(1000, counted, "every refusal is counted: " + fromFlooder);
        List<JsonObject> fromSlow = audit.stream().map(l -> JsonParser.parseString(l).getAsJsonObject())
                .filter(o -> o.get("who").getAsString().equals("127.0.4.1")).toList();
        assertTrue(fromSlow.stream().anyMatch(o -> o.toString().contains("limits.handshakes.per.source = 4")), fromSlow.toString());
    }

    @Test
    void whenEveryHandshakePlaceIsTakenTheOldestGivesWay() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, "limits.handshakes = 20\nlimits.handshake.seconds = 120\n");
                SlowHandshakes slow = new SlowHandshakes(agent.target(), 20, 10, 5, 1000)) {
            await("all twenty places taken", 20_000, () -> agent.main.tls().handshakes() == 20);
            try (AgentLink link = agent.link("viewer")) {
                assertNull(link.call(link.agent().status()).config());
            }
            await("one slow connection gave way", 20_000, () -> slow.open() == 19);
        }
        assertTrue(TestAgent.auditOf(dir).stream().anyMatch(l -> l.contains("ended to make room (limits.handshakes)")));
    }

    @Test
    void anIdleSessionIsClosedAfterTheStatedTimeButAnActiveOneIsNot() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, "limits.idle.seconds = 1\n"); AgentLink idle = agent.link("viewer");
                RawTls active = new RawTls(agent.target(), dir, "viewer")) {
            for (int i = 0; i < 12; i++) {
                active.frame("{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"status\"}");
                assertTrue(active.next().has("result"), "a session that keeps asking stays open");
                Thread.sleep(250);
            }
            IOException closed = assertThrows(IOException.class, () -> idle.call(idle.agent().status()));
            assertTrue(closed.getMessage().contains("closed the connection"), closed.getMessage());
        }
        assertTrue(TestAgent.auditOf(dir).stream().anyMatch(l -> l.contains("\"disconnect\"") && l.contains("idle for 1 s")));
    }
}
