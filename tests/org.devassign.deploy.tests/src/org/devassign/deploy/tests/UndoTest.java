package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.api.ProgressState;
import org.devassign.agent.api.RollbackRequest;
import org.devassign.agent.api.Status;
import org.devassign.agent.service.AgentException;
import org.devassign.agent.service.journal.Journal;
import org.devassign.agent.service.journal.JournalRecord;
import org.devassign.deploy.AgentFailure;
import org.devassign.deploy.AgentLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transaction that fails in any way is undone: a backend that throws an unchecked exception (a
 * defect) leaves no device bound, and a device that cannot be put back is reported as a restore
 * failure, with its own code, not as a failed bind.
 */
class UndoTest {

    @TempDir
    Path dir;

    @Test
    void anUncheckedExceptionInAStepUndoesTheTransaction() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null); AgentLink link = agent.link("operator")) {
            agent.backend.throwOnNextBind(AgentServiceTest.EDU1);
            AgentFailure e = assertThrows(AgentFailure.class, () -> link.call(link.agent().apply(AgentServiceTest.deployment("defect",
                    AgentServiceTest.probe(AgentServiceTest.EDU0), AgentServiceTest.probe(AgentServiceTest.EDU1)))));
            assertEquals(ErrorCode.INTERNAL_ERROR, e.errorCode().orElseThrow(), e.getMessage());
            assertEquals(AgentServiceTest.EDU1, e.error().device());
            assertTrue(e.getMessage().contains("at step 2 (bind 0000:00:06.0)"), e.getMessage());
            assertTrue(e.getMessage().contains("Every device the agent held is back on its previous driver"), e.getMessage());
            assertNull(agent.backend.driverOf(AgentServiceTest.EDU0), "edu0 was bound first and is restored");
            assertNull(agent.backend.driverOf(AgentServiceTest.EDU1));
            assertEquals(0, agent.backend.openCount(AgentServiceTest.EDU0));
            Status status = link.call(link.agent().status());
            assertNull(status.config());
            assertEquals(List.of(), status.devices());
            List<JournalRecord> journal = Journal.read(agent.config.journalFile());
            assertTrue(journal.get(journal.size() - 1).matches("abort"), journal.toString());
            // and the agent goes on working
            link.call(link.agent().apply(AgentServiceTest.deployment("after", AgentServiceTest.probe(AgentServiceTest.EDU1))));
            assertEquals("vfio-pci", agent.backend.driverOf(AgentServiceTest.EDU1));
        }
    }

    @Test
    void aProgressListenerThatThrowsWhileAStepFailsStillLeavesTheTransactionUndone() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null)) {
            agent.backend.failNextBind(AgentServiceTest.EDU1);
            // the old agent called the listener from its catch block: what the listener threw left edu0 bound
            AgentException e = assertThrows(AgentException.class, () -> agent.main.agent().apply(AgentServiceTest.deployment("listener",
                    AgentServiceTest.probe(AgentServiceTest.EDU0), AgentServiceTest.probe(AgentServiceTest.EDU1)), "test", p -> {
                        if (p.state() == ProgressState.FAILED || p.state() == ProgressState.UNDONE) {
                            throw new IllegalStateException("the client went away");
                        }
                    }));
            assertEquals(ErrorCode.BIND_FAILED, e.code(), e.getMessage());
            assertNull(agent.backend.driverOf(AgentServiceTest.EDU0), "edu0 was bound first and is restored");
            assertNull(agent.backend.driverOf(AgentServiceTest.EDU1));
            List<JournalRecord> journal = Journal.read(agent.config.journalFile());
            assertTrue(journal.get(journal.size() - 1).matches("abort"), journal.toString());
        }
    }

    @Test
    void aRollbackThatCannotRestoreADeviceIsARestoreFailure() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null); AgentLink link = agent.link("operator")) {
            link.call(link.agent().apply(AgentServiceTest.deployment("demo", AgentServiceTest.probe(AgentServiceTest.EDU0),
                    AgentServiceTest.vm(AgentServiceTest.EDU2), AgentServiceTest.vm(AgentServiceTest.EDU3))));
            agent.backend.failNextRestore(AgentServiceTest.EDU3);
            AgentFailure e = assertThrows(AgentFailure.class, () -> link.call(link.agent().rollback(new RollbackRequest("demo"))));
            assertEquals(ErrorCode.RESTORE_FAILED, e.errorCode().orElseThrow(), e.getMessage());
            assertEquals(AgentServiceTest.EDU3, e.error().device());
            assertTrue(e.getMessage().startsWith("rollback: 0000:01:02.0 is on vfio-pci instead of no driver"), e.getMessage());
            assertNull(agent.backend.driverOf(AgentServiceTest.EDU0), "the other devices are still given back");
            assertNull(agent.backend.driverOf(AgentServiceTest.EDU2));
        }
    }

    @Test
    void anUndoThatCannotRestoreADeviceSaysWhichAndWhatToDo() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null); AgentLink link = agent.link("operator")) {
            agent.backend.failNextBind(AgentServiceTest.EDU1);
            agent.backend.failNextRestore(AgentServiceTest.EDU0);
            AgentFailure e = assertThrows(AgentFailure.class, () -> link.call(link.agent().apply(AgentServiceTest.deployment("fails",
                    AgentServiceTest.probe(AgentServiceTest.EDU0), AgentServiceTest.probe(AgentServiceTest.EDU1)))));
            assertEquals(ErrorCode.RESTORE_FAILED, e.errorCode().orElseThrow(), e.getMessage());
            assertTrue(e.getMessage().contains("Undoing the transaction did not restore 0000:00:05.0"), e.getMessage());
            assertTrue(e.getMessage().contains("Put those devices back on their drivers by hand"), e.getMessage());
        }
    }
}
