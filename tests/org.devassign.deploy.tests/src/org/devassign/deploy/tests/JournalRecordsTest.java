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

/** The journal's typed records: written and read back as they were, the version 1 lines still read, damage refused with the reason. */
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
    void aLineTornByACrashDoesNotSwallowTheNextRecord() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        try (Journal journal = new Journal(file, r -> {
        })) {
            journal.append(new Commit(1));
        }
        Files.writeString(file, "{\"tx\":2,\"type\":\"beg", StandardOpenOption.APPEND);
        try (Journal journal = new Journal(file, r -> {
        })) {
            journal.append(new Commit(3));
        }
        assertEquals(List.of(new Commit(1), new Commit(3)), Journal.read(file));
        assertFalse(Files.readString(file).contains("beg{"), "the torn line ends before the next record");
    }
}
