package org.devassign.agent.service;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.devassign.agent.service.backend.BoardBackend;
import org.devassign.agent.service.backend.SimulatedBackend;
import org.devassign.agent.service.journal.Journal;
import org.devassign.agent.api.tls.KeyFiles;
import org.devassign.agent.api.tls.TlsStores;
import org.devassign.agent.service.mqtt.MqttEndpoint;
import org.devassign.agent.service.mqtt.MqttSettings;
import org.devassign.agent.service.unix.HandoffServer;
import org.devassign.agent.service.unix.Hangup;
import org.devassign.agent.service.unix.SdNotify;
import org.devassign.agent.service.unix.SdWatchdog;
import org.devassign.model.io.BoardFiles;
import org.devassign.model.io.ModelFileException;

/**
 * The agent daemon: {@code java -cp ... org.devassign.agent.service.AgentMain --config /etc/devassign/agent.conf}.
 * Recovers from the journal, listens, tells systemd it is ready (sd_notify), and serves until killed.
 * Everything it reports goes through its one logger ({@link AgentLog}) to stderr, and so to the journal.
 * With a damaged journal it starts all the same, in its safe state ({@link Agent#recover}).
 * {@code --config FILE recover --inspect|--set-aside} deals with such a journal ({@link RecoverCommand}).
 */
public final class AgentMain implements AutoCloseable {

    private static final System.Logger LOG = AgentLog.logger();

    private final AgentConfig config;
    private final Journal journal;
    private final AuditLog audit;
    private final BoardBackend backend;
    private final Agent agent;
    private final String recovered;
    private final LocalAddresses addresses;
    private RevocationList revocations;
    private TlsServer tls;
    private MqttEndpoint mqtt;
    private HandoffServer handoff;

    private AgentMain(AgentConfig config, BoardBackend backend, LocalAddresses addresses, Journal.Listener faults) throws IOException {
        this.config = config;
        this.backend = backend;
        this.addresses = addresses;
        this.journal = new Journal(config.journalFile(), faults);
        this.audit = new AuditLog(config.auditFile(), config.auditMaxBytes());
        this.agent = new Agent(backend, journal, audit, config.protect(), config.allow(), config.watchLimits());
        this.recovered = agent.recover();
        if (agent.journalDamage() != null) {
            audit.record("agent", "recover", "refused", agent.journalDamage().describe() + ": the agent changes nothing until it is dealt with");
        } else if (recovered != null) {
            audit.record("agent", "recover", "ok", recovered);
        }
    }

    /** Starts an agent on {@code backend} (null: the one the config names). */
    public static AgentMain start(AgentConfig config, BoardBackend backend, Journal.Listener faults) throws IOException {
        LocalAddresses addresses = new LocalAddresses();
        if (config.listens()) {
            addresses.add(InetAddress.getByName(config.host()));
        }
        AgentMain main = new AgentMain(config, backend != null ? backend : backend(config, addresses), addresses, faults);
        try {
            main.revocations = revocations(config);
            if (config.listens()) {
                main.tls = TlsServer.start(config, main.agent, main.audit, main.revocations, main.addresses::add);
            }
            main.mqtt = MqttEndpoint.fromConfig(config, main.agent, main.audit, main.revocations::check);
        } catch (IOException | RuntimeException e) {
            main.close();
            throw e;
        }
        if (main.tls == null && main.mqtt == null) {
            main.close();
            throw new IOException(config.file() + ": listen = none and no mqtt.broker: the agent would serve no one");
        }
        if (config.handoffDir() != null) {
            try {
                main.handoff = HandoffServer.start(config.handoffDir(), main.agent.handoff(), config.handoffLimits());
                main.agent.serveHandoff(main.handoff);
            } catch (IOException e) {
                // the agent still serves (a rollback must stay possible); the plan says why consumers get nothing
                LOG.log(Level.ERROR, "no fd hand-off: " + AgentLog.safe(e.getMessage()));
                main.audit.record("agent", "handoff", "failed", e.getMessage());
                main.agent.handoffUnavailable(e.getMessage());
            }
        }
        main.audit.record("agent", "start", "ok", main.serving() + ", " + main.backend.describe() + ", certificate SHA-256 "
                + main.fingerprint());
        return main;
    }

    /**
     * The agent's one revocation list ({@code tls.crl}), for both ways in: a list is taken when a CA of
     * the TLS trust store or of the broker's ({@code mqtt.truststore}, whose CA signs the commands) signed it.
     */
    static RevocationList revocations(AgentConfig config) throws IOException {
        if (config.crl() == null) {
            return RevocationList.load(null, List.of());
        }
        Set<Path> stores = new LinkedHashSet<>();
        if (config.listens()) {
            stores.add(config.truststore());
        }
        MqttSettings mqtt = MqttSettings.load(config);
        if (mqtt != null) {
            stores.add(mqtt.truststore());
        }
        List<X509Certificate> authorities = new ArrayList<>();
        for (Path store : stores) {
            authorities.addAll(TlsStores.certificates(store, KeyFiles.passwordFileOf(store)));
        }
        return RevocationList.load(config.crl(), authorities);
    }

