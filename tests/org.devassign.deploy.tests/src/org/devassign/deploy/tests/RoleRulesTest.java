package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.devassign.agent.service.AgentConfig;
import org.devassign.deploy.AgentLink;
import org.devassign.deploy.Identities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Roles come from a certificate's subject and issuer (and, when a rule says so, its serial or a
 * subject alternative name), not from its CN: a certificate with the CN "operator" from another CA
 * the agent trusts is nobody; a config of before (CN = roles) is refused with the lines to add.
 */
class RoleRulesTest {

    @TempDir
    Path dir;

    private static AgentLink link(TestAgent agent, Path keystore) throws IOException {
        return AgentLink.connect(agent.target(), new AgentLink.Identity(keystore, agent.dir.resolve("ca.p12"), null), p -> {
        }, c -> {
        });
    }

    @Test
    void theSameCnFromAnotherTrustedCaHasNoRole() throws Exception {
        Path other = dir.resolve("other");
        Identities.init(other, List.of(), "127.0.0.1:0");
        TestAgent.certs(dir);
        // the agent trusts both CAs, as an agent whose trust store holds a second CA does
        Files.writeString(dir.resolve("both.pem"), Files.readString(dir.resolve("ca.pem")) + Files.readString(other.resolve("ca.pem")));
        try (TestAgent agent = TestAgent.start(dir, "tls.truststore = both.pem")) {
            try (AgentLink mine = agent.link("operator")) {
                assertEquals(List.of("operator"), mine.hello().roles());
            }
            IOException e = assertThrows(IOException.class, () -> link(agent, other.resolve("operator.p12")).close());
            assertTrue(e.getMessage().contains("CN=operator,O=DevAssign has no role"), e.getMessage());
        }
    }

    @Test
    void aRuleMayAlsoAskForTheSerialOrASubjectAlternativeName() throws Exception {
        TestAgent.certs(dir);
        Identities.Authority ca = Identities.authority(dir);
        Identities.issue(ca, dir.resolve("ci.p12"), "ci", List.of("ci.example.com"), false, Instant.now(), Duration.ofDays(1));
        Identities.issue(ca, dir.resolve("ci2.p12"), "ci", List.of("other.example.com"), false, Instant.now(), Duration.ofDays(1));
        X509Certificate ci = Identities.certificate(dir.resolve("ci.p12"));
        String issuer = "O=DevAssign, CN=" + ca.certificate().getSubjectX500Principal().getName().replaceAll(".*CN=([^,]+).*", "$1");
        String rules = """
                client.bysan = debugger
                client.bysan.subject = cn=CI, o=devassign
                client.bysan.issuer = %s
                client.bysan.san = dns:CI.example.com
                client.byserial = viewer
                client.byserial.subject = CN=ci,O=DevAssign
                client.byserial.issuer = %s
                client.byserial.serial = 0x%s
                """.formatted(issuer, issuer, ci.getSerialNumber().toString(16));
        try (TestAgent agent = TestAgent.start(dir, rules)) {
            try (AgentLink link = link(agent, dir.resolve("ci.p12"))) {
                assertEquals(List.of("viewer", "debugger"), link.hello().roles(), "both rules, names compared as X.500 does");
            }
            IOException e = assertThrows(IOException.class, () -> link(agent, dir.resolve("ci2.p12")).close());
            assertTrue(e.getMessage().contains("has no role"), "same subject and issuer, another serial and name: " + e.getMessage());
        }
    }

    @Test
    void aConfigThatMapsRolesByCnAloneIsRefusedWithTheLinesToAdd() throws Exception {
        Path conf = dir.resolve("old.conf");
        Files.writeString(conf, "listen = 127.0.0.1:0\ntls.password.file = agent.pass\n\nclient.operator = operator\n");
        IOException e = assertThrows(IOException.class, () -> AgentConfig.load(conf));
        assertTrue(e.getMessage().startsWith(conf + ":4: client.operator = operator names a certificate by its CN alone"), e.getMessage());
        assertTrue(e.getMessage().contains("add client.operator.subject = (the certificate's subject, e.g. CN=operator,O=DevAssign) and"
                + " client.operator.issuer = (its CA's subject)"), e.getMessage());
        Files.writeString(conf, "client.x = operator\nclient.x.subject = CN=x\nclient.x.issuer = CN=ca\nclient.x.serail = 5\n");
        IOException typo = assertThrows(IOException.class, () -> AgentConfig.load(conf));
        assertTrue(typo.getMessage().startsWith(conf + ":4: unknown key 'client.x.serail'"), typo.getMessage());
    }

    @Test
    void theRulesOfCertsInitLiveInAFileOfTheirOwnNamedByTheConfig() throws Exception {
        TestAgent.certs(dir);
        AgentConfig config = AgentConfig.load(dir.resolve("agent.conf"));
        assertEquals(List.of("debugger", "operator", "viewer"), config.clients().rules().stream().map(r -> r.name()).sorted().toList());
        Files.delete(dir.resolve("clients.conf"));
        IOException e = assertThrows(IOException.class, () -> AgentConfig.load(dir.resolve("agent.conf")));
        assertTrue(e.getMessage().contains("clients = clients.conf: no such file"), e.getMessage());
    }
}
