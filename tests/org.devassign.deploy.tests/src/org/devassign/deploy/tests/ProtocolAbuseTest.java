package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.devassign.agent.api.ErrorCode;
import org.devassign.core.identity.DeviceId;
import org.devassign.deploy.AgentLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * Malformed JSON, unknown methods, wrong parameters, oversized messages, garbage bytes and floods
 * against the agent's TLS port: each gets a JSON-RPC error, nothing on the board changes, and the
 * agent goes on serving.
 */
class ProtocolAbuseTest {

    @TempDir
    Path dir;

    private static final String APPLY = "{\"jsonrpc\":\"2.0\",\"id\":%d,\"method\":\"apply\",\"params\":"
            + "{\"config\":\"x\",\"digest\":\"d\",\"devices\":[{\"device\":\"0000:00:05.0\",\"driver\":\"vfio-pci\",\"open\":\"group\"}]}}";

    @Test
    void malformedJsonUnknownMethodsAndBadParamsGetJsonRpcErrors() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null); RawTls raw = new RawTls(agent.target(), dir, "operator")) {
            raw.frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"status\"");
            JsonObject parse = raw.next();
            assertEquals(ErrorCode.PARSE_ERROR.code(), RawTls.errorCode(parse), parse.toString());

            raw.frame("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"formatDisk\",\"params\":{}}");
            JsonObject unknown = raw.next();
            assertEquals(ErrorCode.METHOD_NOT_FOUND.code(), RawTls.errorCode(unknown), unknown.toString());
            assertEquals(2, unknown.get("id").getAsInt());

            raw.frame("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"read\",\"params\":{\"device\":[1,2],\"width\":\"wide\"}}");
            JsonObject bad = raw.next();
            assertTrue(bad.has("error"), bad.toString());
            assertEquals(3, bad.get("id").getAsInt());

            raw.frame("[1, 2, 3]");
            JsonObject array = raw.next();
            assertTrue(array.has("error"), array.toString());

            raw.frame("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"status\"}");
            JsonObject status = raw.next();
            assertTrue(status.has("result"), "the connection still works: " + status);
            assertNull(agent.backend.driverOf(DeviceId.parse("0000:00:05.0")));
        }
    }

    @Test
    void anOversizedMessageIsSkippedUnreadAndAnswered() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, "limits.message.bytes = 4096"); RawTls raw = new RawTls(agent.target(), dir, "operator")) {
            String big = String.format(APPLY, 7).replace("\"x\"", "\"" + "x".repeat(10_000) + "\"");
            raw.frame(big);
            JsonObject tooLarge = raw.next();
            assertEquals(ErrorCode.MESSAGE_TOO_LARGE.code(), RawTls.errorCode(tooLarge), tooLarge.toString());
            assertTrue(tooLarge.getAsJsonObject("error").get("message").getAsString().contains("limit of 4096"));
            assertNull(agent.backend.driverOf(DeviceId.parse("0000:00:05.0")), "the oversized apply was never dispatched");
            raw.frame("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"status\"}");
            assertTrue(raw.next().has("result"));
        }
    }

    @Test
    void garbageBytesEndTheConnectionWithAnErrorAndTheAgentServesOthers() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null)) {
            try (RawTls raw = new RawTls(agent.target(), dir, "operator")) {
                raw.send(new byte[] { 0x16, 0x03, 0x01, (byte) 0xff, 0x00, (byte) 0x80, 'G', 'E', 'T', '\n', '\n' });
                JsonObject error = raw.next();
                assertTrue(error.has("error"), error.toString());
                assertNull(raw.next(), "the agent closes a stream whose framing is lost");
            }
            try (RawTls raw = new RawTls(agent.target(), dir, "operator")) {
                raw.send("Content-Length: 99999999999999999999\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                assertTrue(raw.next().has("error"));
            }
            try (RawTls raw = new RawTls(agent.target(), dir, "operator")) {
                raw.send("X".repeat(5000).getBytes(StandardCharsets.US_ASCII));
                assertEquals(ErrorCode.INVALID_REQUEST.code(), RawTls.errorCode(raw.next()));
            }
            try (AgentLink link = agent.link("viewer")) {
                assertNull(link.call(link.agent().status()).config());
            }
            assertNull(agent.backend.driverOf(DeviceId.parse("0000:00:05.0")));
            assertTrue(agent.audit().stream().anyMatch(l -> l.contains("\"message\"") && l.contains("\"refused\"")), agent.audit().toString());
        }
    }

    @Test
    void aFloodIsRateLimitedPerConnection() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, "limits.rate = 5"); RawTls raw = new RawTls(agent.target(), dir, "viewer")) {
            int requests = 40;
            long start = System.nanoTime();
            for (int i = 0; i < requests; i++) {
                raw.frame("{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"status\"}");
            }
            int limited = 0;
            int answered = 0;
            for (int i = 0; i < requests; i++) {
                JsonObject response = raw.next();
                if (response.has("error") && RawTls.errorCode(response) == ErrorCode.RATE_LIMITED.code()) {
                    limited++;
                } else if (response.has("result")) {
                    answered++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(requests, limited + answered, "every request gets an answer");
            // a bucket of 10 that refills 5 a second: on a loaded machine the flood takes longer and more tokens come back
            long allowed = 10 + (long) Math.ceil(5 * seconds) + 1;
            assertTrue(answered <= allowed && answered < requests, "a burst of 10 passes, then 5 a second: " + answered + " answered in "
                    + String.format(java.util.Locale.ROOT, "%.2f s", seconds) + " (at most " + allowed + ")");
            assertTrue(answered >= 1);
        }
    }

    @Test
    void theDecoderSurvivesMutatedMessages() throws Exception {
        // a short seeded run of mutated messages against a live agent: every input answered or refused
        try (TestAgent agent = TestAgent.start(dir, "limits.rate = 100000")) {
            LiveAgentFuzz.Result result = LiveAgentFuzz.run(agent.target(), dir, 42, 300);
            assertEquals(0, result.crashes(), result.toString());
            // every input is followed by a status probe, answered unless the input cost the connection its framing
            assertTrue(result.results() > result.inputs() / 2, "status probes answered: " + result);
            assertTrue(result.errors() > 0, "mutated inputs are refused with JSON-RPC errors: " + result);
            assertNull(agent.backend.driverOf(DeviceId.parse("0000:00:05.0")));
            try (AgentLink link = agent.link("viewer")) {
                assertNull(link.call(link.agent().status()).config());
            }
        }
    }
}
