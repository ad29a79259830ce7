package org.devassign.ui.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;

import org.devassign.agent.api.tls.KeyFiles;
import org.devassign.deploy.AgentLink;
import org.devassign.deploy.Identities;
import org.devassign.deploy.PemImport;
import org.devassign.testing.ui.UiFailureReport;
import org.devassign.ui.deploy.targets.AgentTarget;
import org.devassign.ui.deploy.targets.TargetState;
import org.devassign.ui.deploy.targets.TargetStore;
import org.devassign.ui.deploy.targets.Targets;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench's certificates: one format with the CLI (a certificates folder), the PEM files of
 * earlier settings imported into it once, and targets pinned by the identity the user gives them
 * (the agent's SHA-256 fingerprint), shown with how to pin it while they are not.
 */
@ExtendWith(UiFailureReport.class)
class CertificateSettingsTest {

    @TempDir
    Path dir;

    @AfterEach
    void forget() throws Exception {
        for (TargetState s : Targets.get().all()) {
            Targets.get().remove(s.target().name());
        }
        var node = InstanceScope.INSTANCE.getNode(TargetStore.NODE);
        node.remove(TargetStore.CERTS);
        node.flush();
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    @Test
    void thePemFilesOfEarlierSettingsAreImportedOnceIntoTheCertificatesFolder() throws Exception {
        Path certs = dir.resolve("certs");
        try (SimAgent agent = SimAgent.start(certs, null)) {
            // the operator's identity as the PEM files the Certificates page used to name
            Path pems = Files.createDirectory(dir.resolve("pem"));
            Path store = certs.resolve("operator.p12");
            KeyStore keys = KeyStore.getInstance("PKCS12");
            char[] password = KeyFiles.readPassword(KeyFiles.passwordFileOf(store), store);
            try (var in = Files.newInputStream(store)) {
                keys.load(in, password);
            }
            Files.writeString(pems.resolve("client.pem"), pem("CERTIFICATE", keys.getCertificate("operator").getEncoded()));
            Files.writeString(pems.resolve("client.key"), pem("PRIVATE KEY", keys.getKey("operator", password).getEncoded()));
            Files.setPosixFilePermissions(pems.resolve("client.key"), PosixFilePermissions.fromString("rw-------"));
            var node = InstanceScope.INSTANCE.getNode(TargetStore.NODE);
            Path workbench = dir.resolve("workbench-certs");
            node.put(TargetStore.CERTS, workbench.toString());
            node.put(TargetStore.CA, certs.resolve("ca.pem").toString());
            node.put(TargetStore.CLIENT_CERTIFICATE, pems.resolve("client.pem").toString());
            node.put(TargetStore.CLIENT_KEY, pems.resolve("client.key").toString());

            TargetStore.load();
            assertTrue(Files.exists(workbench.resolve(PemImport.CLIENT)), "client.p12 in the folder");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(workbench.resolve("client.pass"))));
            assertEquals("", node.get(TargetStore.CLIENT_KEY, ""), "the PEM settings are gone: the import happens once");
            AgentTarget target = new AgentTarget("imported", agent.target("x").address(), "", workbench);
            try (AgentLink link = Targets.open(target, "viewer")) {
                assertEquals("CN=operator,O=DevAssign", link.hello().identity(), "client.p12 serves every role");
                assertEquals(List.of("operator"), link.hello().roles());
            }
        }
    }

    @Test
    void aTargetIsPinnedByItsIdentityAndAnUnpinnedOneShowsTheFingerprintToPin() throws Exception {
        try (SimAgent agent = SimAgent.start(dir, null)) {
            String fingerprint = Identities.agentFingerprint(dir);
            Targets.get().add(agent.target("unpinned"));
            Targets.get().refresh("unpinned");
            TargetState unpinned = Targets.get().state("unpinned");
            assertTrue(unpinned.connected(), unpinned.stateText());
            assertTrue(unpinned.identityText().contains("not pinned: the agent's certificate is SHA-256 " + fingerprint),
                    unpinned.identityText());

            AgentTarget pinned = new AgentTarget("pinned", agent.target("x").address(), fingerprint, dir);
            Targets.get().add(pinned);
            Targets.get().refresh("pinned");
            assertTrue(Targets.get().state("pinned").connected(), Targets.get().state("pinned").stateText());
            assertFalse(Targets.get().state("pinned").identityText().contains("not pinned"));

            Identities.init(dir.resolve("other"), List.of(), "127.0.0.1:0");
            AgentTarget wrong = new AgentTarget("wrong", agent.target("x").address(), Identities.agentFingerprint(dir.resolve("other")), dir);
            Targets.get().add(wrong);
            Targets.get().refresh("wrong");
            TargetState refused = Targets.get().state("wrong");
            assertEquals(TargetState.FAILED, refused.connection());
            assertTrue(refused.stateText().contains(fingerprint) && refused.stateText().contains("pinned to"), refused.stateText());
        }
    }

    @Test
    void aTargetWithoutACertificateFolderSaysHomeIsUnsetAndWhatToDo() throws Exception {
        // what TargetStore gives a target saved without a folder when neither DEVASSIGN_CERTS, XDG_CONFIG_HOME nor HOME is set
        try (SimAgent agent = SimAgent.start(dir, null)) {
            Targets.get().add(new AgentTarget("lab", agent.target("x").address(), "", Path.of("")));
            Targets.get().refresh("lab");
            TargetState lab = Targets.get().state("lab");
            assertEquals(TargetState.FAILED, lab.connection());
            assertTrue(lab.stateText().contains(AgentTarget.withoutCertificates("lab", System.getenv())), lab.stateText());
        }
        assertEquals("Target lab has no certificate folder of its own, and there is no default certificates folder: HOME is not set"
                + " (the default is $HOME/.config/devassign/certs); set DEVASSIGN_CERTS to the folder 'devassign certs init' wrote"
                + " (export DEVASSIGN_CERTS=/path/to/certs), or set HOME (then restart the workbench). Or give the target its folder:"
                + " remove it and add it again with the folder 'devassign certs init' wrote.",
                AgentTarget.withoutCertificates("lab", java.util.Map.of("PATH", "/usr/bin")));
        assertTrue(AgentTarget.withoutCertificates("lab", java.util.Map.of("HOME", "/home/op")).contains(
                "the default folder /home/op/.config/devassign/certs was not known when the workbench read its targets"));
    }
}
