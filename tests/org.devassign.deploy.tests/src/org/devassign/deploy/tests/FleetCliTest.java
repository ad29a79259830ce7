package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.devassign.agent.service.AgentConfig;
import org.devassign.agent.service.mqtt.MqttSettings;
import org.devassign.deploy.tests.DeployCliTest.Run;
import org.devassign.fleet.sign.FleetIdentity;
import org.devassign.testing.RepoFiles;
import org.devassign.testing.fleet.FleetFixture;
import org.devassign.testing.fleet.SimulatedFleet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code devassign fleet list|deploy|status|rollback} against six simulated agents on Mosquitto:
 * the example config to the boards of one site, by label, and back; {@code devassign certs board}
 * and {@code fleet broker} write private files an agent's config finds.
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

            // a config with an error ends the command before any board is asked anything (it is checked while the connection
            // is made), naming the file and line
            Path bad = dir.resolve("bad.assign");
            Files.writeString(bad, Files.readString(RepoFiles.example("vm-q35.assign")).replace("\"vm-q35.board\"",
                    "\"" + RepoFiles.example("vm-q35.board") + "\"").replace("assign edu1 to", "assign edu9 to"));
            Run invalid = DeployCliTest.cli("fleet", "deploy", bad.toString(), "--broker", broker, "--certs", certs, "--state", state,
                    "--select", "site=lab1");
            assertFalse(invalid.code() == 0, invalid.out());
            assertTrue(invalid.err().contains("bad.assign:") && invalid.err().contains("edu9"), invalid.err());
            for (int i = 0; i < 6; i++) {
                assertNull(fixture.fleet.board(SimulatedFleet.name(i)).agent.status("devassign-agent").digest(),
                        SimulatedFleet.name(i) + " got nothing from an invalid config");
            }

            Run none = DeployCliTest.cli("fleet", "deploy", RepoFiles.example("vm-q35.assign").toString(), "--broker", broker, "--certs",
                    certs, "--state", state, "--select", "site=nowhere");
            assertFalse(none.code() == 0);
            assertTrue(none.err().contains("no board matches the selector 'site=nowhere'"), none.err());
        }
    }

    @Test
    void certsBoardWritesAPrivateKeyStoreAndPasswordFileThatTheAgentsConfigFinds() throws Exception {
        TestAgent.certs(dir);
        Run board = DeployCliTest.cli("certs", "board", "board-a", "--dir", dir.toString());
        assertEquals(0, board.code(), board.out() + board.err());
        for (String file : new String[] { "board-a.p12", "board-a.pass" }) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(file))), file);
        }
        // the board's config names its key store only: the password file is found next to it
        Path conf = dir.resolve("board-a.conf");
        Files.writeString(conf, Files.readString(dir.resolve("agent.conf")) + "\nlisten = none\nmqtt.broker = ssl://127.0.0.1:1\n"
                + "mqtt.keystore = board-a.p12\n");
        MqttSettings settings = MqttSettings.load(AgentConfig.load(conf));
        assertEquals(dir.resolve("board-a.pass"), settings.passwordFile());
        assertEquals("board-a", FleetIdentity.load(settings.keystore(), settings.passwordFile(), settings.truststore()).commonName());
        // a password file others may read is refused, as for the agent's own key store
        Files.setPosixFilePermissions(dir.resolve("board-a.pass"), PosixFilePermissions.fromString("rw-r--r--"));
        IOException open = assertThrows(IOException.class,
                () -> FleetIdentity.load(settings.keystore(), settings.passwordFile(), settings.truststore()));
        assertTrue(open.getMessage().contains("board-a.pass"), open.getMessage());

        Run role = DeployCliTest.cli("certs", "board", "board-b", "operator", "--dir", dir.toString());
        assertEquals(2, role.code(), role.out() + role.err());
        assertTrue(role.err().contains("'operator' cannot name a board"), role.err());
        assertFalse(Files.exists(dir.resolve("board-b.p12")), "nothing is written when one name is refused");

        Path brokerDir = dir.resolve("broker");
        Run broker = DeployCliTest.cli("fleet", "broker", "--dir", brokerDir.toString(), "--certs", dir.toString());
        assertEquals(0, broker.code(), broker.out() + broker.err());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(brokerDir.resolve("broker-key.pem"))));
    }
}
