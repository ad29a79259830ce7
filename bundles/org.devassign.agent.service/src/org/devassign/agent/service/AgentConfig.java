package org.devassign.agent.service;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.devassign.agent.api.Protocol;
import org.devassign.agent.api.tls.KeyFiles;
import org.devassign.agent.service.unix.HandoffServer;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.identity.DeviceNameException;

/**
 * The agent's config file ({@code key = value}, as written by {@code devassign certs init}):
 *
 * <pre>
 * listen = 0.0.0.0:7443               # or none: only the broker of mqtt.broker (see mqtt.MqttSettings)
 * tls.keystore = agent.p12            # the agent's key and certificate (PKCS#12, mode 0600)
 * tls.password.file = agent.pass      # the key store's password (mode 0600; default: the store's name, .pass)
 * tls.truststore = ca.p12             # the CAs whose client certificates are accepted (PKCS#12 or PEM)
 * tls.crl = revoked.crl               # optional: revoked client certificates, read again on SIGHUP
 * state = /var/lib/devassign          # journal and audit log
 * backend = core                      # or simulated (backend.board = FILE.board)
 * sysfs = /sys
 * clients = clients.conf              # client rules (roles by certificate subject and issuer: ClientRules),
 * client.ci = operator                # in that file or here
 * client.ci.subject = CN=ci,O=Example
 * client.ci.issuer = CN=Example CA,O=Example
 * policy.protect = 0000:00:1f.2       # devices never to take, besides the ones the agent detects
 * policy.allow = 0000:00:05.0 ...     # if set, only these devices may be taken
 * limits.message.bytes = 1048576
 * limits.rate = 200                   # requests per second and connection (burst: twice that)
 * limits.connections = 128            # authenticated sessions at a time
 * limits.handshakes = 512             # TLS handshakes in progress at a time (the oldest gives way)
 * limits.handshakes.per.source = 16   # of which from one address
 * limits.handshake.seconds = 30       # the whole handshake, however the bytes trickle in (a cold JVM on a slow board
 *                                     # takes seconds over its first; when all places are taken the oldest gives way)
 * limits.idle.seconds = 900           # a session with nothing in flight and no bytes either way is closed
 * audit.max.bytes = 16777216          # the audit log rotates to audit.jsonl.1 .. .4 at this size
 * limits.watches.connection = 8       # interrupt watches a connection may run at a time
 * limits.watches.total = 64           # and the agent, every connection together
 * handoff.dir = /run/devassign/consumers   # one socket per user-space consumer: NAME.sock
 * limits.handoff.connections = 32     # hand-off connections in progress at a time
 * limits.handoff.millis = 2000        # time a hand-off connection has to name its consumer
 * </pre>
 *
 * Relative paths are relative to the config file's folder. There is no default password: a
 * {@code tls.password} line is refused with what to write instead. {@code handoff.socket = DIR/FILE},
 * the one socket of earlier agents, is read as {@code handoff.dir = DIR/consumers}.
 */
public record AgentConfig(Path file, String host, int port, Path keystore, Path truststore, Path passwordFile, Path stateDir,
        String backend, Path simulatedBoard, Path sysfs, ClientRules clients, List<DeviceId> protect, List<DeviceId> allow,
        long maxMessageBytes, double rate, int maxConnections, Path handoffDir, HandoffServer.Limits handoffLimits,
        WatchLimits watchLimits, Path crl, Admission.Limits admission, long auditMaxBytes) {

    public static AgentConfig load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        List<String> lines = Files.readAllLines(file);
        if (p.getProperty("tls.password") != null) {
            throw new IOException(ClientRules.where(file, lines, "tls.password") + ": tls.password is no longer read (a password in"
                    + " the config, or a built-in one, is readable by whoever reads the config): write the key store's password"
                    + " into a file of mode 0600 and name it: tls.password.file = agent.pass ('devassign certs init' writes one)");
        }
        Path dir = file.toAbsolutePath().getParent();
        String listen = p.getProperty("listen", "0.0.0.0:" + Protocol.DEFAULT_PORT).trim();
        boolean none = listen.equals("none");
        int colon = listen.lastIndexOf(':');
        if (colon < 0 && !none) {
            throw new IOException(file + ": listen must be HOST:PORT, or none (an agent that only connects out to mqtt.broker), not '"
                    + listen + "'");
        }
        ClientRules clients = ClientRules.load(file, p, lines);
        Path keystore = path(dir, p.getProperty("tls.keystore", "agent.p12"));
        try {
            return new AgentConfig(file, none ? null : listen.substring(0, colon), none ? -1 : Integer.parseInt(listen.substring(colon + 1)),
                    keystore, path(dir, p.getProperty("tls.truststore", "ca.p12")),
                    p.getProperty("tls.password.file") == null ? KeyFiles.passwordFileOf(keystore) : path(dir, p.getProperty("tls.password.file")),
                    path(dir, p.getProperty("state", "state")),
                    p.getProperty("backend", "core").trim(), optionalPath(dir, p.getProperty("backend.board")),
                    Path.of(p.getProperty("sysfs", "/sys").trim()), clients, devices(file, "policy.protect", p.getProperty("policy.protect")),
                    devices(file, "policy.allow", p.getProperty("policy.allow")),
                    Long.parseLong(p.getProperty("limits.message.bytes", String.valueOf(Protocol.DEFAULT_MAX_MESSAGE_BYTES)).trim()),
                    Double.parseDouble(p.getProperty("limits.rate", "200").trim()),
                    positive(file, lines, p, "limits.connections", 128),
                    handoffDir(dir, p),
                    new HandoffServer.Limits(positive(file, lines, p, "limits.handoff.connections", HandoffServer.Limits.DEFAULT.connections()),
                            positive(file, lines, p, "limits.handoff.millis", HandoffServer.Limits.DEFAULT.millis())),
                    new WatchLimits(positive(file, lines, p, "limits.watches.connection", WatchLimits.DEFAULT.perConnection()),
                            positive(file, lines, p, "limits.watches.total", WatchLimits.DEFAULT.total())),
                    optionalPath(dir, p.getProperty("tls.crl")),
                    new Admission.Limits(positive(file, lines, p, "limits.handshakes", 512),
                            positive(file, lines, p, "limits.handshakes.per.source", 16),
                            positive(file, lines, p, "limits.handshake.seconds", 30) * 1000L,
                            positive(file, lines, p, "limits.idle.seconds", 900) * 1000L),
                    positive(file, lines, p, "audit.max.bytes", 16 << 20));
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

    /** A whole number of at least 1 under {@code key}, or {@code otherwise}. */
    private static int positive(Path file, List<String> lines, Properties p, String key, int otherwise) throws IOException {
        String value = p.getProperty(key);
        if (value == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IOException(ClientRules.where(file, lines, key) + ": " + key + " must be a whole number of at least 1, not "
                + org.devassign.core.identity.Printable.quote(value.trim()));
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
