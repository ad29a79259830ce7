package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.devassign.agent.api.RegisterAccess;
import org.devassign.agent.api.tls.Fingerprint;
import org.devassign.agent.service.AuditLog;
import org.devassign.deploy.AgentFailure;
import org.devassign.deploy.AgentLink;
import org.devassign.deploy.Identities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The audit log names the whole identity (subject, issuer, serial, fingerprint, address) of a
 * client in every record of its session, records connects, hello and plan, cannot be forged by a
 * name with a newline (a CN, a config, a device, a consumer), records refused register accesses
 * with what they touched, and rotates by size.
 */
class AuditTrailTest {

    @TempDir
    Path dir;

    static List<JsonObject> records(List<String> lines) {
        List<JsonObject> records = new ArrayList<>();
        for (String line : lines) {
            records.add(JsonParser.parseString(line).getAsJsonObject());
        }
        return records;
    }

    @Test
    void everyRecordOfASessionNamesTheWholeIdentityAndConnectsHelloAndPlanAreRecorded() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null); AgentLink link = agent.link("operator")) {
            link.call(link.agent().plan(AgentServiceTest.deployment("demo", AgentServiceTest.probe(AgentServiceTest.EDU0))));
            link.call(link.agent().apply(AgentServiceTest.deployment("demo", AgentServiceTest.probe(AgentServiceTest.EDU0))));
            var operator = Identities.certificate(dir.resolve("operator.p12"));
            List<JsonObject> mine = records(agent.audit()).stream().filter(r -> r.get("who").getAsString().equals("CN=operator,O=DevAssign"))
                    .toList();
            assertEquals(List.of("connect", "hello", "plan demo", "apply demo"), mine.stream().map(r -> r.get("action").getAsString()).toList());
            for (JsonObject record : mine) {
                JsonObject client = record.getAsJsonObject("client");
                assertEquals(Fingerprint.of(operator), client.get("sha256").getAsString(), record.toString());
                assertEquals(operator.getSerialNumber().toString(16), client.get("serial").getAsString());
                assertTrue(client.get("issuer").getAsString().startsWith("CN=DevAssign development CA "), record.toString());
                assertEquals("127.0.0.1", client.get("from").getAsString());
            }
        }
    }

    @Test
    void aNewlineInACnAConfigADeviceOrAConsumerCannotForgeALine() throws Exception {
        String forged = "{\"time\":\"2026-01-01T00:00:00Z\",\"who\":\"agent\",\"action\":\"rollback\",\"outcome\":\"ok\"}";
        try (TestAgent agent = TestAgent.start(dir, null)) {
            Identities.issue(Identities.authority(dir), dir.resolve("evil.p12"), "evil\nforged\u2028line\u001b[2J", List.of(), false,
                    Instant.now(), Duration.ofDays(1));
            assertThrows(IOException.class, () -> agent.link("evil").close());
            try (AgentLink operator = agent.link("operator"); RawTls raw = new RawTls(agent.target(), dir, "operator")) {
                operator.call(operator.agent().plan(AgentServiceTest.deployment("c\n" + forged, AgentServiceTest.probe(AgentServiceTest.EDU0))));
                raw.frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"apply\",\"params\":{\"config\":\"c\",\"digest\":\"d\",\"devices\":"
                        + "[{\"device\":\"0000:00:05.0\\n" + forged.replace("\"", "\\\"") + "\",\"driver\":\"vfio-pci\"}]}}");
                assertTrue(raw.next().has("error"));
                raw.frame("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"apply\",\"params\":{\"config\":\"c\",\"digest\":\"d\",\"devices\":"
                        + "[{\"device\":\"0000:00:05.0\",\"driver\":\"vfio-pci\",\"consumer\":\"x\\n" + forged.replace("\"", "\\\"")
                        + "\",\"consumerKind\":\"probe\"}]}}");
                assertTrue(raw.next().has("error"));
            }
            List<String> lines = agent.audit();
            for (JsonObject record : records(lines)) {
                assertFalse(record.get("who").getAsString().equals("agent") && record.get("action").getAsString().equals("rollback"),
                        "a forged record: " + record);
                for (var field : record.entrySet()) {
                    String text = field.getValue().isJsonPrimitive() ? field.getValue().getAsString() : field.getValue().toString();
                    assertTrue(text.chars().noneMatch(c -> c < 0x20 || c == 0x2028 || c == 0x7f), "a raw control character: " + record);
                }
            }
            String all = String.join("\n", lines);
            assertTrue(records(lines).stream().anyMatch(r -> r.get("who").getAsString().startsWith("CN=evil\\nforged\\u2028line\\x1b[2J")),
                    "the CN shows, escaped: " + all);
            assertTrue(all.contains("plan c\\\\n{"), all);
            assertTrue(lines.stream().filter(l -> l.contains("0000:00:05.0\\\\n")).count() >= 1, "the device's refusal is recorded: " + all);
        }
    }

    @Test
    void refusedRegisterAccessesAreAuditedWithWhatTheyTouchedAndWhoAskedForThem() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null)) {
            try (AgentLink operator = agent.link("operator")) {
                operator.call(operator.agent().apply(AgentServiceTest.deployment("demo", AgentServiceTest.probe(AgentServiceTest.EDU0))));
            }
            try (AgentLink debugger = agent.link("debugger")) {
                // the offset whose sum with the width overflowed on main, and a width that is no access size
                assertThrows(AgentFailure.class, () -> debugger.call(debugger.agent().write(
                        new RegisterAccess(AgentServiceTest.EDU0, 0, 0x7ffffffffffffff8L, 8, 1))));
                assertThrows(AgentFailure.class, () -> debugger.call(debugger.agent().read(new RegisterAccess(AgentServiceTest.EDU0, 0, 0, 3, 0))));
            }
            var debugger = Identities.certificate(dir.resolve("debugger.p12"));
            List<JsonObject> refused = records(agent.audit()).stream()
                    .filter(r -> r.get("who").getAsString().equals("CN=debugger,O=DevAssign") && r.get("outcome").getAsString().equals("refused"))
                    .toList();
            assertEquals(List.of("write 0000:00:05.0 region 0 offset 0x7ffffffffffffff8", "read 0000:00:05.0 region 0 offset 0x0"),
                    refused.stream().map(r -> r.get("action").getAsString()).toList(), refused.toString());
            assertTrue(refused.get(1).get("detail").getAsString().contains("width 3"), refused.get(1).toString());
            for (JsonObject record : refused) {
                assertEquals(Fingerprint.of(debugger), record.getAsJsonObject("client").get("sha256").getAsString(), record.toString());
            }
        }
    }

    @Test
    void theLogRotatesBySizeAndKeepsWholeLines() throws Exception {
        Path file = dir.resolve("audit.jsonl");
        try (AuditLog audit = new AuditLog(file, 2048)) {
            for (int i = 0; i < 300; i++) {
                audit.record("CN=operator", "apply demo", "ok", "transaction " + i);
            }
        }
        for (int i = 1; i <= 4; i++) {
            assertTrue(Files.exists(dir.resolve("audit.jsonl." + i)), "kept: " + i);
        }
        assertFalse(Files.exists(dir.resolve("audit.jsonl.5")), "the oldest is dropped");
        List<JsonElement> last = new ArrayList<>();
        for (String name : List.of("audit.jsonl.4", "audit.jsonl.3", "audit.jsonl.2", "audit.jsonl.1", "audit.jsonl")) {
            Path part = dir.resolve(name);
            assertTrue(Files.size(part) <= 2048, name + ": " + Files.size(part));
            for (String line : Files.readAllLines(part)) {
                last.add(JsonParser.parseString(line));
            }
        }
        List<Integer> numbers = last.stream().map(e -> Integer.parseInt(e.getAsJsonObject().get("detail").getAsString().substring(12))).toList();
        assertEquals(299, numbers.get(numbers.size() - 1));
        for (int i = 1; i < numbers.size(); i++) {
            assertEquals(numbers.get(i - 1) + 1, numbers.get(i), "no record lost inside the kept files");
        }
    }
}
