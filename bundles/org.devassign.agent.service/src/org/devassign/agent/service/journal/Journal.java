package org.devassign.agent.service.journal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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
 */
public final class Journal implements AutoCloseable {

    /** Called after each record is on disk; the fault tests use it to kill the agent at that point. */
    public interface Listener {
        void written(JournalRecord record);
    }

    private static final System.Logger LOG = System.getLogger("org.devassign.agent");

    private final Path file;
    private final FileChannel channel;
    private final Listener listener;

    public Journal(Path file, Listener listener) throws IOException {
        this.file = file;
        Files.createDirectories(file.toAbsolutePath().getParent());
        boolean torn = tornAtEnd(file);
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        this.listener = listener;
        if (torn) {
            // a line torn by a crash gets its end, so the next record starts a line of its own instead of joining it
            channel.write(ByteBuffer.wrap(new byte[] { '\n' }));
            channel.force(false);
        }
    }

    private static boolean tornAtEnd(Path file) throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = in.size();
            if (size == 0) {
                return false;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            in.read(last, size - 1);
            return last.get(0) != '\n';
        }
    }

    public Path file() {
        return file;
    }

    public synchronized void append(JournalRecord record) throws IOException {
        channel.write(ByteBuffer.wrap((JournalCodec.encode(record) + "\n").getBytes(StandardCharsets.UTF_8)));
        channel.force(false);
        listener.written(record);
    }

    /**
     * Every record in order. A torn last line (a crash while writing it) is ignored: its step was
     * never taken, since records are forced before acting. A damaged line elsewhere is left out and
     * logged with its line number and what is wrong with it.
     */
    public static List<JournalRecord> read(Path file) throws IOException {
        List<JournalRecord> records = new ArrayList<>();
        if (!Files.exists(file)) {
            return records;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                records.add(JournalCodec.decode(line));
            } catch (JournalCodec.Damaged e) {
                if (i < lines.size() - 1) {
                    LOG.log(Level.WARNING, "journal {0} line {1}: {2}; left out", file, i + 1, Printable.escape(e.getMessage()));
                }
            }
        }
        return records;
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
