package org.devassign.fuzz.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.devassign.agent.service.journal.Journal;
import org.devassign.agent.service.journal.JournalCodec;
import org.devassign.agent.service.journal.JournalRecord;

/**
 * The agent's journal as it is read at start: each line through {@link JournalCodec#decode}
 * (documented: a record or {@link JournalCodec.Damaged}), then the whole file through
 * {@link Journal#read} (documented: the records, or an {@link IOException}) and a reopen for
 * appending. A record that decodes must encode to a line that decodes and encodes to the same line.
 */
public final class JournalFuzz {

    private JournalFuzz() {
    }

    /** Called once by Jazzer before fuzzing. */
    public static void fuzzerInitialize() {
        FuzzTargets.warmUp(JournalFuzz.class);
    }

    public static void fuzzerTestOneInput(byte[] data) throws IOException {
        for (String line : new String(data, StandardCharsets.UTF_8).split("\n", -1)) {
            JournalRecord record;
            try {
                record = JournalCodec.decode(line);
            } catch (JournalCodec.Damaged e) {
                continue;
            }
            String encoded = JournalCodec.encode(record);
            JournalRecord again;
            try {
                again = JournalCodec.decode(encoded);
            } catch (JournalCodec.Damaged e) {
                throw new IllegalStateException("the journal cannot read what it wrote: " + encoded, e);
            }
            if (!JournalCodec.encode(again).equals(encoded)) {
                throw new IllegalStateException("a record changed on its way through the journal: " + encoded + " became "
                        + JournalCodec.encode(again));
            }
        }
        Path folder = Scratch.fresh();
        try {
            Path file = Files.write(folder.resolve("journal"), data);
            try {
                Journal.read(file);
            } catch (IOException e) {
                // the documented refusal
            }
            new Journal(file, record -> {
            }).close();
        } finally {
            Scratch.delete(folder);
        }
    }
}
