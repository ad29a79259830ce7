package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.devassign.deploy.AgentLink;
import org.devassign.deploy.Identities;
import org.devassign.deploy.Revocations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A revoked client certificate is refused in the next handshake once the agent has read its
 * revocation list again: on SIGHUP to the daemon's process, or through the reload hook. A list that
 * cannot be read on a reload leaves the one the agent had.
 */
class RevocationTest {

    @TempDir
    Path dir;

    private static AgentLink link(Path dir, AgentProcess agent, String role) throws IOException {
        return AgentLink.connect(agent.target(), AgentLink.Identity.of(dir, role), p -> {
        }, c -> {
        });
    }

    @Test
    void anAgentStartedWithSighupIgnoredSaysThatReloadsWillNotReachIt() throws Exception {
        try (AgentProcess agent = AgentProcess.startIgnoringHangup(AgentProcess.config(dir, null))) {
            agent.await("SIGHUP is ignored in this process", 1);
            agent.signal("HUP");
            try (AgentLink viewer = link(dir, agent, "viewer")) {
                assertNull(viewer.call(viewer.agent().status()).config(), "a SIGHUP neither stops it nor is taken");
            }
            assertTrue(agent.process.isAlive());
            assertTrue(!Files.readString(agent.log).contains("reloaded"), Files.readString(agent.log));
        }
    }

    @Test
    void sighupMakesTheDaemonRefuseACertificateRevokedSinceItStarted() throws Exception {
        try (AgentProcess agent = AgentProcess.start(AgentProcess.config(dir, null))) {
            try (AgentLink debugger = link(dir, agent, "debugger")) {
                assertNull(debugger.call(debugger.agent().status()).config());
            }
            assertTrue(Revocations.revoke(dir, Identities.certificate(dir.resolve("debugger.p12"))));
            try (AgentLink debugger = link(dir, agent, "debugger")) {
                assertNull(debugger.call(debugger.agent().status()).config(), "not read again yet");
            }
            agent.signal("HUP");
            agent.await("reloaded: 1 revoked in ", 1);
            IOException refused = assertThrows(IOException.class, () -> link(dir, agent, "debugger").close());
            assertTrue(refused.getMessage().contains("cannot talk to the agent"), refused.getMessage());
            try (AgentLink viewer = link(dir, agent, "viewer")) {
                assertNull(viewer.call(viewer.agent().status()).config(), "the others go on, and SIGHUP did not stop the agent");
            }
            // a damaged list on the next reload: the agent keeps the one it had
            Files.writeString(dir.resolve(Identities.CRL), "not a list");
            agent.signal("HUP");
            agent.await("reload failed, the revocation list stays as it was", 1);
            assertThrows(IOException.class, () -> link(dir, agent, "debugger").close());
            assertTrue(agent.process.isAlive());
        }
        List<String> audit = Files.readAllLines(dir.resolve("process-state/audit.jsonl"));
        assertTrue(audit.stream().anyMatch(l -> l.contains("\"127.0.0.1\"") && l.contains("is revoked by revoked.crl")), audit.toString());
        assertTrue(audit.stream().anyMatch(l -> l.contains("\"reload\"") && l.contains("\"failed\"")), audit.toString());
    }

    @Test
    void theReloadHookTakesTheNewListForTheNextHandshake() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null)) {
            Revocations.revoke(dir, Identities.certificate(dir.resolve("operator.p12")));
            try (AgentLink operator = agent.link("operator")) {
                assertNull(operator.call(operator.agent().status()).config());
            }
            assertTrue(agent.main.reload().startsWith("1 revoked"));
            assertThrows(IOException.class, () -> agent.link("operator").close());
            try (AgentLink viewer = agent.link("viewer")) {
                assertNull(viewer.call(viewer.agent().status()).config());
            }
        }
    }

    @Test
    void aListThatNoTrustedCaSignedKeepsTheAgentFromStarting() throws Exception {
        Path other = dir.resolve("other");
        Identities.init(other, List.of(), "127.0.0.1:0");
        TestAgent.certs(dir);
        IOException e = assertThrows(IOException.class, () -> TestAgent.start(dir, "tls.crl = other/revoked.crl").close());
        assertTrue(e.getMessage().contains("is not signed by a CA of the trust store"), e.getMessage());
    }
}
