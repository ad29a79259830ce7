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
import org.devassign.core.identity.DeviceId;
import org.devassign.core.identity.DeviceNameException;

/**
 * The agent's config file ({@code key = value}, as written by {@code devassign certs init}):
 *
 * <pre>
 * listen = 0.0.0.0:7443              # or none: only the broker of mqtt.broker (see mqtt.MqttSettings)
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
 * handoff.socket = /run/devassign/handoff.sock
 * </pre>
 *
 * Relative paths are relative to the config file's folder.
 */
public record AgentConfig(Path file, String host, int port, Path keystore, Path truststore, char[] password, Path stateDir,
        String backend, Path simulatedBoard, Path sysfs, Map<String, Set<Role>> clients, List<DeviceId> protect, List<DeviceId> allow,
        long maxMessageBytes, double rate, int maxConnections, Path handoffSocket) {

    public static AgentConfig load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        Path dir = file.toAbsolutePath().getParent();
        String listen = p.getProperty("listen", "0.0.0.0:" + Protocol.DEFAULT_PORT).trim();
        boolean none = listen.equals("none");
        int colon = listen.lastIndexOf(':');
        if (colon < 0 && !none) {
            throw new IOException(file + ": listen must be HOST:PORT, or none (an agent that only connects out to mqtt.broker), not '"
                    + listen + "'");
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
            return new AgentConfig(file, none ? null : listen.substring(0, colon), none ? -1 : Integer.parseInt(listen.substring(colon + 1)),
                    path(dir, p.getProperty("tls.keystore", "agent.p12")), path(dir, p.getProperty("tls.truststore", "ca.p12")),
                    p.getProperty("tls.password", "changeit").toCharArray(), path(dir, p.getProperty("state", "state")),
                    p.getProperty("backend", "core").trim(), optionalPath(dir, p.getProperty("backend.board")),
                    Path.of(p.getProperty("sysfs", "/sys").trim()), clients, devices(file, "policy.protect", p.getProperty("policy.protect")),
                    devices(file, "policy.allow", p.getProperty("policy.allow")),
                    Long.parseLong(p.getProperty("limits.message.bytes", String.valueOf(Protocol.DEFAULT_MAX_MESSAGE_BYTES)).trim()),
                    Double.parseDouble(p.getProperty("limits.rate", "200").trim()),
                    Integer.parseInt(p.getProperty("limits.connections", "128").trim()),
                    optionalPath(dir, p.getProperty("handoff.socket")));
        } catch (NumberFormatException e) {
            throw new IOException(file + ": a number is expected: " + e.getMessage());
        }
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

    /** False for {@code listen = none}: the agent serves only through its broker. */
    public boolean listens() {
        return port >= 0;
    }

    public Path journalFile() {
        return stateDir.resolve("journal.jsonl");
    }

    public Path auditFile() {
        return stateDir.resolve("audit.jsonl");
    }
}
