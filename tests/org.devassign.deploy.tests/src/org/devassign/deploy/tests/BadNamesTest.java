package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.devassign.agent.api.ConsumerName;
import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.service.backend.CoreBackend;
import org.devassign.core.identity.DeviceNameException;
import org.devassign.testing.SimulatedSysfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Names that are not device names, sent to the agent on its core backend over a simulated sysfs
 * (with a simulated kernel), for every method that takes a device (the fd hand-off's names: {@link HandoffTest}): each is
 * refused with -32602 and a message that quotes it escaped and says what a device name looks like,
 * and nothing is written anywhere: not in sysfs, not outside it (the old agent resolved
 * {@code ../../../../etc} as a path and wrote driver_override there).
 */
class BadNamesTest {

    static final List<String> NAMES = List.of("./0000:00:05.0", "a/../0000:00:05.0", "../../etc", "../../../../etc", "0000:00:05.0/", "",
            "x".repeat(4096), "0000:00:05.0\u00e9", "\u00e9du0", "0000:00:05.0\nforged log line");

    @TempDir
    Path dir;

    private static final Gson GSON = new Gson();

    private static String request(int id, String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}";
    }

    private static String deployment(String device, String consumer) {
        return "{\"config\":\"x\",\"digest\":\"d\",\"devices\":[{\"device\":" + GSON.toJson(device) + ",\"consumer\":" + GSON.toJson(consumer)
                + ",\"consumerKind\":\"probe\",\"driver\":\"vfio-pci\",\"open\":\"group\"}]}";
    }

    private static void assertRefused(JsonObject answer, int id, String what) {
        assertEquals(ErrorCode.INVALID_PARAMS.code(), RawTls.errorCode(answer), what + ": " + answer);
        assertEquals(id, answer.get("id").getAsInt(), what);
        String message = answer.getAsJsonObject("error").get("message").getAsString();
        assertTrue(message.length() < 600, what + ": the message is bounded, " + message.length() + " characters");
        assertTrue(message.chars().allMatch(c -> c >= 0x20 && c < 0x7f), what + ": the message is printable ASCII: " + message);
    }

    @Test
    void everyMethodRefusesNamesThatAreNoDeviceNamesAndNothingIsWritten() throws Exception {
        SimulatedSysfs board = SimulatedSysfs.q35(dir.resolve("board"));
        Path decoy = Files.createDirectories(board.root.resolve("etc"));
        Files.writeString(decoy.resolve("passwd"), "root:x:0:0\n");
        Files.writeString(board.sys.resolve("bus/passwd"), "decoy next to the devices\n");
        Map<String, String> before = board.snapshot();
        Path agentDir = dir.resolve("agent");
        CoreBackend core = new CoreBackend(board.sys, board::write, List::of);
        try (TestAgent agent = TestAgent.start(agentDir, null, core, r -> {
        }); RawTls operator = new RawTls(agent.target(), agentDir, "operator"); RawTls debugger = new RawTls(agent.target(), agentDir, "debugger")) {
            int id = 0;
            for (String name : NAMES) {
                String what = "device " + GSON.toJson(name).substring(0, Math.min(40, GSON.toJson(name).length()));
                for (String method : List.of("plan", "apply")) {
                    operator.frame(request(++id, method, deployment(name, "agent")));
                    JsonObject answer = operator.next();
                    assertRefused(answer, id, method + " " + what);
                    String message = answer.getAsJsonObject("error").get("message").getAsString();
                    assertTrue(message.contains(DeviceNameException.VALID_FORMS), message);
                }
                String access = "{\"device\":" + GSON.toJson(name) + ",\"region\":0,\"offset\":0,\"width\":4,\"value\":1}";
                for (String method : List.of("read", "write")) {
                    debugger.frame(request(++id, method, access));
                    assertRefused(debugger.next(), id, method + " " + what);
                }
                debugger.frame(request(++id, "watchIrqs", "{\"device\":" + GSON.toJson(name) + ",\"millis\":100,\"intervalMillis\":50}"));
                assertRefused(debugger.next(), id, "watchIrqs " + what);
            }
            operator.frame(request(++id, "apply", deployment("0000:00:05.0", "../x")));
            JsonObject consumer = operator.next();
            assertRefused(consumer, id, "consumer ../x");
            assertTrue(consumer.getAsJsonObject("error").get("message").getAsString().contains(ConsumerName.VALID_FORM), consumer.toString());

            List<String> forged = new ArrayList<>();
            for (String line : agent.audit()) {
                if (!JsonParser.parseString(line).isJsonObject()) {
                    forged.add(line);
                }
            }
            assertEquals(List.of(), forged, "every audit line is one record");
        }
        assertEquals(List.of(), board.writes, "the simulated kernel saw no write");
        Map<String, String> after = board.snapshot();
        assertEquals(before, after, "nothing changed in sysfs, procfs or the decoys next to them");
        assertFalse(Files.exists(decoy.resolve("driver_override")), "the old bug: ../../../../etc/driver_override");
    }
}
