package org.devassign.agent.service;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.devassign.agent.api.Protocol;
import org.devassign.agent.api.Role;
import org.devassign.agent.service.unix.HandoffServer;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.identity.DeviceNameException;

/**
 * The agent's config file ({@code key = value}, as written by {@code devassign certs init}):
 *
 * <pre>
 * listen = 0.0.0.0:7443
 * tls.keystore = agent.p12            # the agent's key and certificate (PKCS#12)
 * tls.truststore = ca.p12             # the CA whose client certificates are accepted
 * tls.password = ...                  # of both stores
 * state = /var/lib/devassign          # journal and audit log
 * backend = core                      # or simulated (backend.board = FILE.board)
 * sysfs = /sys
 * client.operator = operator          # client certificate CN = roles (viewer, operator, debugger)
 * policy.protect = 0000:00:1f.2       # devices never to take, besides the ones the agent detects
 * policy.allow = 0000:00:05.0 ...     # if set, only these devices may be taken
 * limits.message.bytes = 1048576
 * limits.rate = 200                   # requests per second and connection (burst: twice that)
 * limits.connections = 128
 * limits.watches.connection = 8       # interrupt watches a connection may run at a time
 * limits.watches.total = 64           # and the agent, every connection together
 * handoff.dir = /run/devassign/consumers   # one socket per user-space consumer: NAME.sock
 * limits.handoff.connections = 32     # hand-off connections in progress at a time
 * limits.handoff.millis = 2000        # time a hand-off connection has to name its consumer
 * </pre>
 *
 * Relative paths are relative to the config file's folder. {@code handoff.socket = DIR/FILE}, the
 * one socket of earlier agents, is read as {@code handoff.dir = DIR/consumers}.
 */
public record AgentConfig(Path file, String host, int port, Path keystore, Path truststore, char[] password, Path stateDir,
        String backend, Path simulatedBoard, Path sysfs, Map<String, Set<Role>> clients, List<DeviceId> protect, List<DeviceId> allow,
        long maxMessageBytes, double rate, int maxConnections, Path handoffDir, HandoffServer.Limits handoffLimits,
        WatchLimits watchLimits) {

    public static AgentConfig load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        Path dir = file.toAbsolutePath().getParent();
        String listen = p.getProperty("listen", "0.0.0.0:" + Protocol.DEFAULT_PORT).trim();
        int colon = listen.lastIndexOf(':');
        if (colon < 0) {
            throw new IOException(file + ": listen must be HOST:PORT, not '" + listen + "'");
        }
        Map<String, Set<Role>> clients = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("client.")) {
                Set<Role> roles = EnumSet.noneOf(Role.class);
                for (String role : p.getProperty(key).split(",")) {
                    if (!role.isBlank()) {
                        try {
                            roles.add(Role.of(role));
                        } catch (IllegalArgumentException e) {
                            throw new IOException(file + ": " + key + ": unknown role '" + role.trim() + "' (viewer, operator, debugger)");
                        }
                    }
                }
                clients.put(key.substring("client.".length()), roles);
            }
        }
        try {
            return new AgentConfig(file, listen.substring(0, colon), Integer.parseInt(listen.substring(colon + 1)),
                    path(dir, p.getProperty("tls.keystore", "agent.p12")), path(dir, p.getProperty("tls.truststore", "ca.p12")),
                    p.getProperty("tls.password", "changeit").toCharArray(), path(dir, p.getProperty("state", "state")),
                    p.getProperty("backend", "core").trim(), optionalPath(dir, p.getProperty("backend.board")),
                    Path.of(p.getProperty("sysfs", "/sys").trim()), clients, devices(file, "policy.protect", p.getProperty("policy.protect")),
                    devices(file, "policy.allow", p.getProperty("policy.allow")),
                    Long.parseLong(p.getProperty("limits.message.bytes", String.valueOf(Protocol.DEFAULT_MAX_MESSAGE_BYTES)).trim()),
                    Double.parseDouble(p.getProperty("limits.rate", "200").trim()),
                    Integer.parseInt(p.getProperty("limits.connections", "128").trim()), handoffDir(dir, p),
                    new HandoffServer.Limits(positive(file, p, "limits.handoff.connections", HandoffServer.Limits.DEFAULT.connections()),
                            positive(file, p, "limits.handoff.millis", HandoffServer.Limits.DEFAULT.millis())),
                    new WatchLimits(positive(file, p, "limits.watches.connection", WatchLimits.DEFAULT.perConnection()),
                            positive(file, p, "limits.watches.total", WatchLimits.DEFAULT.total())));
        } catch (NumberFormatException e) {
            throw new IOException(file + ": a number is expected: " + e.getMessage());
        }
    }

    /** The hand-off folder: handoff.dir, or the folder of an earlier agent's one socket (handoff.socket) with consumers/ in it. */
    private static Path handoffDir(Path dir, Properties p) {
        Path folder = optionalPath(dir, p.getProperty("handoff.dir"));
        Path legacy = optionalPath(dir, p.getProperty("handoff.socket"));
        if (folder == null && legacy != null && legacy.getParent() != null) {
            folder = legacy.getParent().resolve("consumers");
        }
        return folder;
    }

    private static int positive(Path file, Properties p, String key, int fallback) throws IOException {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IOException(file + ": " + key + " must be a whole number above 0, not '" + value.trim() + "'");
    }

    private static Path path(Path dir, String value) {
        return dir.resolve(value.trim()).normalize();
    }

    private static Path optionalPath(Path dir, String value) {
        return value == null || value.isBlank() ? null : path(dir, value);
    }

    /** A list of device names, each canonicalised; a name that is not one stops the agent from starting, naming the key. */
    private static List<DeviceId> devices(Path file, String key, String value) throws IOException {
        List<DeviceId> items = new ArrayList<>();
        if (value != null) {
            for (String item : value.split("[,\\s]+")) {
                if (!item.isBlank()) {
                    try {
                        items.add(DeviceId.parse(item.trim()));
                    } catch (DeviceNameException e) {
                        throw new IOException(file + ": " + key + ": " + e.getMessage());
                    }
                }
            }
        }
        return items;
    }

    public Path journalFile() {
        return stateDir.resolve("journal.jsonl");
    }

    public Path auditFile() {
        return stateDir.resolve("audit.jsonl");
    }
}
