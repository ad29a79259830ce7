package org.devassign.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.devassign.agent.api.tls.Fingerprint;
import org.devassign.agent.api.tls.KeyFiles;
import org.devassign.core.identity.Printable;

/**
 * The agents a certificates folder pins, as ssh's known_hosts does: {@code DIR/known-agents}, one
 * {@code HOST:PORT FINGERPRINT} per line ({@code #} comments), written by {@code devassign certs pin}
 * and read by every command that talks to an agent (unless {@code --pin} says otherwise).
 */
public final class KnownAgents {

    public static final String FILE = "known-agents";

    private final Path file;
    private final Map<String, String> pins;

    private KnownAgents(Path file, Map<String, String> pins) {
        this.file = file;
        this.pins = pins;
    }

    /** The pins of the folder {@code dir} (none when it has no known-agents file). */
    public static KnownAgents in(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        Map<String, String> pins = new LinkedHashMap<>();
        if (Files.exists(file)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                try {
                    if (parts.length != 2) {
                        throw new IllegalArgumentException("expected HOST:PORT FINGERPRINT, not " + Printable.quote(line));
                    }
                    pins.put(Target.parse(parts[0]).toString(), Fingerprint.parse(parts[1]));
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + ":" + (i + 1) + ": " + e.getMessage() + " (fix or delete the line)");
                }
            }
        }
        return new KnownAgents(file, pins);
    }

    /** The fingerprint pinned for {@code target}'s address, or null. */
    public String pin(Target target) {
        return pins.get(new Target(target.host(), target.port()).toString());
    }

    /** Pins {@code target}'s address to {@code fingerprint}, replacing an earlier pin; the file stays 0600. */
    public void pin(Target target, String fingerprint) throws IOException {
        pins.put(new Target(target.host(), target.port()).toString(), Fingerprint.parse(fingerprint));
        List<String> lines = new ArrayList<>(List.of("# agents pinned by their certificate's SHA-256 fingerprint (devassign certs pin)"));
        pins.forEach((address, pin) -> lines.add(address + " " + pin));
        KeyFiles.writePrivate(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    public Path file() {
        return file;
    }
}
