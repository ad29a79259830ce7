package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.devassign.deploy.tests.DeployCliTest.Run;
import org.devassign.testing.RepoFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code devassign fleet list|deploy|status|rollback} against six simulated agents on Mosquitto:
 * the example config to the boards of one site, by label, and back.
 */
class FleetCliTest {

    @TempDir
    Path dir;

    @Test
    void deployByLabelThenStatusThenRollback() throws Exception {
        try (FleetFixture fixture = FleetFixture.start(dir, 6, i -> Map.of("site", i < 4 ? "lab1" : "lab2"))) {
            String broker = fixture.broker.uri();
            String certs = dir.toString();
            String state = dir.resolve("rollouts").toString();

            Run list = DeployCliTest.cli("fleet", "list", "--broker", broker, "--certs", certs, "--select", "site=lab1");
            assertEquals(0, list.code(), list.err());
            assertTrue(list.out().contains("board-00003") && !list.out().contains("board-00004"), list.out());
            assertTrue(list.out().contains("4 boards, 4 online"), list.out());

            Run deploy = DeployCliTest.cli("fleet", "deploy", RepoFiles.example("vm-q35.assign").toString(), "--broker", broker, "--certs",
                    certs, "--state", state, "--select", "site=lab1", "--canary", "1", "--wave", "2", "--timeout", "20", "--offline-wait", "5");
            assertEquals(0, deploy.code(), deploy.out() + deploy.err());
            for (int i = 0; i < 6; i++) {
                String digest = fixture.fleet.board(SimulatedFleet.name(i)).agent.status("devassign-agent").digest();
                if (i < 4) {
                    assertNotNull(digest, SimulatedFleet.name(i) + " of site lab1 has the config");
                } else {
                    assertNull(digest, SimulatedFleet.name(i) + " of site lab2 was not selected");
                }
            }

            Run status = DeployCliTest.cli("fleet", "status", "--state", state, "--json");
            assertEquals(0, status.code(), status.err());
            JsonObject rollout = JsonParser.parseString(status.out()).getAsJsonObject();
            assertTrue("done".equalsIgnoreCase(rollout.get("outcome").getAsString()), status.out());
            assertEquals(4, rollout.getAsJsonObject("boards").size(), status.out());

            Run back = DeployCliTest.cli("fleet", "rollback", "--broker", broker, "--certs", certs, "--state", state, "--timeout", "20",
                    "--offline-wait", "5");
            assertEquals(0, back.code(), back.out() + back.err());
            for (int i = 0; i < 4; i++) {
                assertNull(fixture.fleet.board(SimulatedFleet.name(i)).agent.status("devassign-agent").digest(),
                        SimulatedFleet.name(i) + " rolled back");
            }

            Run none = DeployCliTest.cli("fleet", "deploy", RepoFiles.example("vm-q35.assign").toString(), "--broker", broker, "--certs",
                    certs, "--state", state, "--select", "site=nowhere");
            assertFalse(none.code() == 0);
            assertTrue(none.err().contains("no board matches the selector 'site=nowhere'"), none.err());
        }
    }
}
