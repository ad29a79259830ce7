package org.devassign.agent.service;

import java.io.IOException;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.devassign.core.identity.Printable;

import com.google.gson.Gson;

/**
 * Every change and every refusal, one JSON object per line: when, who (a client certificate's
 * subject, or the agent), what, the outcome and why; records made while a client's request runs
 * also carry that client's issuer, serial, SHA-256 fingerprint and address ({@link #CLIENT}).
 * Connects, hello and plan are recorded too. Every text field is escaped with
 * {@link Printable#line} before JSON encodes it, so that no name a client chose (a CN, a config, a
 * consumer, a device) can end a line or hide characters: one record is one line. Changes are forced
 * to disk; reads, connects and refused unauthenticated connections are not, and the latter are
 * counted per source and interval ({@link RefusalTally}). The file rotates by size (audit.jsonl.1
 * to .4, the oldest dropped): the audit log stays a file of its own, apart from the agent's log in
 * the system journal, readable as JSON lines on boards without journald. The file is opened for
 * each record and closed after it: an agent holds no descriptor for it between records (a process
 * that simulates thousands of agents is bounded by its descriptors), and a file moved away by
 * hand is not written on after its move.
 */
public final class AuditLog implements AutoCloseable {

    /** The client whose request is running, bound by its session for the request's duration. */
    public static final ScopedValue<PeerIdentity> CLIENT = ScopedValue.newInstance();

    /** Rotated files kept besides the current one. */
    static final int KEEP = 4;
    private static final long DEFAULT_MAX_BYTES = 16L << 20;
    private static final Set<String> UNFORCED = Set.of("connect", "disconnect", "hello");
    private static final Gson GSON = new com.google.gson.GsonBuilder().disableHtmlEscaping().create();

    private final Path file;
    private final long maxBytes;
    private final RefusalTally refusals = new RefusalTally();
    private long intervalStart = System.nanoTime();
    private long size;
    private boolean closed;

    public AuditLog(Path file) throws IOException {
        this(file, DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the size at which the file rotates */
    public AuditLog(Path file, long maxBytes) throws IOException {
        this.file = file;
        this.maxBytes = maxBytes;
        Files.createDirectories(file.toAbsolutePath().getParent());
        open();
    }

    /** Creates the file when it is not there, and learns its size (rotation counts from it). */
    private void open() throws IOException {
        new FileOutputStream(file.toFile(), true).close();
        size = Files.size(file);
    }

    /** @param outcome ok, refused, failed, unchanged */
    public void record(String who, String action, String outcome, String detail) {
        write(who, CLIENT.isBound() ? CLIENT.get() : null, action, outcome, detail, null, forced(action, outcome));
    }

    /** A record about {@code client} outside its requests (connect, hello refusals, disconnect). */
    public void record(PeerIdentity client, String action, String outcome, String detail) {
        write(client.subject(), client, action, outcome, detail, null, forced(action, outcome));
    }

    /**
     * An unauthenticated refusal from {@code source} (an address): written when it is the source's
     * first in this interval, else counted into the interval's summary ({@link #flushRefusals}).
     */
    public void refused(String source, String action, String reason) {
        if (refusals.add(source, action, reason)) {
            write(source, null, action, "refused", reason, null, false);
        }
    }

    /** Writes the summaries of the interval that ends now: one line per source refused more than once. */
    public void flushRefusals() {
        long now = System.nanoTime();
        long millis;
        synchronized (this) {
            millis = (now - intervalStart) / 1_000_000;
            intervalStart = now;
        }
        for (RefusalTally.Summary summary : refusals.drain()) {
            write(summary.source(), null, summary.action(), "refused", summary.detail(Math.max(millis, 1000)), summary.count(), false);
        }
    }

    /** Changes and authenticated refusals go to disk at once; reads and a session's connect, hello and end do not. */
    private static boolean forced(String action, String outcome) {
        return !(outcome.equals("ok") && (action.startsWith("read") || UNFORCED.contains(action)));
    }

    private synchronized void write(String who, PeerIdentity client, String action, String outcome, String detail, Long count,
            boolean force) {
        if (closed) {
            return; // a connection still ending while the agent stops: nothing of it changed the board
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("time", Instant.now().toString());
        entry.put("who", Printable.line(who));
        if (client != null) {
            Map<String, String> certificate = new LinkedHashMap<>();
            certificate.put("issuer", Printable.line(client.issuer()));
            certificate.put("serial", Printable.line(client.serial()));
            certificate.put("sha256", client.sha256());
            certificate.put("from", Printable.line(client.address()));
            entry.put("client", certificate);
        }
        entry.put("action", Printable.line(action));
        entry.put("outcome", outcome);
        if (count != null) {
            entry.put("count", count);
        }
        if (detail != null) {
            entry.put("detail", Printable.line(detail));
        }
        byte[] line = (GSON.toJson(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            if (size > 0 && size + line.length > maxBytes) {
                rotate();
            }
            // O_APPEND through a FileOutputStream, not a FileChannel: an interrupted writer (a request
            // cancelled, the agent stopping) would close an interruptible channel
            try (FileOutputStream out = new FileOutputStream(file.toFile(), true)) {
                out.write(line);
                if (force) {
                    out.getFD().sync();
                }
            }
            size += line.length;
        } catch (IOException e) {
            AgentLog.logger().log(System.Logger.Level.ERROR, "cannot write the audit log " + file + ": " + e.getMessage());
        }
    }

    /** audit.jsonl -> .1 -> .2 ... -> .KEEP (dropped); then a fresh audit.jsonl. */
    private void rotate() throws IOException {
        try (FileOutputStream out = new FileOutputStream(file.toFile(), true)) {
            out.getFD().sync(); // what was not forced is on disk before the file moves
        }
        Files.deleteIfExists(rotated(KEEP));
        for (int i = KEEP - 1; i >= 1; i--) {
            if (Files.exists(rotated(i))) {
                Files.move(rotated(i), rotated(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(file, rotated(1), StandardCopyOption.REPLACE_EXISTING);
        open();
    }

    private Path rotated(int n) {
        return file.resolveSibling(file.getFileName() + "." + n);
    }

    @Override
    public void close() throws IOException {
        flushRefusals();
        synchronized (this) {
            closed = true;
        }
    }
}
