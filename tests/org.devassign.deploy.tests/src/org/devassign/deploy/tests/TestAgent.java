package org.devassign.deploy.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.devassign.agent.service.AgentConfig;
import org.devassign.agent.service.AgentMain;
import org.devassign.agent.service.Journal;
import org.devassign.agent.service.backend.SimulatedBackend;
import org.devassign.deploy.AgentLink;
import org.devassign.deploy.Identities;
import org.devassign.deploy.Target;
import org.devassign.model.io.BoardFiles;
import org.devassign.testing.RepoFiles;

/** An agent in this JVM on a simulated q35 board, with development identities in a folder. */
final class TestAgent implements AutoCloseable {

    final Path dir;
    final SimulatedBackend backend;
    final AgentConfig config;
    final AgentMain main;

    private TestAgent(Path dir, SimulatedBackend backend, AgentConfig config, AgentMain main) {
        this.dir = dir;
        this.backend = backend;
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
    static TestAgent start(Path dir, String extraConfig, SimulatedBackend backend, Journal.Listener listener) throws Exception {
        certs(dir);
        Path conf = dir.resolve("test-agent.conf");
        String base = Files.readString(dir.resolve("agent.conf")).replace("handoff.socket = /run/devassign/handoff.sock", "");
        Files.writeString(conf, base + "\nbackend = simulated\nbackend.board = " + RepoFiles.example("vm-q35.board") + "\n"
                + (extraConfig == null ? "" : extraConfig) + "\n");
        AgentConfig config = AgentConfig.load(conf);
        SimulatedBackend board = backend != null ? backend
                : new SimulatedBackend(BoardFiles.load(RepoFiles.example("vm-q35.board")), dir.resolve("sim"));
        return new TestAgent(dir, board, config, AgentMain.start(config, board, listener));
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

    @Override
    public void close() {
        main.close();
    }
}
