package org.devassign.agent.service.journal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.devassign.core.identity.Printable;

/**
 * The transaction journal: one JSON line per {@link JournalRecord}, forced to disk before the step
 * it announces is taken. A restart that finds a transaction without its end undoes it.
 * <p>
 * Reading checks every record ({@link JournalCodec}) and their order ({@link JournalSequence}); any
 * damage is a {@link JournalDamage} naming the line, never a record left out. The one exception is
 * a line torn by a crash while it was written: it is the last line, without its line end, and its
 * step was never taken (records are forced before acting). The journal, once opened, is held with a
 * lock (on {@code journal.jsonl.lock}), so a second agent (or {@code recover --set-aside}) cannot
 * use it at the same time.
 * <p>
 * The journal file is open only while a transaction writes it: from its first record to its commit
 * or abort. An idle agent then holds one descriptor for its journal (the lock's), not two; an open
 * and a close per transaction cost nothing next to its forced writes, and a host that runs
 * thousands of simulated agents in one process is bounded by its descriptors.
 */
public final class Journal implements AutoCloseable {

    /** Called after each record is on disk; the fault tests use it to kill the agent at that point. */
    public interface Listener {
        void written(JournalRecord record);
    }

    /** What a journal holds: the records that could be read, in order, and every damaged line. */
    public record Contents(Path file, List<JournalRecord> records, List<JournalDamage> damage, int lines) {
    }

    private static final System.Logger LOG = System.getLogger("org.devassign.agent");

    private final Path file;
    private final FileChannel lockChannel;
    private final Listener listener;
    /** Open from a transaction's first record to its end; null between transactions. */
    private FileChannel channel;

    public Journal(Path file, Listener listener) throws IOException {
        this.file = file;
        Files.createDirectories(file.toAbsolutePath().getParent());
        this.lockChannel = lock(file);
        this.listener = listener;
        try (FileChannel opened = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
            cutTornLine(opened);
        } catch (IOException | RuntimeException e) {
            lockChannel.close();
            throw e;
        }
    }

