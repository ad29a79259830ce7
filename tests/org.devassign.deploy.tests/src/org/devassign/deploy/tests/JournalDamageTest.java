package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.api.PlanResult;
import org.devassign.agent.api.RollbackRequest;
import org.devassign.agent.api.Status;
import org.devassign.agent.service.RecoverCommand;
import org.devassign.agent.service.backend.SimulatedBackend;
import org.devassign.agent.service.journal.Journal;
import org.devassign.agent.service.journal.JournalRecord;
import org.devassign.deploy.AgentFailure;
import org.devassign.deploy.AgentLink;
import org.devassign.model.io.BoardFiles;
import org.devassign.testing.RepoFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A damaged journal of each kind puts the agent in its safe state: it starts (no crash loop under
 * systemd), serves status, plan and inventory, refuses apply and rollback with
 * {@link ErrorCode#JOURNAL_DAMAGED}, touches no device and writes nothing to the journal; status
 * names the record (file:line) and what to do. The documented procedure then works:
 * {@code recover --inspect} shows the damage and what the readable records hold, {@code --set-aside}
 * (refused while an agent holds the journal) lets the agent start afresh.
 */
class JournalDamageTest {

    @TempDir
    Path dir;

    /** The journal of one committed apply of edu0 (6 lines: begin, intent/done bind, intent/done open, commit), damaged. */
    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("a malformed line mid-file", insert(3, "%%% not a record %%%"), 3, "not JSON"),
                Arguments.of("a record cut short mid-file", insert(3, "{\"tx\":1,\"type\":\"inte"), 3, "not JSON"),
                Arguments.of("a bad deployment record", replace(1, JournalRecordsTest.applying("{\"devices\":[{\"device\":\"0000:00:05.0\","
                        + "\"driver\":\"vfio-pci\",\"open\":\"sideways\"}]}").replace("\"tx\":2", "\"tx\":1")), 1, "the deployment cannot be read"),
                Arguments.of("an unknown record type", append("{\"tx\":2,\"type\":\"checkpoint\"}"), 7, "unknown record type 'checkpoint'"),
                Arguments.of("a transaction id at Long.MAX", append("{\"tx\":9223372036854775807,\"type\":\"begin\",\"op\":\"rollback\"}"), 7,
                        "leaves no id for the next transaction"),
                Arguments.of("a record of no open transaction", append("{\"tx\":5,\"type\":\"abort\"}"), 7, "where no transaction is open"));
    }

    interface Damage extends UnaryOperator<List<String>> {
    }

    static Damage insert(int line, String text) {
        return lines -> {
            List<String> out = new ArrayList<>(lines);
            out.add(line - 1, text);
            return out;
        };
    }

    static Damage replace(int line, String text) {
        return lines -> {
            List<String> out = new ArrayList<>(lines);
            out.set(line - 1, text);
            return out;
        };
    }

    static Damage append(String text) {
        return lines -> {
            List<String> out = new ArrayList<>(lines);
            out.add(text);
            return out;
        };
    }

    private SimulatedBackend board() throws Exception {
        return new SimulatedBackend(BoardFiles.load(RepoFiles.example("vm-q35.board")), dir.resolve("sim"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aDamagedJournalLeavesTheAgentInItsSafeStateAndTheProcedureGetsItOut(String kind, Damage damage, int line, String reason)
            throws Exception {
        SimulatedBackend board = board();
        try (TestAgent first = TestAgent.start(dir, null, board, r -> {
        }); AgentLink link = first.link("operator")) {
            link.call(link.agent().apply(AgentServiceTest.deployment("demo", AgentServiceTest.probe(AgentServiceTest.EDU0))));
        }
        Path journal = dir.resolve("state/journal.jsonl");
        List<String> lines = Files.readAllLines(journal);
        assertEquals(6, lines.size(), lines.toString());
        Files.write(journal, damage.apply(lines));
        byte[] damaged = Files.readAllBytes(journal);
        long binds = board.bindCount();

        try (TestAgent agent = TestAgent.start(dir, null, board, r -> {
        })) {
            try (AgentLink viewer = agent.link("viewer"); AgentLink operator = agent.link("operator")) {
                Status status = viewer.call(viewer.agent().status());
                assertNotNull(status.journal(), kind + ": status says the journal is damaged");
                assertTrue(status.journal().contains(journal + ":" + line + ": "), kind + ": names the record: " + status.journal());
                assertTrue(status.journal().contains(reason), kind + ": " + status.journal());
                assertTrue(status.journal().contains("recover --inspect") && status.journal().contains("recover --set-aside"),
                        kind + ": says what to do: " + status.journal());
                assertEquals("journal damaged", status.lastOutcome());
                assertEquals(List.of(), status.devices());

                AgentFailure apply = assertThrows(AgentFailure.class, () -> operator.call(operator.agent().apply(
                        AgentServiceTest.deployment("other", AgentServiceTest.probe(AgentServiceTest.EDU1)))));
                assertEquals(ErrorCode.JOURNAL_DAMAGED, apply.errorCode().orElseThrow(), apply.getMessage());
                assertTrue(apply.getMessage().contains(journal + ":" + line), apply.getMessage());
                AgentFailure rollback = assertThrows(AgentFailure.class, () -> operator.call(operator.agent().rollback(new RollbackRequest(null))));
                assertEquals(ErrorCode.JOURNAL_DAMAGED, rollback.errorCode().orElseThrow(), rollback.getMessage());
                PlanResult plan = operator.call(operator.agent().plan(AgentServiceTest.deployment("other", AgentServiceTest.probe(AgentServiceTest.EDU1))));
                assertTrue(plan.notes().stream().anyMatch(n -> n.contains("apply is refused")), plan.notes().toString());
                assertTrue(viewer.call(viewer.agent().inventory()).boardXml().contains("0000:00:05.0"), "it still serves");
            }
            assertArrayEquals(damaged, Files.readAllBytes(journal), kind + ": the agent wrote nothing to the journal");
            assertEquals(binds, board.bindCount(), kind + ": no device touched");
            assertEquals("vfio-pci", board.driverOf(AgentServiceTest.EDU0), kind + ": edu0 left as the journal's last commit has it");
            assertTrue(agent.audit().stream().anyMatch(l -> l.contains("\"recover\"") && l.contains("\"refused\"")), "audited");
            String busy = recoverIn(dir, "--set-aside", 1);
            assertTrue(busy.contains("in use by another agent process"), busy);
        }

        String inspect = recoverIn(dir, "--inspect", 0);
        assertTrue(inspect.contains("line " + line + ": "), inspect);
        assertTrue(inspect.contains(reason), inspect);
        assertTrue(inspect.contains("0000:00:05.0  (no driver)") || kind.contains("deployment"), "the device with the driver it goes back to: "
                + inspect);
        assertTrue(inspect.contains("to go on:"), inspect);

        String setAside = recoverIn(dir, "--set-aside", 0);
        assertFalse(Files.exists(journal), setAside);
        try (Stream<Path> aside = Files.list(journal.getParent())) {
            assertTrue(aside.anyMatch(p -> p.getFileName().toString().startsWith("journal.jsonl.damaged-")), "kept beside: " + setAside);
        }
        try (TestAgent agent = TestAgent.start(dir, null, board, r -> {
        }); AgentLink link = agent.link("operator")) {
            assertNull(link.call(link.agent().status()).journal(), "a fresh journal");
            link.call(link.agent().apply(AgentServiceTest.deployment("again", AgentServiceTest.probe(AgentServiceTest.EDU1))));
            assertEquals("vfio-pci", board.driverOf(AgentServiceTest.EDU1));
        }
    }

    /** {@code recover OPTION} with the test agent's config of the folder {@code agentDir}. */
    private String recoverIn(Path agentDir, String option, int expectedExit) throws Exception {
        org.devassign.agent.service.AgentConfig config = org.devassign.agent.service.AgentConfig.load(agentDir.resolve("test-agent.conf"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = RecoverCommand.run(config, List.of(option), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(expectedExit, code, option + ": " + text);
        return text;
    }

    @Test
    void aHealthyJournalIsNotSetAside() throws Exception {
        try (TestAgent agent = TestAgent.start(dir, null); AgentLink link = agent.link("operator")) {
            link.call(link.agent().apply(AgentServiceTest.deployment("demo", AgentServiceTest.probe(AgentServiceTest.EDU0))));
        }
        String refused = recoverIn(dir, "--set-aside", 1);
        assertTrue(refused.contains("is not damaged"), refused);
        assertTrue(Files.exists(dir.resolve("state/journal.jsonl")));
        String inspect = recoverIn(dir, "--inspect", 0);
        assertTrue(inspect.contains("0 damaged") && inspect.contains("the journal is not damaged"), inspect);
    }

    @Test
    void transactionIdsNeverWrap() throws Exception {
        SimulatedBackend board = board();
        Path journal = dir.resolve("state/journal.jsonl");
        Files.createDirectories(journal.getParent());
        long last = JournalRecord.MAX_TX;
        Files.writeString(journal, "{\"tx\":" + last + ",\"type\":\"begin\",\"op\":\"rollback\",\"detail\":\"CN=operator\"}\n{\"tx\":" + last
                + ",\"type\":\"commit\"}\n");
        try (TestAgent agent = TestAgent.start(dir, null, board, r -> {
        }); AgentLink link = agent.link("operator")) {
            Status status = link.call(link.agent().status());
            assertNull(status.journal(), "the largest id is a sound journal");
            assertEquals(last, status.lastTransaction());
            AgentFailure e = assertThrows(AgentFailure.class, () -> link.call(link.agent().apply(AgentServiceTest.deployment("demo",
                    AgentServiceTest.probe(AgentServiceTest.EDU0)))));
            assertEquals(ErrorCode.JOURNAL_DAMAGED, e.errorCode().orElseThrow());
            assertTrue(e.getMessage().contains("every transaction id") && e.getMessage().contains("recover --set-aside"), e.getMessage());
        }
        assertNull(board.driverOf(AgentServiceTest.EDU0), "nothing bound");
        assertTrue(Journal.read(journal).stream().allMatch(r -> r.tx() > 0), "no id wrapped to a negative one: " + Journal.read(journal));
        String setAside = recoverIn(dir, "--set-aside", 0);
        assertTrue(setAside.contains("set aside"), setAside);
    }
}
