package org.devassign.agent.service;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * The transaction journal: one JSON line per record, forced to disk before the step it announces
 * is taken. Records of one transaction: {@code begin}, then per step an {@code intent} (with the
 * device's saved driver state) and a {@code done}, and finally {@code commit} or {@code abort}.
 * A restart that finds a transaction without its end undoes it ({@link Recovery}).
 */
public final class Journal implements AutoCloseable {

    /** One line of the journal. Fields that do not apply are null. */
    public record Entry(long tx, String type, String op, String step, String device, String savedDriver, String savedOverride,
            String deployment, String detail) {

        static Entry of(long tx, String type) {
            return new Entry(tx, type, null, null, null, null, null, null, null);
        }
    }

    /** Called after each record is on disk; the fault tests use it to kill the agent at that point. */
    public interface Listener {
        void written(Entry entry);
    }

    private static final Gson GSON = new com.google.gson.GsonBuilder().disableHtmlEscaping().create();

    private final Path file;
    private final FileChannel channel;
    private final Listener listener;

    public Journal(Path file, Listener listener) throws IOException {
        this.file = file;
        Files.createDirectories(file.toAbsolutePath().getParent());
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        this.listener = listener;
    }

    public Path file() {
        return file;
    }

    public synchronized void append(Entry entry) throws IOException {
        channel.write(ByteBuffer.wrap((GSON.toJson(entry) + "\n").getBytes(StandardCharsets.UTF_8)));
        channel.force(false);
        listener.written(entry);
    }

    /** Every complete record in order; a torn last line (a crash while writing it) is ignored. */
    public static List<Entry> read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                Entry entry = GSON.fromJson(line, Entry.class);
                if (entry != null && entry.type() != null) {
                    entries.add(entry);
                }
            } catch (JsonParseException e) {
                // a line cut by a crash: its step was never taken (records are forced before acting)
            }
        }
        return entries;
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
