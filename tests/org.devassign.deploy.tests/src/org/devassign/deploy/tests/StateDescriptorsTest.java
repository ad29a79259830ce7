package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.devassign.agent.service.AuditLog;
import org.devassign.agent.service.journal.Journal;
import org.devassign.agent.service.journal.JournalRecord;
import org.devassign.agent.service.journal.JournalRecord.Abort;
import org.devassign.agent.service.journal.JournalRecord.Begin;
import org.devassign.agent.service.journal.JournalRecord.Commit;
import org.devassign.agent.service.journal.JournalRecord.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an idle agent holds open of its state: the journal's lock only. The journal file is open
 * from a transaction's first record to its commit or abort, the audit log for one record; a host
 * of thousands of simulated agents is bounded by its file descriptors (bench/fleet).
 */
class StateDescriptorsTest {

    @TempDir
    Path dir;

    @Test
    void theJournalIsOpenOnlyWhileATransactionWritesItAndItsLockIsHeldThroughout() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        Path lock = dir.resolve("journal.jsonl.lock");
        try (Journal journal = new Journal(file, r -> {
        })) {
            assertEquals(0, openDescriptors(file), "idle: the journal is not open");
            assertEquals(1, openDescriptors(lock), "its lock is");
            journal.append(new Begin(1, Operation.ROLLBACK, null, "CN=operator"));
            assertEquals(1, openDescriptors(file), "open while its transaction writes it");
            journal.append(new Commit(1));
            assertEquals(0, openDescriptors(file), "closed at the commit");
            journal.append(new Begin(2, Operation.ROLLBACK, null, "CN=operator"));
            journal.append(new Abort(2, "a reason"));
            assertEquals(0, openDescriptors(file), "and at an abort");
            IOException second = assertThrows(IOException.class, () -> new Journal(file, r -> {
            }));
            assertTrue(second.getMessage().contains("in use by another agent process"), second.getMessage());
        }
        assertEquals(0, openDescriptors(lock), "closing the journal gives its lock back");
        List<JournalRecord> records = Journal.read(file);
        assertEquals(4, records.size(), "every record written, in order: " + records);
        assertEquals(new Abort(2, "a reason"), records.get(3));
    }

    @Test
    void theAuditLogIsOpenForOneRecordAtATime() throws Exception {
        Path file = dir.resolve("audit.jsonl");
        AuditLog audit = new AuditLog(file);
        try {
            assertEquals(0, openDescriptors(file));
            audit.record("CN=operator", "apply", "ok", "forced to disk");
            audit.record("CN=operator", "hello", "ok", "not forced");
            assertEquals(0, openDescriptors(file), "nothing held between records");
            List<String> lines = Files.readAllLines(file);
            assertEquals(2, lines.size(), lines.toString());
            assertTrue(lines.get(0).contains("\"action\":\"apply\"") && lines.get(1).contains("\"action\":\"hello\""), lines.toString());
        } finally {
            audit.close();
        }
    }

    @Test
    void theAuditLogRotatesWithoutAStreamOfItsOwn() throws Exception {
        Path file = dir.resolve("audit.jsonl");
        AuditLog audit = new AuditLog(file, 400);
        try {
            for (int i = 0; i < 10; i++) {
                audit.record("CN=operator", "apply", "ok", "record " + i);
            }
        } finally {
            audit.close();
        }
        assertTrue(Files.exists(dir.resolve("audit.jsonl.1")), "rotated at 400 bytes");
        assertTrue(Files.readString(file).contains("record 9"), "the newest record in the current file");
        assertEquals(0, openDescriptors(file) + openDescriptors(dir.resolve("audit.jsonl.1")));
    }

    /** This process's descriptors open on {@code file}. */
    private static long openDescriptors(Path file) throws IOException {
        Path real = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath().normalize();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(real);
                } catch (IOException | UnsupportedOperationException e) {
                    return false; // closed meanwhile (the listing's own descriptor)
                }
            }).count();
        }
    }
}
