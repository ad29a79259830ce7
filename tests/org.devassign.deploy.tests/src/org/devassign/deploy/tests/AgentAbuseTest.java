package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.devassign.agent.api.ConsumerCredentials;
import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.api.Status;
import org.devassign.agent.service.unix.HandoffServer;
import org.devassign.agent.service.unix.Native;
import org.devassign.deploy.AgentLink;
import org.devassign.testing.RepoFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

/**
 * Abuse of a real agent process (its own JVM, as the package runs it), each bounded, with the
 * agent's threads and memory read from outside before, during and after: watch leaks, a hand-off
 * flood, bad names and offsets, and each kind of damaged journal. After each the agent is back at
 * its baseline: no thread, virtual or not, left behind, and the heap after a full GC where it was.
 * The figures go to target/abuse-figures.txt.
 */
class AgentAbuseTest {

    static final List<String> FIGURES = new ArrayList<>();

    /** The heap after a full GC may differ by this much from the baseline (caches of the JDK warming up). */
    static final long HEAP_SLACK_KIB = 1024;

    @TempDir
    Path dir;

    @AfterAll
    static void write() throws Exception {
        Path out = RepoFiles.root().resolve("tests/org.devassign.deploy.tests/target/abuse-figures.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, FIGURES);
        FIGURES.forEach(System.out::println);
    }

    /** Whether {@code after} is back at the baseline {@code before}: what {@link #report} asserts. */
    static boolean atBaseline(AbuseAgent.Figures before, AbuseAgent.Figures after) {
        return after.threads() <= before.threads() + 2 && after.virtualThreads() <= before.virtualThreads() + 2
                && after.heapKiB() <= before.heapKiB() + HEAP_SLACK_KIB;
    }

    /** Records the three readings and checks the agent came back to its baseline. */
    static void report(String abuse, AbuseAgent.Figures before, AbuseAgent.Figures during, AbuseAgent.Figures after, String what) {
        FIGURES.add(String.format("%-44s before: %s%n%-44s during: %s%n%-44s after:  %s%n%-44s %s", abuse, before, "", during, "", after, "", what));
        assertTrue(after.threads() <= before.threads() + 2, abuse + ": platform threads back to the baseline: " + before + " -> " + after);
        assertTrue(after.virtualThreads() <= before.virtualThreads() + 2, abuse + ": virtual threads back: " + before + " -> " + after);
        assertTrue(after.heapKiB() <= before.heapKiB() + HEAP_SLACK_KIB, abuse + ": heap after GC back: " + before + " -> " + after);
    }

    private static String request(int id, String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}";
    }

    @Test
    void watchLeaks() throws Exception {
        try (AbuseAgent agent = AbuseAgent.start(dir, "limits.watches.connection = 8\nlimits.watches.total = 64")) {
            try (AgentLink operator = agent.link("operator")) {
                operator.call(operator.agent().apply(AgentServiceTest.deployment("irqs", AgentServiceTest.probe(AgentServiceTest.EDU0))));
            }
            AbuseAgent.Figures before = agent.figures();
            // the 380 watches, on 48 connections: 8 each at most, 64 in all
            List<RawTls> connections = new ArrayList<>();
            int busy = 0;
            AbuseAgent.Figures during;
            try {
                int id = 0;
                for (int c = 0; c < 48; c++) {
                    RawTls raw = agent.raw("debugger");
                    connections.add(raw);
                    for (int w = 0; w < 8 && id < 380; w++) {
                        raw.frame(request(++id, "watchIrqs", "{\"device\":\"0000:00:05.0\",\"millis\":600000,\"intervalMillis\":600000}"));
                    }
                }
                Thread.sleep(1500);
                during = agent.figures();
                // a running watch answers only at its end: what comes now are the refusals, read until a
                // connection is quiet for 300 ms; the 48 connections at once, each on its own thread (one
                // after the other, their quiet 300 ms alone added up to 14 s)
                List<Future<Integer>> refusals = new ArrayList<>();
                try (var readers = Executors.newVirtualThreadPerTaskExecutor()) {
                    for (RawTls raw : connections) {
                        refusals.add(readers.submit(() -> {
                            int refused = 0;
                            for (JsonObject m = raw.next(300); m != null; m = raw.next(300)) {
                                refused += m.has("id") && RawTls.errorCode(m) == ErrorCode.BUSY.code() ? 1 : 0;
                            }
                            return refused;
                        }));
                    }
                }
                for (Future<Integer> refused : refusals) {
                    busy += refused.get();
                }
            } finally {
                for (RawTls raw : connections) {
                    raw.close();
                }
            }
            AbuseAgent.Figures after = agent.settled(before);
            report("380 watchIrqs on 48 connections, then closed", before, during, after, busy + " refused BUSY (limits.watches.*), "
                    + (380 - busy) + " ran until their connection closed");
            assertEquals(380 - 64, busy, "64 watches run in all");
            assertTrue(during.virtualThreads() >= before.virtualThreads() + 64, "the running watches are seen: " + during);
        }
    }

