package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.devassign.agent.api.tls.KeyFiles;
import org.devassign.agent.service.AgentConfig;
import org.devassign.deploy.AgentLink;
import org.devassign.deploy.Identities;
import org.devassign.testing.RepoFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The identity files: {@code certs init} writes a 0700 folder of 0600 files with a random password
 * per key store; no password is built in (not in the agent's defaults, not in the package's
 * config); the agent refuses to start, as ssh does, when its key or password file is readable by
 * others, and a client refuses its own key likewise.
 */
class IdentityFilesTest {

    @TempDir
    Path dir;

    @Test
    void certsInitWritesPrivateFilesInAPrivateFolderWithARandomPasswordPerStore() throws Exception {
        Path certs = dir.resolve("certs");
        List<Path> written = Identities.init(certs, List.of("board1"), "0.0.0.0:7443");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(certs)));
        try (Stream<Path> files = Files.list(certs)) {
            for (Path file : files.toList()) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
            }
        }
        Set<String> passwords = new HashSet<>();
        for (String store : List.of("ca-key", "agent", "viewer", "operator", "debugger")) {
            Path pass = certs.resolve(store + ".pass");
            assertTrue(written.contains(pass), pass.toString());
            String password = Files.readString(pass).strip();
            assertTrue(password.length() >= 40, "a long random password: " + store);
            passwords.add(password);
        }
        assertEquals(5, passwords.size(), "a password of its own per store");
        String conf = Files.readString(certs.resolve("agent.conf"));
        assertFalse(conf.contains("tls.password ="), conf);
        assertTrue(conf.contains("tls.password.file = agent.pass"), conf);
        Path again = dir.resolve("again");
        Identities.init(again, List.of(), "0.0.0.0:7443");
        assertNotEquals(Files.readString(certs.resolve("agent.pass")), Files.readString(again.resolve("agent.pass")));
    }

    @Test
    void anExistingFolderOpenToOthersIsMadePrivate() throws Exception {
        Path certs = Files.createDirectory(dir.resolve("open"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(certs, PosixFilePermissions.fromString("rwxr-xr-x"));
        Identities.init(certs, List.of(), "0.0.0.0:7443");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(certs)));
    }

    @Test
    void noPasswordIsBuiltInNeitherInTheAgentsDefaultsNorInThePackagesConfig() throws Exception {
        // the .deb's conffile, next to the files of 'certs init' as /etc/devassign has them, loads and names a password file
        Path conffile = RepoFiles.root().resolve("releng/org.devassign.agent.deb/files/agent.conf");
        Path etc = dir.resolve("etc");
        Identities.init(etc, List.of(), "0.0.0.0:7443");
        Files.copy(conffile, etc.resolve("agent.conf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        AgentConfig packaged = AgentConfig.load(etc.resolve("agent.conf"));
        assertEquals(etc.resolve("agent.pass"), packaged.passwordFile());
        assertEquals(3, packaged.clients().rules().size(), "the client rules of clients.conf");
        for (String text : List.of("changeit", "tls.password = devassign", "tls.password=devassign")) {
            assertFalse(Files.readString(conffile).contains(text), text);
        }
        // a config with a password in it is refused, naming the line and what to write instead
        Path conf = dir.resolve("old.conf");
        Files.writeString(conf, "listen = 127.0.0.1:0\ntls.password = devassign\n");
        IOException e = assertThrows(IOException.class, () -> AgentConfig.load(conf));
        assertTrue(e.getMessage().startsWith(conf + ":2: tls.password is no longer read"), e.getMessage());
        assertTrue(e.getMessage().contains("tls.password.file = agent.pass"), e.getMessage());
    }

    @Test
    void theAgentRefusesToStartWhenItsKeyOrItsPasswordIsReadableByOthers() throws Exception {
        Path conf = AgentProcess.config(dir, null);
        for (String file : List.of("agent.p12", "agent.pass")) {
            Path key = dir.resolve(file);
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
            AgentProcess.TestRun run = AgentProcess.run(conf);
            assertEquals(1, run.code(), run.log());
            assertTrue(run.log().contains("cannot start: " + key + " is accessible by its group and others (mode 0644)"), run.log());
            assertTrue(run.log().contains("Run: chmod 600 " + key), run.log());
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        }
        try (AgentProcess agent = AgentProcess.start(conf)) {
            assertTrue(Files.readString(agent.log).contains("certificate SHA-256 " + Identities.agentFingerprint(dir)));
        }
    }

    @Test
    void aClientRefusesItsOwnKeyWhenOthersMayReadItAndAnOldFolderSaysWhatToDo() throws Exception {
        TestAgent.certs(dir);
        Files.setPosixFilePermissions(dir.resolve("operator.pass"), PosixFilePermissions.fromString("rw-r-----"));
        IOException open = assertThrows(IOException.class, () -> AgentLink.context(AgentLink.Identity.of(dir, "operator")));
        assertTrue(open.getMessage().contains(dir.resolve("operator.pass") + " is accessible by its group (mode 0640)"), open.getMessage());
        Files.delete(dir.resolve("operator.pass"));
        IOException old = assertThrows(IOException.class, () -> AgentLink.context(AgentLink.Identity.of(dir, "operator")));
        assertTrue(old.getMessage().contains("no password file " + dir.resolve("operator.pass")), old.getMessage());
        assertTrue(old.getMessage().contains("run 'devassign certs init' again"), old.getMessage());
    }

    @Test
    void keyFilesAreWrittenPrivateFromTheirFirstByte() throws Exception {
        Path file = dir.resolve("secret");
        KeyFiles.writePrivate(file, new byte[] { 1, 2, 3 });
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left");
        }
    }
}
