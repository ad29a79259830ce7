package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.devassign.agent.api.StepKind;
import org.devassign.agent.service.backend.DriverState;
import org.devassign.agent.service.journal.Journal;
import org.devassign.agent.service.journal.JournalCodec;
import org.devassign.agent.service.journal.JournalDamage;
import org.devassign.agent.service.journal.JournalRecord.Abort;
import org.devassign.agent.service.journal.JournalRecord.Begin;
import org.devassign.agent.service.journal.JournalRecord.Commit;
import org.devassign.agent.service.journal.JournalRecord.Done;
import org.devassign.agent.service.journal.JournalRecord.Intent;
import org.devassign.agent.service.journal.JournalRecord.Operation;
import org.devassign.agent.service.journal.JournalRecord;
import org.devassign.core.identity.DeviceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal's typed records: written and read back as they were, the version 1 lines still read,
 * damage of every kind refused with its line and reason (never left out), a torn last line cut off.
 */
class JournalRecordsTest {

    @TempDir
    Path dir;

    static final DeviceId EDU0 = DeviceId.parse("0000:00:05.0");

    @Test
    void everyRecordReadsBackAsItWasWritten() throws Exception {
        List<JournalRecord> records = List.of(
                new Begin(7, Operation.APPLY, AgentServiceTest.deployment("demo", AgentServiceTest.probe(EDU0)), "CN=operator"),
                Intent.saving(7, StepKind.BIND, new DriverState(EDU0, "e1000e", null), "vfio-pci"), new Done(7, StepKind.BIND, EDU0, "vfio-pci"),
                Intent.of(7, StepKind.OPEN, EDU0, "group"), new Done(7, StepKind.OPEN, EDU0, "group"), new Commit(7),
                new Begin(8, Operation.ROLLBACK, null, "CN=operator"), new Abort(8, "a reason\nwith a newline"));
        List<JournalRecord> written = new ArrayList<>();
        try (Journal journal = new Journal(dir.resolve("journal.jsonl"), written::add)) {
            for (JournalRecord r : records) {
                journal.append(r);
            }
        }
        assertEquals(records, written, "the listener sees each record once it is on disk");
        assertEquals(records, Journal.read(dir.resolve("journal.jsonl")));
        assertEquals(records.size(), Files.readAllLines(dir.resolve("journal.jsonl")).size(), "one line per record, whatever it holds");
        assertTrue(records.get(1).matches("intent:bind") && records.get(1).matches("intent") && !records.get(1).matches("done:bind"));
        assertTrue(records.get(5).matches("commit") && !records.get(5).matches("commit:bind"));
    }

    @Test
    void aJournalOfTheFirstVersionIsStillRead() throws Exception {
        String deployment = "{\\\"config\\\":\\\"demo\\\",\\\"digest\\\":\\\"d\\\",\\\"devices\\\":[{\\\"device\\\":\\\"0000:00:05.0\\\",\\\"label\\\":\\\"edu0\\\","
                + "\\\"consumer\\\":\\\"agent\\\",\\\"consumerKind\\\":\\\"probe\\\",\\\"driver\\\":\\\"vfio-pci\\\",\\\"open\\\":\\\"group\\\"}]}";
        JournalRecord begin = JournalCodec.decode("{\"tx\":3,\"type\":\"begin\",\"op\":\"apply\",\"deployment\":\"" + deployment
                + "\",\"detail\":\"CN=operator\"}");
        assertEquals(EDU0, ((Begin) begin).deployment().devices().get(0).device());
        JournalRecord intent = JournalCodec.decode("{\"tx\":3,\"type\":\"intent\",\"step\":\"bind\",\"device\":\"0000:00:05.0\",\"savedDriver\":\"e1000e\","
                + "\"detail\":\"vfio-pci\"}");
        assertEquals(new DriverState(EDU0, "e1000e", null), ((Intent) intent).saved());
    }

    @Test
    void damageIsRefusedWithTheReason() {
        for (String[] damaged : new String[][] { { "{\"tx\":1,\"type\":\"intent\",\"step\":\"bind\",\"device\":\"../../../../etc\"}", "not a device name" },
                { "{\"tx\":1,\"type\":\"intent\",\"step\":\"unbind\",\"device\":\"0000:00:05.0\"}", "unknown step 'unbind'" },
                { "{\"tx\":1,\"type\":\"begin\",\"op\":\"apply\",\"deployment\":\"{\\\"devices\\\":[{\\\"device\\\":\\\"x/y\\\"}]}\"}", "deployment" },
                { "{\"tx\":\"1\",\"type\":\"commit\"}", "no number 'tx'" }, { "{\"tx\":1,\"type\":\"finish\"}", "unknown record type 'finish'" },
                { "{\"tx\":1,\"type\":\"done\",\"device\":\"0000:00:05.0\"}", "no 'step'" }, { "[1,2]", "not a JSON object" },
                { "{\"tx\":1,\"type\":\"beg", "not JSON" } }) {
            JournalCodec.Damaged e = assertThrows(JournalCodec.Damaged.class, () -> JournalCodec.decode(damaged[0]), damaged[0]);
            assertTrue(e.getMessage().contains(damaged[1]), damaged[0] + " -> " + e.getMessage());
        }
    }