    @Test
    void handoffFlood() throws Exception {
        Path socket = dir.resolve("consumers/edu-driver.sock");
        try (AbuseAgent agent = AbuseAgent.start(dir, "handoff.dir = " + dir.resolve("consumers")
                + "\nlimits.handoff.connections = 32\nlimits.handoff.millis = 1000")) {
            try (AgentLink operator = agent.link("operator")) {
                operator.call(operator.agent().apply(new Deployment("handoff", "h", List.of(AgentServiceTest.probe(AgentServiceTest.EDU0),
                        HandoffTest.userspace(AgentServiceTest.EDU1)), List.of(), List.of(new ConsumerCredentials(HandoffTest.EDU_DRIVER,
                                ConsumerProcess.uid(), ConsumerProcess.gid())))));
            }
            AbuseAgent.Figures before = agent.figures();
            List<Integer> idle = new ArrayList<>();
            AbuseAgent.Figures during;
            int served = 0;
            try {
                for (int i = 0; i < 300; i++) {
                    int fd = Native.socket(Native.SOCK_STREAM);
                    idle.add(fd);
                    Native.connect(fd, socket.toString());
                }
                during = agent.figures();
                for (int fd : idle) {
                    Native.read(fd, 4096);
                }
            } finally {
                idle.forEach(Native::close);
            }
            for (int i = 0; i < 300; i++) {
                HandoffServer.Received r = HandoffServer.receive(socket, "edu-driver");
                served += r.fds().size();
                r.fds().forEach(Native::close);
            }
            AbuseAgent.Figures after = agent.settled(before);
            report("300 idle hand-off connections, then 300 hand-offs", before, during, after, "each idle one refused at once (32 in"
                    + " progress at most) or after 1 s; " + served + " descriptors handed out after");
            assertEquals(300, served);
            assertTrue(during.threads() <= before.threads() + 2, "one thread serves them all: " + before + " -> " + during);
        }
    }

