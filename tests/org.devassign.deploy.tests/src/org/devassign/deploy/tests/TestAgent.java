package org.devassign.deploy.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.net.ssl.SSLContext;

import org.devassign.agent.api.tls.TlsStores;
import org.devassign.agent.service.AgentConfig;
import org.devassign.agent.service.AgentMain;
import org.devassign.agent.service.backend.BoardBackend;
import org.devassign.agent.service.backend.SimulatedBackend;
import org.devassign.agent.service.journal.Journal;
import org.devassign.deploy.AgentLink;
import org.devassign.deploy.Identities;
import org.devassign.deploy.Target;
import org.devassign.model.io.BoardFiles;
import org.devassign.testing.RepoFiles;

/**
 * An agent in this JVM, on a simulated q35 board unless a test hands it another backend (the core
 * backend over a simulated sysfs), with development identities in a folder.
 */
final class TestAgent implements AutoCloseable {

    final Path dir;
    /** The simulated board, or null when the agent runs on another backend. */
    final SimulatedBackend backend;
    final BoardBackend board;
    final AgentConfig config;
    final AgentMain main;

    private TestAgent(Path dir, BoardBackend board, AgentConfig config, AgentMain main) {
        this.dir = dir;
        this.board = board;
        this.backend = board instanceof SimulatedBackend simulated ? simulated : null;
        this.config = config;
        this.main = main;
    }

    /** Identities (CA, agent, viewer/operator/debugger) in {@code dir}, made once per folder. */
    static void certs(Path dir) throws IOException {
        if (!Files.exists(dir.resolve("agent.conf"))) {
            Identities.init(dir, List.of(), "127.0.0.1:0");
        }
    }

    static TestAgent start(Path dir, String extraConfig) throws Exception {
        return start(dir, extraConfig, null, entry -> {
        });
    }

    /** Starts on {@code backend} (a fresh simulated q35 board when null), with a journal listener. */
    static TestAgent start(Path dir, String extraConfig, BoardBackend backend, Journal.Listener listener) throws Exception {
        certs(dir);
        Path conf = dir.resolve("test-agent.conf");
        String base = Files.readString(dir.resolve("agent.conf")).replaceAll("(?m)^handoff\\..*$", "");
        Files.writeString(conf, base + "\nbackend = simulated\nbackend.board = " + RepoFiles.example("vm-q35.board") + "\n"
                + (extraConfig == null ? "" : extraConfig) + "\n");
        AgentConfig config = AgentConfig.load(conf);
        BoardBackend board = backend != null ? backend
                : new SimulatedBackend(BoardFiles.load(RepoFiles.example("vm-q35.board")), dir.resolve("sim"));
        return new TestAgent(dir, board, config, AgentMain.start(config, board, listener));
    }

    /** A TLS server context with the agent's identity in {@code dir} (for stand-ins of the agent). */
    static SSLContext serverContext(Path dir) throws IOException {
        return TlsStores.context(TlsStores.keys(dir.resolve("agent.p12"), dir.resolve("agent.pass")).managers(),
                TlsStores.pkix(TlsStores.certificates(dir.resolve("ca.p12"), null)));
    }

    Target target() {
        return new Target("127.0.0.1", main.port());
    }

    AgentLink link(String role) throws IOException {
        return AgentLink.connect(target(), AgentLink.Identity.of(dir, role), p -> {
        }, c -> {
        });
    }

    List<String> audit() throws IOException {
        return Files.readAllLines(config.auditFile());
    }

    /** The audit log of the agent that ran in {@code dir} (after close: with the refusal summaries). */
    static List<String> auditOf(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve("state").resolve("audit.jsonl"));
    }

    @Override
    public void close() {
        main.close();
    }
}
