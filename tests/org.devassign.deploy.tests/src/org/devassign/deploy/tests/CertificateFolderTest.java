package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.devassign.deploy.CertificateFolder;
import org.junit.jupiter.api.Test;

/** The default certificate folder follows the environment, as the scripts' $HOME does, never the JVM's idea of home. */
class CertificateFolderTest {

    @Test
    void homeFromTheEnvironmentNotFromTheAccount() throws Exception {
        assertEquals(Path.of("/tmp/elsewhere/.config/devassign/certs"), CertificateFolder.standard(Map.of("HOME", "/tmp/elsewhere")));
    }

    @Test
    void xdgConfigHomeWinsOverHomeWhenAbsolute() throws Exception {
        assertEquals(Path.of("/srv/ci/config/devassign/certs"),
                CertificateFolder.standard(Map.of("HOME", "/tmp/elsewhere", "XDG_CONFIG_HOME", "/srv/ci/config")));
        assertEquals(Path.of("/tmp/elsewhere/.config/devassign/certs"),
                CertificateFolder.standard(Map.of("HOME", "/tmp/elsewhere", "XDG_CONFIG_HOME", "relative/config")),
                "the XDG rule: a relative XDG_CONFIG_HOME is ignored");
    }

    @Test
    void devassignCertsWinsOverBoth() throws Exception {
        assertEquals(Path.of("/etc/devassign/certs"), CertificateFolder.standard(Map.of("HOME", "/tmp/elsewhere", "XDG_CONFIG_HOME",
                "/srv/ci/config", "DEVASSIGN_CERTS", "/etc/devassign/certs")));
    }

    @Test
    void noHomeIsRefusedNamingTheVariablesToSet() {
        CertificateFolder.Unset unset = assertThrows(CertificateFolder.Unset.class,
                () -> CertificateFolder.standard(Map.of("XDG_CONFIG_HOME", "relative/config", "HOME", " ")));
        assertTrue(unset.getMessage().contains("HOME is not set"), unset.getMessage());
        assertTrue(unset.getMessage().contains("export DEVASSIGN_CERTS="), unset.getMessage());
        assertThrows(CertificateFolder.Unset.class, () -> CertificateFolder.standard(Map.of()), "never the JVM's user.home");
    }

    @Test
    void rolloutStateGoesBesideTheDefaultCertificatesWhateverDevassignCertsNames() throws Exception {
        assertEquals(Path.of("/srv/ci/config/devassign/fleet"), CertificateFolder.fleetState(Map.of("HOME", "/tmp/elsewhere",
                "XDG_CONFIG_HOME", "/srv/ci/config", "DEVASSIGN_CERTS", "/etc/devassign/certs")),
                "a certificate folder named for one fleet does not move the rollouts");
        assertEquals(Path.of("/tmp/elsewhere/.config/devassign/fleet"), CertificateFolder.fleetState(Map.of("HOME", "/tmp/elsewhere")));
        assertEquals(Path.of("/var/lib/rollouts"), CertificateFolder.fleetState(Map.of("HOME", "/tmp/elsewhere", "DEVASSIGN_FLEET_STATE",
                "/var/lib/rollouts")));
        CertificateFolder.Unset unset = assertThrows(CertificateFolder.Unset.class, () -> CertificateFolder.fleetState(Map.of()));
        assertTrue(unset.getMessage().contains("export DEVASSIGN_FLEET_STATE="), unset.getMessage());
    }
}