    @Test
    void badNamesAndOffsets() throws Exception {
        Path socket = dir.resolve("consumers/edu-driver.sock");
        Gson gson = new Gson();
        try (AbuseAgent agent = AbuseAgent.start(dir, "handoff.dir = " + dir.resolve("consumers") + "\nlimits.rate = 100000")) {
            try (AgentLink operator = agent.link("operator")) {
                operator.call(operator.agent().apply(new Deployment("names", "n", List.of(AgentServiceTest.probe(AgentServiceTest.EDU0),
                        HandoffTest.userspace(AgentServiceTest.EDU1)), List.of(), List.of(new ConsumerCredentials(HandoffTest.EDU_DRIVER,
                                ConsumerProcess.uid(), ConsumerProcess.gid())))));
            }
            AbuseAgent.Figures before = agent.figures();
            int refused = 0;
            AbuseAgent.Figures during = null;
            try (RawTls debugger = agent.raw("debugger"); RawTls operator = agent.raw("operator")) {
                int id = 0;
                for (int round = 0; round < 20; round++) {
                    for (String name : BadNamesTest.NAMES) {
                        debugger.frame(request(++id, "read", "{\"device\":" + gson.toJson(name) + ",\"region\":0,\"offset\":0,\"width\":4}"));
                        operator.frame(request(++id, "plan", "{\"config\":\"x\",\"digest\":\"d\",\"devices\":[{\"device\":" + gson.toJson(name)
                                + ",\"consumer\":\"agent\",\"consumerKind\":\"probe\",\"driver\":\"vfio-pci\",\"open\":\"group\"}]}"));
                        refused += RawTls.errorCode(debugger.next()) == ErrorCode.INVALID_PARAMS.code() ? 1 : 0;
                        refused += RawTls.errorCode(operator.next()) == ErrorCode.INVALID_PARAMS.code() ? 1 : 0;
                    }
                    for (String offset : List.of("9223372036854775800", "-8", "\"0\"", "1e30", "2")) {
                        debugger.frame(request(++id, "write", "{\"device\":\"0000:00:05.0\",\"region\":0,\"offset\":" + offset
                                + ",\"width\":4,\"value\":1}"));
                        int code = RawTls.errorCode(debugger.next());
                        refused += code == ErrorCode.INVALID_PARAMS.code() || code == ErrorCode.BAD_ACCESS.code() ? 1 : 0;
                    }
                    for (String name : BadNamesTest.NAMES) {
                        refused += HandoffServer.receive(socket, name).fds().isEmpty() ? 1 : 0;
                    }
                    if (round == 10) {
                        during = agent.figures();
                    }
                }
            }
            AbuseAgent.Figures after = agent.settled(before);
            int sent = 20 * (BadNamesTest.NAMES.size() * 3 + 5);
            report(sent + " bad names and offsets (read, plan, write, hand-off)", before, during, after, refused + " refused");
            assertEquals(sent, refused, "every one refused");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.devassign.deploy.tests.JournalDamageTest#kinds")
    void damagedJournal(String kind, JournalDamageTest.Damage damage, int line, String reason) throws Exception {
        try (AbuseAgent healthy = AbuseAgent.start(dir, null); AgentLink operator = healthy.link("operator")) {
            operator.call(operator.agent().apply(AgentServiceTest.deployment("demo", AgentServiceTest.probe(AgentServiceTest.EDU0))));
        }
        Path journal = dir.resolve("state/journal.jsonl");
        Files.write(journal, damage.apply(Files.readAllLines(journal)));
        AbuseAgent.Figures before;
        AbuseAgent.Figures during;
        AbuseAgent.Figures after;
        int refused = 0; // "during": after 100 refused applies, with the connection open
        try (AbuseAgent agent = AbuseAgent.start(dir, null)) {
            // the baseline is a warm agent: one connection served (TLS, the carrier and timer threads of
            // its virtual threads started), as in the other abuses, so "after" compares like with like
            try (AgentLink warm = agent.link("operator")) {
                warm.call(warm.agent().status());
                org.devassign.deploy.AgentFailure first = assertThrows(org.devassign.deploy.AgentFailure.class, () -> warm.call(
                        warm.agent().apply(AgentServiceTest.deployment("other", AgentServiceTest.probe(AgentServiceTest.EDU1)))));
                assertTrue(first.is(ErrorCode.JOURNAL_DAMAGED), first.getMessage());
            }
            before = agent.figures();
            try (AgentLink link = agent.link("operator")) {
                for (int i = 0; i < 100; i++) {
                    try {
                        link.call(link.agent().apply(AgentServiceTest.deployment("other", AgentServiceTest.probe(AgentServiceTest.EDU1))));
                    } catch (org.devassign.deploy.AgentFailure e) {
                        refused += e.is(ErrorCode.JOURNAL_DAMAGED) ? 1 : 0;
                    }
                }
                during = agent.figures();
                Status status = link.call(link.agent().status());
                assertTrue(status.journal().contains(":" + line + ": ") && status.journal().contains(reason), status.journal());
            }
            VirtualBoard.Result busy = AbuseAgent.recover(dir, "--set-aside");
            assertEquals(1, busy.code(), "refused while the agent runs: " + busy.out());
            after = agent.figures();
            assertTrue(agent.process.isAlive(), "it runs: no crash loop");
        }
        VirtualBoard.Result inspect = AbuseAgent.recover(dir, "--inspect");
        assertEquals(0, inspect.code(), inspect.out());
        assertTrue(inspect.out().contains("line " + line + ": "), inspect.out());
        VirtualBoard.Result aside = AbuseAgent.recover(dir, "--set-aside");
        assertEquals(0, aside.code(), aside.out());
        try (AbuseAgent agent = AbuseAgent.start(dir, null); AgentLink link = agent.link("viewer")) {
            assertNull(link.call(link.agent().status()).journal(), "started afresh");
        }
        report("damaged journal: " + kind, before, during, after, refused + " of 100 applies refused JOURNAL_DAMAGED; --set-aside"
                + " refused while it ran; --inspect, --set-aside, restart: sound");
        assertEquals(100, refused);
    }
}
