package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.devassign.agent.api.AgentEvents;
import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.api.IrqCounts;
import org.devassign.agent.api.wire.JsonRpcChannel;
import org.devassign.deploy.AgentLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * Register accesses are bounded before they reach a device (overflow-safe, widths 1, 2, 4, 8 as
 * JSON numbers only) and every refusal is audited; interrupt watches are capped per connection and
 * for the agent, end when their connection ends, and a notification that cannot be written ends
 * the connection.
 */
class BoundsAndWatchesTest {

    @TempDir
    Path dir;

    private static String access(String method, int id, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}";
    }

    private static String message(JsonObject answer) {
        return answer.getAsJsonObject("error").get("message").getAsString();
    }

    @Test
    void registerAccessesOutsideTheRegionOrOfNoWidthAreRefusedAndAudited() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null); RawTls debugger = new RawTls(agent.target(), dir, "debugger")) {
            try (AgentLink operator = agent.link("operator")) {
                operator.call(operator.agent().apply(AgentServiceTest.deployment("regs", AgentServiceTest.probe(AgentServiceTest.EDU0))));
            }
            int id = 0;
            // offset + width wraps past 2^63: refused, not "ok" (the old agent wrote there and audited success)
            for (String method : List.of("write", "read")) {
                debugger.frame(access(method, ++id, "{\"device\":\"0000:00:05.0\",\"region\":0,\"offset\":9223372036854775800,\"width\":8,\"value\":1}"));
                JsonObject answer = debugger.next();
                assertEquals(ErrorCode.BAD_ACCESS.code(), RawTls.errorCode(answer), answer.toString());
                assertTrue(message(answer).contains("past the end of the region"), message(answer));
            }
            record Bad(String params, ErrorCode code, String says) {
            }
            List<Bad> bad = List.of(
                    new Bad("{\"device\":\"0000:00:05.0\",\"region\":0,\"offset\":0,\"width\":\"4\"}", ErrorCode.INVALID_PARAMS,
                            "'width' must be a JSON number, not the string '4'"),
                    new Bad("{\"device\":\"0000:00:05.0\",\"region\":0,\"offset\":\"0\",\"width\":4}", ErrorCode.INVALID_PARAMS,
                            "'offset' must be a JSON number"),
                    new Bad("{\"device\":\"0000:00:05.0\",\"region\":\"0\",\"offset\":0,\"width\":4}", ErrorCode.INVALID_PARAMS,
                            "'region' must be a JSON number"),
                    new Bad("{\"device\":\"0000:00:05.0\",\"region\":0,\"offset\":0,\"width\":4.5}", ErrorCode.INVALID_PARAMS,
                            "'width' must be a whole number from -2147483648 to 2147483647, not 4.5"),
                    new Bad("{\"device\":\"0000:00:05.0\",\"region\":0,\"offset\":1e30,\"width\":4}", ErrorCode.INVALID_PARAMS,
                            "'offset' must be a whole number"),
                    new Bad("{\"device\":\"0000:00:05.0\",\"region\":0,\"offset\":9223372036854775808,\"width\":8}", ErrorCode.INVALID_PARAMS,
                            "not 9223372036854775808"),
                    new Bad("{\"device\":\"0000:00:05.0\",\"region\":0,\"offset\":0,\"width\":3}", ErrorCode.BAD_ACCESS, "not 1, 2, 4 or 8"),
                    new Bad("{\"device\":\"0000:00:05.0\",\"region\":0,\"offset\":0,\"width\":16}", ErrorCode.BAD_ACCESS, "not 1, 2, 4 or 8"),
                    new Bad("{\"device\":\"0000:00:05.0\",\"region\":0,\"offset\":-8,\"width\":8}", ErrorCode.BAD_ACCESS, "negative"),
                    new Bad("{\"device\":\"0000:00:05.0\",\"region\":0,\"offset\":2,\"width\":4}", ErrorCode.BAD_ACCESS, "not aligned"),
                    new Bad("{\"device\":\"0000:00:05.0\",\"region\":0,\"offset\":1048576,\"width\":1}", ErrorCode.BAD_ACCESS, "past the end"),
                    new Bad("{\"device\":\"0000:00:05.0\",\"region\":42,\"offset\":0,\"width\":4}", ErrorCode.BAD_ACCESS, "no region 42"));
            for (Bad b : bad) {
                debugger.frame(access("write", ++id, b.params().replace("}", ",\"value\":1}")));
                JsonObject answer = debugger.next();
                assertEquals(b.code().code(), RawTls.errorCode(answer), b.params() + ": " + answer);
                assertTrue(message(answer).contains(b.says()), b.params() + ": " + message(answer));
            }
            List<String> audit = agent.audit();
            assertTrue(audit.stream().anyMatch(l -> l.contains("write 0000:00:05.0 region 0 offset 0x7ffffffffffffff8")
                    && l.contains("\"refused\"")), "the refused write is audited with what it named");
            assertTrue(audit.stream().anyMatch(l -> l.contains("read 0000:00:05.0 region 0 offset 0x7ffffffffffffff8")
                    && l.contains("\"refused\"")), "and the refused read");
            long refused = audit.stream().filter(l -> l.contains("\"refused\"") && (l.contains("\"write") || l.contains("\"read"))).count();
            assertEquals(2 + bad.size(), refused, "every refused access is audited: " + audit);
            assertTrue(audit.stream().noneMatch(l -> l.contains("\"write") && l.contains("\"ok\"")), "no write went through");
        }
    }

    private static String watch(int id) {
        return access("watchIrqs", id, "{\"device\":\"0000:00:05.0\",\"millis\":600000,\"intervalMillis\":50}");
    }

    /** Answers to requests among the notifications, until {@code count} came. */
    private static List<JsonObject> answers(RawTls raw, int count) throws IOException {
        List<JsonObject> answers = new ArrayList<>();
        while (answers.size() < count) {
            JsonObject message = raw.next();
            if (message.has("id")) {
                answers.add(message);
            }
        }
        return answers;
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what);
            Thread.sleep(20);
        }
    }

    @Test
    void watchesAreCappedPerConnectionAndInAllAndEndWithTheirConnection() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, "limits.watches.connection = 8\nlimits.watches.total = 12")) {
            try (AgentLink operator = agent.link("operator")) {
                operator.call(operator.agent().apply(AgentServiceTest.deployment("irqs", AgentServiceTest.probe(AgentServiceTest.EDU0))));
            }
            RawTls first = new RawTls(agent.target(), dir, "debugger");
            RawTls second = new RawTls(agent.target(), dir, "debugger");
            try {
                for (int i = 1; i <= 10; i++) {
                    first.frame(watch(i));
                }
                List<JsonObject> refused = answers(first, 2);
                for (JsonObject answer : refused) {
                    assertEquals(ErrorCode.BUSY.code(), RawTls.errorCode(answer), answer.toString());
                    assertTrue(message(answer).contains("limits.watches.connection"), message(answer));
                }
                await("8 watches run for the first connection", () -> agent.main.agent().watchesRunning() == 8);
                for (int i = 1; i <= 6; i++) {
                    second.frame(watch(100 + i));
                }
                for (JsonObject answer : answers(second, 2)) {
                    assertEquals(ErrorCode.BUSY.code(), RawTls.errorCode(answer), answer.toString());
                    assertTrue(message(answer).contains("limits.watches.total"), message(answer));
                }
                await("12 watches in all", () -> agent.main.agent().watchesRunning() == 12);
            } finally {
                first.close();
                second.close();
            }
            // the old agent kept every watch of a closed connection running for its whole time (an hour at most)
            await("the watches end with their connections", () -> agent.main.agent().watchesRunning() == 0);
            try (AgentLink debugger = agent.link("debugger")) {
                IrqCounts counts = debugger.call(debugger.agent().watchIrqs(new org.devassign.agent.api.WatchRequest(AgentServiceTest.EDU0, 100, 50)));
                assertTrue(counts.last(), "a new watch runs again: " + counts);
            }
        }
    }

    @Test
    void aNotificationThatCannotBeWrittenEndsTheConnection() {
        AtomicBoolean closed = new AtomicBoolean();
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        JsonRpcChannel<AgentEvents> channel = JsonRpcChannel.create(new Object() {
        }, AgentEvents.class, new ByteArrayInputStream(new byte[0]), broken, 1 << 20, method -> null, () -> closed.set(true));
        // LSP4J's endpoint swallows a failed notification: without more, the sender never learns its peer is gone
        try {
            channel.remote().irqCounts(new IrqCounts(AgentServiceTest.EDU0, Map.of("0", 1L), false));
        } catch (RuntimeException e) {
            // either way, what counts is that the connection is closed
        }
        assertTrue(closed.get(), "a write that fails closes the transport, which ends the reader and the session's watches");
    }
}
