package org.devassign.ui.deploy.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.devassign.agent.service.AgentConfig;
import org.devassign.agent.service.AgentMain;
import org.devassign.agent.service.backend.SimulatedBackend;
import org.devassign.deploy.Identities;
import org.devassign.deploy.Target;
import org.devassign.model.io.BoardFiles;
import org.devassign.testing.RepoFiles;
import org.devassign.ui.deploy.targets.AgentTarget;

/**
 * The agent service in this JVM on a simulated q35 board (the deploy branch's SimulatedBackend:
 * drivers change when bound, edu answers its ID 0x010000ed), with development identities made by
 * {@code Identities.init} in {@code dir}.
 */
final class SimAgent implements AutoCloseable {

    final Path dir;
    final SimulatedBackend backend;
    final AgentMain main;

    private SimAgent(Path dir, SimulatedBackend backend, AgentMain main) {
        this.dir = dir;
        this.backend = backend;
        this.main = main;
    }

    static SimAgent start(Path dir, String extraConfig) throws IOException {
        if (!Files.exists(dir.resolve("agent.conf"))) {
            Identities.init(dir, List.of(), "127.0.0.1:0");
        }
        Path conf = dir.resolve("test-agent.conf");
        String base = Files.readString(dir.resolve("agent.conf")).replaceAll("(?m)^handoff\\..*$", "");
        Files.writeString(conf, base + "\nbackend = simulated\nbackend.board = " + RepoFiles.example("vm-q35.board") + "\n"
                + (extraConfig == null ? "" : extraConfig) + "\n");
        AgentConfig config = AgentConfig.load(conf);
        SimulatedBackend board = new SimulatedBackend(BoardFiles.load(RepoFiles.example("vm-q35.board")), dir.resolve("sim"));
        return new SimAgent(dir, board, AgentMain.start(config, board, entry -> {
        }));
    }

    AgentTarget target(String name) {
        return new AgentTarget(name, new Target("127.0.0.1", main.port()), "", dir);
    }

    @Override
    public void close() {
        main.close();
    }
}
