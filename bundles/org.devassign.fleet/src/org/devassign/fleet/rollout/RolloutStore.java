package org.devassign.fleet.rollout;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.devassign.agent.api.wire.ProtocolJson;
import org.devassign.core.identity.Printable;
import org.devassign.fleet.Names;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * Rollout state files, one per rollout, {@code DIR/ID.json}. A save writes a temporary file, forces
 * it to disk, renames it over the old one and forces the folder: a process killed at any moment
 * leaves the previous state or the new one, never half of one.
 */
public final class RolloutStore {

    private static final Gson GSON = ProtocolJson.pretty();

    private final Path dir;

    public RolloutStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public Path file(String id) {
        return dir.resolve(Names.check(id, "rollout id") + ".json");
    }

    public synchronized void save(RolloutState state) throws IOException {
        Files.createDirectories(dir);
        state.updated = Instant.now().toString();
        byte[] bytes = GSON.toJson(state).getBytes(StandardCharsets.UTF_8);
        Path target = file(state.id);
        Path temporary = dir.resolve("." + state.id + ".json.tmp");
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            // not every file system lets a folder be forced; the rename is what matters
        }
    }

    /** @throws IOException naming the file when there is no such rollout or its file is damaged */
    public RolloutState load(String id) throws IOException {
        Path file = file(id);
        try {
            RolloutState state = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), RolloutState.class);
            if (state == null || state.id == null || state.boards == null || state.waves == null || state.deployment == null) {
                throw new IOException(file + ": not a rollout state file (id, waves, boards or the deployment are missing)");
            }
            return state;
        } catch (NoSuchFileException e) {
            throw new IOException("no rollout " + Printable.quote(id) + " in " + dir + " (devassign fleet status lists them)", e);
        } catch (JsonParseException e) {
            throw new IOException(file + ": a damaged rollout state file: " + e.getMessage(), e);
        }
    }

    /** Every rollout's id, oldest first (ids start with their start time). */
    public List<String> ids() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.startsWith("."))
                    .map(n -> n.substring(0, n.length() - ".json".length())).filter(Names::valid).sorted().forEach(ids::add);
        }
        return ids;
    }

    public Optional<String> latest() throws IOException {
        List<String> ids = ids();
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(ids.size() - 1));
    }
}