    /**
     * Locks the journal's lock file ({@code journal.jsonl.lock}) for as long as the returned channel is
     * open. A file of its own: a POSIX lock ends when the process closes any descriptor of the locked
     * file, and the journal itself is opened and closed for reading.
     */
    private static FileChannel lock(Path file) throws IOException {
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("the journal " + file + " is in use by another agent process: stop it first (systemctl stop devassign-agent)");
        }
        return channel;
    }

    /**
     * A line torn by a crash (the last, without its line end) is cut off: it was never acted upon, and
     * the next record must start a line of its own. A complete record that only lacks its line end gets one.
     */
    private void cutTornLine(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0 || last(channel, size - 1) == '\n') {
            return;
        }
        long start = size - 1;
        while (start > 0 && last(channel, start - 1) != '\n') {
            start--;
        }
        ByteBuffer tail = ByteBuffer.allocate((int) Math.min(size - start, 1 << 20));
        channel.read(tail, start);
        String torn = new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8);
        try {
            JournalCodec.decode(torn);
            channel.write(ByteBuffer.wrap(new byte[] { '\n' }), size);
        } catch (JournalCodec.Damaged e) {
            LOG.log(Level.WARNING, "journal {0}: the last line was torn by a crash while it was written ({1}); cut off: {2}", file,
                    Printable.escape(e.getMessage()), Printable.quote(torn));
            channel.truncate(start);
        }
        channel.force(true);
    }

    private static byte last(FileChannel channel, long at) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.read(one, at);
        return one.get(0);
    }

    public Path file() {
        return file;
    }

    public synchronized void append(JournalRecord record) throws IOException {
        if (channel == null || !channel.isOpen()) {
            channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        }
        channel.write(ByteBuffer.wrap((JournalCodec.encode(record) + "\n").getBytes(StandardCharsets.UTF_8)));
        channel.force(false);
        if (record instanceof JournalRecord.Commit || record instanceof JournalRecord.Abort) {
            channel.close();
            channel = null;
        }
        listener.written(record);
    }

    /**
     * Every record in order.
     *
     * @throws JournalDamage for the first damaged line (the message counts the others)
     */
    public static List<JournalRecord> read(Path file) throws IOException {
        Contents contents = contents(file);
        if (!contents.damage().isEmpty()) {
            JournalDamage first = contents.damage().get(0);
            int others = contents.damage().size() - 1;
            throw others == 0 ? first
                    : new JournalDamage(file, first.line(), first.reason() + " (and " + others + " more damaged " + (others == 1 ? "line" : "lines")
                            + ")", null);
        }
        return contents.records();
    }

    /** Every record that can be read and every damaged line, for a person to look at (recover --inspect). */
    public static Contents contents(Path file) throws IOException {
        List<JournalRecord> records = new ArrayList<>();
        List<JournalDamage> damage = new ArrayList<>();
        if (!Files.exists(file)) {
            return new Contents(file, records, damage, 0);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        boolean tornTail = !text.isEmpty() && !text.endsWith("\n");
        JournalSequence sequence = new JournalSequence();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            JournalRecord record;
            try {
                record = JournalCodec.decode(line);
            } catch (JournalCodec.Damaged e) {
                if (i == lines.size() - 1 && tornTail) {
                    continue; // torn by a crash while written: never acted upon
                }
                if (tornByAnEarlierAgent(line, lines, i)) {
                    LOG.log(Level.WARNING, "journal {0} line {1}: a line torn by a crash (an earlier agent ended it and went on): {2}", file,
                            i + 1, Printable.quote(line));
                    continue;
                }
                damage.add(new JournalDamage(file, i + 1, e.getMessage(), line));
                continue;
            }
            String disorder = sequence.check(record);
            if (disorder != null) {
                damage.add(new JournalDamage(file, i + 1, disorder, line)); // out of place: not replayed either
                continue;
            }
            records.add(record);
        }
        return new Contents(file, records, damage, lines.size());
    }

    /**
     * Agents before this one gave a torn last line its line end instead of cutting it off, and then
     * wrote on: such a line is a record cut short (it starts a JSON object and does not end it), and
     * the next line is the first record of a new process, a begin (recovery's or the next
     * transaction's). Nothing else counts as torn in the middle of a journal.
     */
    private static boolean tornByAnEarlierAgent(String line, List<String> lines, int index) {
        String trimmed = line.strip();
        if (!trimmed.startsWith("{") || trimmed.endsWith("}")) {
            return false;
        }
        for (int next = index + 1; next < lines.size(); next++) {
            if (!lines.get(next).isBlank()) {
                try {
                    return JournalCodec.decode(lines.get(next)) instanceof JournalRecord.Begin;
                } catch (JournalCodec.Damaged e) {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * Moves a damaged journal aside ({@code journal.jsonl.damaged-20261204T101500Z}) so the agent
     * starts with an empty one. Refused while an agent holds the journal, and for a journal that is
     * not damaged: a sound journal is how the agent gives devices back.
     *
     * @return where the journal went
     */
    public static Path setAside(Path file, String stamp) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException("there is no journal " + file + ": nothing to set aside");
        }
        try (FileChannel lock = lock(file)) {
            Contents contents = contents(file);
            boolean exhausted = contents.records().stream().anyMatch(r -> r.tx() >= JournalRecord.MAX_TX);
            if (contents.damage().isEmpty() && !exhausted) {
                throw new IOException("the journal " + file + " is not damaged: the agent reads it and gives back what it took."
                        + " It is set aside only when it is damaged");
            }
            Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + stamp);
            Files.move(file, aside);
            return aside;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (channel != null) {
                channel.close();
            }
        } finally {
            lockChannel.close();
        }
    }
}
