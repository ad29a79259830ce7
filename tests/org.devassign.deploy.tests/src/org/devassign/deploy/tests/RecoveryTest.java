package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.Status;
import org.devassign.agent.service.backend.SimulatedBackend;
import org.devassign.agent.service.journal.Journal;
import org.devassign.agent.service.journal.JournalRecord;
import org.devassign.deploy.AgentLink;
import org.devassign.model.io.BoardFiles;
import org.devassign.testing.RepoFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The journal: an agent stopped dead after any record of a transaction (the same board, as the
 * kernel keeps it) starts again and leaves the board fully applied (commit on disk) or fully
 * restored (anything before), with every device on a driver the journal explains. The virtual
 * board test does the same with SIGKILL on the real kernel.
 */
class RecoveryTest {

    @TempDir
    Path dir;

    /**
     * Thrown by the journal listener: the agent "dies" with the record on disk and nothing after it.
     * An Error, as a dying JVM throws: the agent undoes a transaction on any exception, but not on this.
     */
    static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }

    @ParameterizedTest
    @ValueSource(strings = { "begin", "intent:bind", "done:bind", "intent:open", "done:open", "commit" })
    void aCrashAfterAnyRecordEndsFullyAppliedOrFullyRestored(String point) throws Exception {
        SimulatedBackend board = new SimulatedBackend(BoardFiles.load(RepoFiles.example("vm-q35.board")), dir.resolve("sim"));
        Deployment d = AgentServiceTest.deployment("demo", AgentServiceTest.probe(AgentServiceTest.EDU0),
                AgentServiceTest.vm(AgentServiceTest.EDU2), AgentServiceTest.vm(AgentServiceTest.EDU3));
        Journal.Listener crash = entry -> {
            if (entry.matches(point)) {
                throw new Crash();
            }
        };
        TestAgent first = TestAgent.start(dir, null, board, crash);
        try (AgentLink link = first.link("operator")) {
            assertThrows(Exception.class, () -> link.call(link.agent().apply(d)));
        }
        first.main.close(); // the process is gone; what it did to the board stays
        try (TestAgent second = TestAgent.start(dir, null, board, e -> {
        }); AgentLink link = second.link("viewer")) {
            Status status = link.call(link.agent().status());
            assertNotNull(status.recovered(), "the restart reports what it found");
            if (point.equals("commit")) {
                assertEquals("demo", status.config(), status.recovered());
                assertEquals("vfio-pci", board.driverOf(AgentServiceTest.EDU0));
                assertEquals("vfio-pci", board.driverOf(AgentServiceTest.EDU2));
                assertEquals("vfio-pci", board.driverOf(AgentServiceTest.EDU3));
                assertTrue(status.devices().stream().anyMatch(s -> s.device().equals(AgentServiceTest.EDU0) && s.open()), "re-opened");
            } else {
                assertNull(status.config(), status.recovered());
                assertNull(board.driverOf(AgentServiceTest.EDU0), status.recovered());
                assertNull(board.driverOf(AgentServiceTest.EDU2), status.recovered());
                assertNull(board.driverOf(AgentServiceTest.EDU3), status.recovered());
                assertTrue(status.recovered().contains("unfinished"), status.recovered());
            }
        }
    }

    @Test
    void aTornLastLineIsIgnoredAndRecoveryIsRecordedInTheJournal() throws Exception {
        SimulatedBackend board = new SimulatedBackend(BoardFiles.load(RepoFiles.example("vm-q35.board")), dir.resolve("sim"));
        try (TestAgent agent = TestAgent.start(dir, null, board, e -> {
        }); AgentLink link = agent.link("operator")) {
            link.call(link.agent().apply(AgentServiceTest.deployment("demo", AgentServiceTest.probe(AgentServiceTest.EDU1))));
        }
        Path journal = dir.resolve("state/journal.jsonl");
        Files.writeString(journal, "{\"tx\":9,\"type\":\"beg", java.nio.file.StandardOpenOption.APPEND);
        try (TestAgent agent = TestAgent.start(dir, null, board, e -> {
        }); AgentLink link = agent.link("viewer")) {
            Status status = link.call(link.agent().status());
            assertEquals("demo", status.config());
            assertEquals("vfio-pci", board.driverOf(AgentServiceTest.EDU1));
        }
        List<JournalRecord> entries = Journal.read(journal);
        assertEquals("commit", entries.get(entries.size() - 1).type());
    }
}