    @Test
    void aLineTornByACrashIsCutOffAndDoesNotSwallowTheNextRecord() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        Begin first = new Begin(1, Operation.ROLLBACK, null, "CN=operator");
        try (Journal journal = new Journal(file, r -> {
        })) {
            journal.append(first);
            journal.append(new Commit(1));
        }
        Files.writeString(file, "{\"tx\":2,\"type\":\"beg", StandardOpenOption.APPEND);
        assertEquals(List.of(first, new Commit(1)), Journal.read(file), "a torn last line is no damage: its step was never taken");
        Begin next = new Begin(2, Operation.ROLLBACK, null, "CN=operator");
        try (Journal journal = new Journal(file, r -> {
        })) {
            journal.append(next);
            journal.append(new Commit(2));
        }
        assertEquals(List.of(first, new Commit(1), next, new Commit(2)), Journal.read(file));
        assertFalse(Files.readString(file).contains("\"beg\n") || Files.readString(file).contains("beg{"), "the torn line is gone: "
                + Files.readString(file));
    }

    @Test
    void aLineAnEarlierAgentEndedAfterACrashIsReadAsTornWhenANewProcessBeganNext() throws Exception {
        // agents before this one gave a torn last line its line end and wrote on: recovery's begin comes next
        String begin = JournalCodec.encode(new Begin(1, Operation.ROLLBACK, null, "CN=operator"));
        String recover = JournalCodec.encode(new Begin(2, Operation.RECOVER, null, "unfinished transaction 1"));
        Path file = dir.resolve("journal.jsonl");
        Files.writeString(file, begin + "\n{\"tx\":1,\"type\":\"inte\n" + recover + "\n" + JournalCodec.encode(new Commit(2)) + "\n");
        assertEquals(4, Journal.contents(file).lines());
        assertEquals(3, Journal.read(file).size(), "the torn line is left out, and only that one");
        // the same line followed by anything but a begin is damage: records were lost there
        Files.writeString(file, begin + "\n{\"tx\":1,\"type\":\"inte\n" + JournalCodec.encode(new Commit(1)) + "\n");
        JournalDamage damage = assertThrows(JournalDamage.class, () -> Journal.read(file));
        assertEquals(2, damage.line());
    }

    /** A begin record of an apply of {@code deployment} (JSON), the way the journal holds it: a string. */
    static String applying(String deployment) {
        return "{\"tx\":2,\"type\":\"begin\",\"op\":\"apply\",\"deployment\":" + new com.google.gson.Gson().toJson(deployment) + "}";
    }

    /** Each kind of damage, as a whole journal: the line it is on and what the reason says. */
    static final List<String[]> DAMAGED = List.of(
            new String[] { "a line that is not JSON, mid-file", "%%% garbage %%%", "2", "not JSON" },
            new String[] { "a record cut short mid-file, not followed by a begin", "{\"tx\":1,\"type\":\"inte", "2", "not JSON" },
            new String[] { "an unknown record type", "{\"tx\":1,\"type\":\"finish\"}", "2", "unknown record type 'finish'" },
            new String[] { "a device name that is a path", "{\"tx\":1,\"type\":\"intent\",\"step\":\"bind\",\"device\":\"../../etc\"}", "2",
                    "not a device name" },
            new String[] { "an unknown step", "{\"tx\":1,\"type\":\"done\",\"step\":\"unbind\",\"device\":\"0000:00:05.0\"}", "2",
                    "unknown step 'unbind'" },
            new String[] { "a transaction id at Long.MAX", "{\"tx\":9223372036854775807,\"type\":\"commit\"}", "2",
                    "leaves no id for the next transaction" },
            new String[] { "a transaction id of 0", "{\"tx\":0,\"type\":\"commit\"}", "2", "outside 1.." },
            new String[] { "a record of no open transaction", "{\"tx\":7,\"type\":\"commit\"}", "2", "where transaction 1 is open" },
            new String[] { "an apply without its deployment", "{\"tx\":2,\"type\":\"begin\",\"op\":\"apply\"}", "2",
                    "an apply without its deployment" },
            new String[] { "a deployment that cannot be read", applying("{\"devices\":[{\"device\":\"0000:00:05.0\",\"driver\":\"vfio-pci\","
                    + "\"open\":\"sideways\"}]}"), "2", "the deployment cannot be read" },
            new String[] { "a deployment whose consumer's uid is no id", applying("{\"devices\":[{\"device\":\"0000:00:05.0\","
                    + "\"driver\":\"vfio-pci\"}],\"consumers\":[{\"consumer\":\"edu-driver\",\"uid\":4294967295,\"gid\":0}]}"), "2",
                    "uid 4294967295 is not a Linux user id" },
            new String[] { "a transaction that begins with a smaller id", "{\"tx\":1,\"type\":\"begin\",\"op\":\"rollback\"}", "2",
                    "transaction ids only grow" });

    @Test
    void everyKindOfDamageIsReportedWithItsLineAndNeverLeftOut() throws Exception {
        String begin = JournalCodec.encode(new Begin(1, Operation.ROLLBACK, null, "CN=operator"));
        for (String[] kind : DAMAGED) {
            Path file = dir.resolve("journal.jsonl");
            // the damage on line 2, inside transaction 1 (so order damage shows), a sound record after it
            Files.writeString(file, begin + "\n" + kind[1] + "\n" + JournalCodec.encode(new Commit(1)) + "\n");
            JournalDamage damage = assertThrows(JournalDamage.class, () -> Journal.read(file), kind[0]);
            assertEquals(Integer.parseInt(kind[2]), damage.line(), kind[0] + ": " + damage.getMessage());
            assertTrue(damage.getMessage().contains(kind[3]), kind[0] + ": " + damage.getMessage());
            assertTrue(damage.describe().startsWith(file + ":" + kind[2] + ": "), damage.describe());
            assertTrue(Journal.contents(file).damage().size() >= 1, kind[0]);
        }
    }
}
