package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.devassign.agent.api.tls.Fingerprint;
import org.devassign.deploy.AgentLink;
import org.devassign.deploy.Identities;
import org.devassign.deploy.KnownAgents;
import org.devassign.deploy.PinMismatchException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client pins the agent's certificate: a target pinned to its fingerprint connects, a target
 * pinned to another is refused naming both fingerprints, and an unpinned one connects on the CA
 * alone and says how to pin it (the CLI prints the command; {@code certs pin} records the pin).
 */
class PinningTest {

    @TempDir
    Path dir;

    @Test
    void aPinnedTargetConnectsOnlyToTheCertificateItIsPinnedTo() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null)) {
            String fingerprint = Identities.agentFingerprint(dir);
            assertEquals(fingerprint, agent.main.fingerprint());
            try (AgentLink link = AgentLink.connect(agent.target().pinned(fingerprint.replace(":", "").toLowerCase()),
                    AgentLink.Identity.of(dir, "viewer"), p -> {
                    }, c -> {
                    })) {
                assertTrue(link.pinned());
                assertNull(link.pinAdvice());
            }
            Path other = dir.resolve("other");
            Identities.init(other, List.of(), "127.0.0.1:0");
            String wrong = Identities.agentFingerprint(other);
            PinMismatchException e = assertThrows(PinMismatchException.class, () -> AgentLink.connect(agent.target().pinned(wrong),
                    AgentLink.Identity.of(dir, "viewer"), p -> {
                    }, c -> {
                    }).close());
            assertTrue(e.getMessage().contains("presented a certificate with the SHA-256 fingerprint " + fingerprint), e.getMessage());
            assertTrue(e.getMessage().contains("but the target is pinned to " + wrong), e.getMessage());
            try (AgentLink unpinned = agent.link("viewer")) {
                assertFalse(unpinned.pinned());
                assertTrue(unpinned.pinAdvice().contains(fingerprint), unpinned.pinAdvice());
            }
        }
    }

    @Test
    void theCliShowsTheFingerprintOnTheFirstConnectPinsItAndThenRefusesAnotherAgent() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null)) {
            String target = agent.target().toString();
            String fingerprint = agent.main.fingerprint();
            DeployCliTest.Run first = DeployCliTest.cli("status", "--target", target, "--certs", dir.toString());
            assertEquals(0, first.code(), first.err());
            assertTrue(first.err().contains("is not pinned: its certificate's SHA-256 fingerprint is " + fingerprint), first.err());
            assertTrue(first.err().contains("devassign certs pin --target " + target + " --certs " + dir + " " + fingerprint), first.err());

            DeployCliTest.Run pin = DeployCliTest.cli("certs", "pin", "--target", target, "--certs", dir.toString(), fingerprint);
            assertEquals(0, pin.code(), pin.err());
            assertEquals(fingerprint, KnownAgents.in(dir).pin(agent.target()));
            DeployCliTest.Run pinned = DeployCliTest.cli("status", "--target", target, "--certs", dir.toString());
            assertEquals(0, pinned.code(), pinned.err());
            assertFalse(pinned.err().contains("not pinned"), pinned.err());

            Path other = dir.resolve("other");
            Identities.init(other, List.of(), "127.0.0.1:0");
            String wrong = Identities.agentFingerprint(other);
            DeployCliTest.Run refused = DeployCliTest.cli("status", "--target", target, "--certs", dir.toString(), "--pin", wrong);
            assertEquals(1, refused.code());
            assertTrue(refused.err().contains("refused the agent at " + target) && refused.err().contains(wrong), refused.err());
            DeployCliTest.Run bad = DeployCliTest.cli("status", "--target", target, "--certs", dir.toString(), "--pin", "12:34");
            assertEquals(2, bad.code());
            assertTrue(bad.err().contains("is not a SHA-256 fingerprint"), bad.err());
        }
    }

    @Test
    void fingerprintsReadInTheFormsPeopleCopyThem() throws Exception {
        TestAgent.certs(dir);
        String fingerprint = Identities.agentFingerprint(dir);
        assertEquals(fingerprint, Fingerprint.parse("sha256 Fingerprint=" + fingerprint));
        assertEquals(fingerprint, Fingerprint.parse("SHA256:" + fingerprint.replace(":", "").toLowerCase()));
        DeployCliTest.Run shown = DeployCliTest.cli("certs", "fingerprint", dir.resolve("agent.pem").toString());
        assertEquals(fingerprint, shown.out().strip());
        assertTrue(Files.readString(dir.resolve("agent.pem")).startsWith("-----BEGIN CERTIFICATE-----"));
    }
}
