package org.devassign.agent.service;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.Gson;

/**
 * Every change and every refusal, one JSON line each: when, who (the certificate's subject), what,
 * the outcome and why. Opened with O_APPEND and never rewritten; changes are forced to disk.
 */
public final class AuditLog implements AutoCloseable {

    private static final Gson GSON = new com.google.gson.GsonBuilder().disableHtmlEscaping().create();

    private final FileChannel channel;

    public AuditLog(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    /** @param outcome ok, refused, failed, unchanged */
    public synchronized void record(String who, String action, String outcome, String detail) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("time", Instant.now().toString());
        entry.put("who", who);
        entry.put("action", action);
        entry.put("outcome", outcome);
        if (detail != null) {
            entry.put("detail", detail);
        }
        try {
            channel.write(ByteBuffer.wrap((GSON.toJson(entry) + "\n").getBytes(StandardCharsets.UTF_8)));
            if (!outcome.equals("ok") || !action.startsWith("read")) {
                channel.force(false);
            }
        } catch (IOException e) {
            AgentLog.logger().log(System.Logger.Level.ERROR, "cannot write the audit log: " + e.getMessage());
        }
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