    static BoardBackend backend(AgentConfig config, LocalAddresses addresses) throws IOException {
        switch (config.backend()) {
            case "simulated" -> {
                if (config.simulatedBoard() == null) {
                    throw new IOException(config.file() + ": backend = simulated needs backend.board = FILE.board");
                }
                try {
                    return new SimulatedBackend(BoardFiles.load(config.simulatedBoard()), config.stateDir().resolve("simulated"));
                } catch (ModelFileException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
            case "core" -> {
                return CoreBackends.create(config, addresses::now);
            }
            default -> throw new IOException(config.file() + ": backend must be core or simulated, not '" + config.backend() + "'");
        }
    }

    public Agent agent() {
        return agent;
    }

    /** The TLS port, or -1 when the agent does not listen. */
    public int port() {
        return tls == null ? -1 : tls.port();
    }

    /** The MQTT endpoint, or null when the config names no broker. */
    public MqttEndpoint mqtt() {
        return mqtt;
    }

    private String serving() {
        return (tls == null ? "" : "listening on " + config.host() + ":" + tls.port()) + (tls != null && mqtt != null ? ", " : "")
                + (mqtt == null ? "" : "serving on the broker " + mqtt.broker() + " as " + mqtt.board());
    }

    public String recovered() {
        return recovered;
    }

    /**
     * The SHA-256 fingerprint of the agent's certificate (clients pin it): the TLS listener's, or the
     * broker identity's when the agent does not listen.
     */
    public String fingerprint() {
        return tls != null ? tls.fingerprint() : mqtt.fingerprint();
    }

    /**
     * What SIGHUP does: reads the revocation list again (a bad one keeps the old and is logged), for the
     * next TLS handshake and the next command from the broker alike. Returns the outcome.
     */
    public String reload() {
        try {
            revocations.reload();
            String revoked = revocations.describe();
            audit.record("agent", "reload", "ok", revoked);
            LOG.log(Level.INFO, "reloaded: " + revoked);
            return revoked;
        } catch (IOException | RuntimeException e) {
            audit.record("agent", "reload", "failed", e.getMessage());
            LOG.log(Level.ERROR, "reload failed, the revocation list stays as it was: " + AgentLog.safe(e.getMessage()));
            return "failed: " + e.getMessage();
        }
    }

    /** The TLS listener (its sessions and handshakes, for tests). */
    public TlsServer tls() {
        return tls;
    }

    public static void main(String[] args) throws Exception {
        AgentLog.toStderr();
        Path configFile = null;
        List<String> recover = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                configFile = Path.of(args[++i]);
            } else if (args[i].equals("recover")) {
                recover = List.of(args).subList(i + 1, args.length);
                break;
            }
        }
        if (configFile == null) {
            LOG.log(Level.ERROR, "usage: AgentMain --config FILE [recover --inspect|--set-aside]   (see devassign certs init for a config)");
            System.exit(2);
        }
        AgentConfig config;
        AgentMain main;
        try {
            config = AgentConfig.load(configFile);
            if (recover != null) {
                System.exit(RecoverCommand.run(config, recover, System.out, System.err));
            }
            main = start(config, null, Faults.fromEnvironment());
        } catch (IOException e) {
            LOG.log(Level.ERROR, "cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        if (main.recovered() != null) {
            LOG.log(main.agent.journalDamage() != null ? Level.ERROR : Level.INFO, "recovered: " + main.recovered());
        }
        Faults.armed = true;
        if (!Hangup.add(main::reload)) {
            LOG.log(Level.WARNING, "SIGHUP is ignored in this process (started under nohup, or by a parent that ignores it): "
                    + "kill -HUP and systemctl reload will not read the revocation list again; start the agent with SIGHUP at its "
                    + "default, as its systemd unit does, or restart it after changing the list");
        }
        LOG.log(Level.INFO, main.serving() + " (" + main.backend.describe() + "), pid " + ProcessHandle.current().pid()
                + ", certificate SHA-256 " + main.fingerprint());
        String status = (main.tls == null ? "" : "listening on port " + main.port()) + (main.tls != null && main.mqtt != null ? ", " : "")
                + (main.mqtt == null ? "" : "on the broker " + main.mqtt.broker() + " as " + main.mqtt.board());
        SdNotify.notify(System.getenv("NOTIFY_SOCKET"), "READY=1\nSTATUS=" + status + "\nMAINPID=" + ProcessHandle.current().pid());
        SdWatchdog.start(System.getenv(), ProcessHandle.current().pid(), message -> LOG.log(Level.INFO, message),
                message -> LOG.log(Level.WARNING, message));
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            main.close();
            stop.countDown();
        }));
        stop.await();
    }

    @Override
    public void close() {
        if (mqtt != null) {
            mqtt.close();
        }
        if (tls != null) {
            tls.close();
        }
        if (handoff != null) {
            handoff.close();
        }
        agent.shutdown();
        backend.close();
        try {
            journal.close();
            audit.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
