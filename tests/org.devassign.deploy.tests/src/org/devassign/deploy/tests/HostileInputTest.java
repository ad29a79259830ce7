package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.devassign.agent.api.ErrorCode;
import org.devassign.core.identity.DeviceId;
import org.devassign.deploy.AgentLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * What a client with a valid certificate can throw at the agent: a 100 MB message (refused before
 * it is read, memory flat), JSON nested a hundred thousand deep (refused, no stack overflow),
 * unknown methods (rate limited and audited like any), and every kind of malformed request, whose
 * error messages must not show Java class names or the agent's paths; numeric ids stay numbers.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    /** What no message to a client may contain: Java's names for the agent's insides, and its paths. */
    static final Pattern INSIDES = Pattern.compile("Exception|org\\.|com\\.google|java\\.|/work|\\.java\\b|\\tat ");

    @Test
    void aHundredMegabyteMessageIsRefusedBeforeItIsReadAndMemoryStaysFlat() throws Exception {
        AgentVitals vitals = new AgentVitals("a 100 MB message");
        try (TestAgent agent = TestAgent.start(dir, null)) {
            long[] before = vitals.sample();
            AtomicLong sent = new AtomicLong();
            try (RawTls raw = new RawTls(agent.target(), dir, "operator")) {
                long length = 100L << 20;
                Thread writer = Thread.ofPlatform().start(() -> {
                    try {
                        OutputStream out = raw.output();
                        out.write(("Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                        byte[] chunk = new byte[64 << 10];
                        while (sent.get() < length) {
                            out.write(chunk);
                            sent.addAndGet(chunk.length);
                        }
                    } catch (IOException e) {
                        // the agent closed the connection: what this test expects
                    }
                });
                JsonObject answer = raw.next();
                assertEquals(ErrorCode.MESSAGE_TOO_LARGE.code(), RawTls.errorCode(answer), answer.toString());
                assertTrue(answer.getAsJsonObject("error").get("message").getAsString().contains("refused unread"), answer.toString());
                writer.join(60_000);
                assertTrue(sent.get() < (100L << 20) / 4, "the agent stopped reading long before 100 MB: " + sent.get() + " bytes sent");
                System.out.println("HOSTILE a 100 MB message: refused after " + (sent.get() >> 10) + " KiB had been written (socket buffers)");
                vitals.sample();
            }
            try (AgentLink link = agent.link("viewer")) {
                assertNull(link.call(link.agent().status()).config());
            }
            long[] after = vitals.sample();
            assertTrue(after[1] < before[1] + 32, "heap back near where it was: " + before[1] + " -> " + after[1] + " MB");
        }
        vitals.print();
    }

    @Test
    void deepNestingIsRefusedWithoutAStackOverflowAndTheConnectionGoesOn() throws Exception {
        AgentVitals vitals = new AgentVitals("JSON nested 100000 deep");
        try (TestAgent agent = TestAgent.start(dir, null); RawTls raw = new RawTls(agent.target(), dir, "viewer")) {
            vitals.sample();
            int depth = 100_000;
            String arrays = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"status\",\"params\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
            raw.frame(arrays);
            JsonObject first = raw.next();
            assertEquals(ErrorCode.PARSE_ERROR.code(), RawTls.errorCode(first), first.toString());
            StringBuilder objects = new StringBuilder("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"plan\",\"params\":");
            objects.append("{\"config\":".repeat(depth / 10)).append("1").append("}".repeat(depth / 10)).append('}');
            raw.frame(objects.toString());
            JsonObject second = raw.next();
            assertTrue(second.has("error"), second.toString());
            vitals.sample();
            raw.frame("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"status\"}");
            assertTrue(raw.next().has("result"), "the connection still works: no thread died of a stack overflow");
            vitals.sample();
        }
        vitals.print();
    }

    @Test
    void unknownMethodsCountAgainstTheRateAndAreAudited() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, "limits.rate = 5"); RawTls raw = new RawTls(agent.target(), dir, "viewer")) {
            int requests = 40;
            for (int i = 0; i < requests; i++) {
                raw.frame("{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"shutdown\"}");
            }
            int limited = 0;
            int unknown = 0;
            for (int i = 0; i < requests; i++) {
                int code = RawTls.errorCode(raw.next());
                limited += code == ErrorCode.RATE_LIMITED.code() ? 1 : 0;
                unknown += code == ErrorCode.METHOD_NOT_FOUND.code() ? 1 : 0;
            }
            assertEquals(requests, limited + unknown);
            assertTrue(limited >= requests - 12, "unknown methods take from the rate too: " + unknown + " answered as unknown");
            assertTrue(agent.audit().stream().anyMatch(l -> l.contains("\"action\":\"shutdown\"") && l.contains("no method 'shutdown'")),
                    agent.audit().toString());
        }
    }

    @Test
    void numericIdsComeBackAsNumbersAndStringIdsAsStrings() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null); RawTls raw = new RawTls(agent.target(), dir, "viewer")) {
            raw.frame("{\"jsonrpc\":\"2.0\",\"id\":41,\"method\":\"status\"}");
            JsonObject ok = raw.next();
            assertTrue(ok.get("id").getAsJsonPrimitive().isNumber(), ok.toString());
            raw.frame("{\"jsonrpc\":\"2.0\",\"id\":42,\"method\":\"nope\"}");
            JsonObject unknown = raw.next();
            assertTrue(unknown.get("id").getAsJsonPrimitive().isNumber(), unknown.toString());
            raw.frame("{\"jsonrpc\":\"2.0\",\"id\":43,\"method\":\"apply\",\"params\":{}}");
            JsonObject refused = raw.next();
            assertTrue(refused.get("id").getAsJsonPrimitive().isNumber(), refused.toString());
            raw.frame("{\"jsonrpc\":\"2.0\",\"id\":\"44\",\"method\":\"status\"}");
            JsonObject string = raw.next();
            assertTrue(string.get("id").getAsJsonPrimitive().isString(), string.toString());
        }
    }

    @Test
    void noErrorTheAgentSendsShowsJavaClassNamesOrItsPaths() throws Exception {
        List<String> inputs = List.of("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"status\"", "{'jsonrpc':'2.0','id':1,'method':'status'}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"status\"} trailing", "[]", "\"text\"", "null", "{}", "{\"id\":{}}",
                "{\"jsonrpc\":\"2.0\",\"id\":true,\"method\":\"status\"}", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":7}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"plan\",\"params\":[1,2]}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"plan\",\"params\":{\"config\":[],\"devices\":{}}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"plan\",\"params\":{\"config\":\"c\",\"devices\":[{\"device\":5}]}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"plan\",\"params\":{\"config\":\"c\",\"devices\":[{\"device\":\"../../etc\"}]}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"plan\",\"params\":{\"config\":\"c\",\"devices\":[{\"device\":\"0000:00:05.0\",\"driver\":\"x\"}]}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"plan\",\"params\":{\"config\":\"c\",\"devices\":[{\"device\":\"0000:00:05.0\",\"open\":1}]}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"plan\",\"params\":{\"config\":\"c\",\"devices\":[null]}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"plan\",\"params\":{\"config\":\"c\",\"devices\":[{\"device\":\"0000:00:05.0\",\"regions\":[\"x\"]}]}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"apply\",\"params\":{\"config\":\"c\",\"devices\":[{\"device\":\"0000:00:05.0\",\"driver\":\"vfio-platform\"}]}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"apply\",\"params\":{\"config\":\"c\",\"devices\":[{\"device\":\"0000:00:02.0\",\"driver\":\"vfio-pci\"}]}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"apply\",\"params\":{\"config\":\"c\",\"devices\":[{\"device\":\"0000:09:00.0\",\"driver\":\"vfio-pci\"}]}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"rollback\",\"params\":{\"config\":\"nothing\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"read\",\"params\":{\"device\":\"0000:00:05.0\",\"region\":0,\"offset\":-1,\"width\":4}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"read\",\"params\":{\"device\":\"0000:00:05.0\",\"region\":\"x\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"write\",\"params\":{\"device\":\"0000:00:05.0\",\"region\":0,\"offset\":9223372036854775807,\"width\":8,\"value\":1}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"watchIrqs\",\"params\":{\"device\":\"0000:00:05.0\",\"seconds\":\"x\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"hello\",\"params\":{\"protocol\":\"two\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"hello\",\"params\":{\"protocol\":1,\"client\":\"old\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":99999999999999999999999,\"method\":\"status\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}", "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":\"x\"}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"progress\",\"params\":{}}", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"status\",\"params\":1e999}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"plan\",\"params\":{\"config\":\"\\ud800\",\"devices\":[]}}");
        List<String> errors = new ArrayList<>();
        try (TestAgent agent = TestAgent.start(dir, "limits.rate = 100000")) {
            // a defect inside a transaction, whose message comes from deep inside the agent
            agent.backend.throwOnNextBind(AgentServiceTest.EDU1);
            try (RawTls raw = new RawTls(agent.target(), dir, "debugger"); RawTls operator = new RawTls(agent.target(), dir, "operator")) {
                int n = 0;
                exchange(operator, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"apply\",\"params\":{\"config\":\"c\",\"digest\":\"d\",\"devices\":"
                        + "[{\"device\":\"0000:00:06.0\",\"driver\":\"vfio-pci\",\"open\":\"group\",\"consumer\":\"agent\",\"consumerKind\":\"probe\"}]}}",
                        n++, errors);
                for (String input : inputs) {
                    exchange(raw, input, n++, errors);
                    exchange(operator, input, n++, errors);
                }
            }
            assertNull(agent.backend.driverOf(DeviceId.parse("0000:00:05.0")));
        }
        assertTrue(errors.size() >= inputs.size(), "the bad inputs were answered with errors: " + errors.size());
        for (String error : errors) {
            assertTrue(!INSIDES.matcher(error).find(), "an error shows the agent's insides: " + error);
        }
        System.out.println("HOSTILE " + errors.size() + " error answers scanned, none with a Java name or a path; e.g. " + errors.get(0));
    }

    /**
     * Sends {@code input} and then a status request as a marker; keeps every error that arrives before the
     * marker's answer (an input may get no answer, as a notification does, or one).
     */
    private static void exchange(RawTls raw, String input, int n, List<String> errors) throws IOException {
        raw.frame(input);
        raw.frame("{\"jsonrpc\":\"2.0\",\"id\":\"marker-" + n + "\",\"method\":\"status\"}");
        while (true) {
            JsonObject message = raw.next();
            if (message == null) {
                throw new IOException("the agent closed the connection after " + input);
            }
            if (message.has("error")) {
                errors.add(message.get("error").toString());
            }
            if (message.has("id") && message.get("id").isJsonPrimitive() && message.get("id").getAsString().equals("marker-" + n)) {
                return;
            }
        }
    }
}
