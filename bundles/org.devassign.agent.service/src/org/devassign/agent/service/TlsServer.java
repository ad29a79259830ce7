package org.devassign.agent.service;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.cert.X509Certificate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509ExtendedTrustManager;

import org.devassign.agent.api.AgentEvents;
import org.devassign.agent.api.Role;
import org.devassign.agent.api.tls.Fingerprint;
import org.devassign.agent.api.tls.KeyFiles;
import org.devassign.agent.api.tls.TlsStores;
import org.devassign.agent.api.wire.JsonRpcChannel;

/**
 * The agent's TLS 1.3 listener. Admission first ({@link Admission}): a TCP connection is counted
 * against its source address and must finish its handshake within a deadline; only then does TLS
 * run, on a virtual thread, with the client certificate checked against the trust store and the
 * revocation list ({@link ClientTrust}). An authenticated connection becomes a {@link Session}
 * (at most {@code limits.connections} at a time), whose roles come from the config's client rules
 * ({@link ClientRules}), read on the same virtual thread, and closed once idle. Platform threads:
 * the accept loop and one timer (deadlines, idle sessions, the audit's refusal summaries), whatever
 * the number of connections.
 */
public final class TlsServer implements AutoCloseable {

    private static final System.Logger LOG = AgentLog.logger();

    /** How often the refused unauthenticated connections are summed up in the audit log. */
    static final long REFUSAL_INTERVAL_MILLIS = 60_000;

    private final AgentConfig config;
    private final Agent agent;
    private final AuditLog audit;
    private final ServerSocket server;
    private final SSLSocketFactory tls;
    private final X509Certificate own;
    private final Admission admission;
    private final Semaphore sessions;
    private final Set<Live> live = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Consumer<InetAddress> reachedOn;
    private volatile boolean open = true;

    /** An open session, its TCP socket (under the TLS one), and why the agent ended it (null: the client did). */
    private static final class Live {
        final Session session;
        final Socket socket;
        volatile String ending;

        Live(Session session, Socket socket) {
            this.session = session;
            this.socket = socket;
        }
    }

    private TlsServer(AgentConfig config, Agent agent, AuditLog audit, ServerSocket server, SSLContext context, X509Certificate own,
            Consumer<InetAddress> reachedOn) {
        this.config = config;
        this.agent = agent;
        this.audit = audit;
        this.server = server;
        this.tls = context.getSocketFactory();
        this.own = own;
        this.reachedOn = reachedOn;
        this.sessions = new Semaphore(config.maxConnections());
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> Thread.ofPlatform().daemon().name("agent timer").unstarted(r));
        // every handshake's deadline is cancelled when it finishes: left queued, each would stay on the heap until its deadline
        timer.setRemoveOnCancelPolicy(true);
        this.timer = timer;
        this.admission = new Admission(config.admission(), timer);
    }

    /**
     * Opens the key store (its password file and it must be private to their owner: the agent does not
     * start otherwise) and the trust store, and listens.
     *
     * @param revocations the agent's revocation list, asked in every handshake (the broker endpoint asks the same one)
     * @param reachedOn told the local address of every connection accepted (its interface carries the agent's connection)
     */
    public static TlsServer start(AgentConfig config, Agent agent, AuditLog audit, RevocationList revocations, Consumer<InetAddress> reachedOn)
            throws IOException {
        TlsStores.Keys keys = TlsStores.keys(config.keystore(), config.passwordFile());
        var authorities = TlsStores.certificates(config.truststore(), KeyFiles.passwordFileOf(config.truststore()));
        if (!(TlsStores.pkix(authorities) instanceof X509ExtendedTrustManager pkix)) {
            throw new IOException("this Java runtime has no extended PKIX trust manager");
        }
        SSLContext context = TlsStores.context(keys.managers(), new ClientTrust(pkix, revocations));
        ServerSocket server = new ServerSocket(config.port(), 1024, InetAddress.getByName(config.host()));
        TlsServer tls = new TlsServer(config, agent, audit, server, context, keys.certificate(), reachedOn);
        long sweep = Math.clamp(config.admission().idleMillis() / 10, 100, 5_000);
        tls.timer.scheduleWithFixedDelay(tls::closeIdle, sweep, sweep, TimeUnit.MILLISECONDS);
        tls.timer.scheduleWithFixedDelay(audit::flushRefusals, REFUSAL_INTERVAL_MILLIS, REFUSAL_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        Thread.ofPlatform().daemon().name("agent accept").start(tls::acceptLoop);
        return tls;
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The SHA-256 fingerprint of the agent's own certificate, for clients to pin. */
    public String fingerprint() {
        return Fingerprint.of(own);
    }

    private void acceptLoop() {
        while (open) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (open) {
                    LOG.log(System.Logger.Level.WARNING, "accept: " + e.getMessage());
                }
                continue;
            }
            reachedOn.accept(socket.getLocalAddress());
            Admission.Pending pending = admission.admit(socket);
            if (pending == null) {
                audit.refused(socket.getInetAddress().getHostAddress(), "connect", "too many TLS handshakes in progress from this address"
                        + " (limits.handshakes.per.source = " + admission.limits().perSource() + ")");
                closeQuietly(socket);
                continue;
            }
            Thread.ofVirtual().name("agent " + socket.getRemoteSocketAddress()).start(() -> serve(pending));
        }
    }

    private void serve(Admission.Pending pending) {
        Socket socket = pending.socket;
        String source = pending.source.getHostAddress();
        SSLSocket ssl;
        X509Certificate certificate;
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout((int) admission.limits().handshakeMillis());
            ssl = (SSLSocket) tls.createSocket(socket, null, true);
            ssl.setUseClientMode(false);
            ssl.setNeedClientAuth(true);
            ssl.setEnabledProtocols(new String[] { "TLSv1.3" });
            ssl.startHandshake();
            certificate = (X509Certificate) ssl.getSession().getPeerCertificates()[0];
            socket.setSoTimeout(0);
        } catch (IOException | RuntimeException e) {
            admission.finished(pending);
            audit.refused(source, "connect", handshakeFailure(pending, e));
            closeQuietly(socket);
            return;
        }
        admission.finished(pending);
        PeerIdentity peer = PeerIdentity.of(certificate, source);
        if (!sessions.tryAcquire()) {
            audit.refused(source, "connect", peer.subject() + ": " + config.maxConnections() + " sessions are open (limits.connections)");
            closeQuietly(socket);
            return;
        }
        try {
            session(ssl, socket, peer, config.clients().roles(certificate));
        } finally {
            sessions.release();
        }
    }

    private String handshakeFailure(Admission.Pending pending, Exception e) {
        if (pending.ending() == Admission.Ending.DEADLINE) {
            return "the TLS handshake did not finish within " + admission.limits().handshakeMillis() / 1000 + " s (limits.handshake.seconds)";
        }
        if (pending.ending() == Admission.Ending.EVICTED) {
            return "the oldest of " + admission.limits().handshakes() + " TLS handshakes in progress, ended to make room (limits.handshakes)";
        }
        return "TLS handshake failed: " + e.getMessage();
    }

    private void session(SSLSocket ssl, Socket tcp, PeerIdentity peer, Set<Role> roles) {
        Session session = new Session(agent, audit, peer, roles, config.rate(), executor, config.maxMessageBytes());
        Live entry = new Live(session, tcp);
        long started = System.nanoTime();
        audit.record(peer, "connect", "ok", roles.isEmpty() ? "no role" : "roles " + roles.stream().map(Role::id).toList());
        live.add(entry);
        try {
            SessionActivity activity = session.activity();
            InputStream input = new FilterInputStream(ssl.getInputStream()) {
                @Override
                public int read() throws IOException {
                    int c = super.read();
                    activity.touch();
                    return c;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    activity.touch();
                    return n;
                }
            };
            OutputStream output = new FilterOutputStream(ssl.getOutputStream()) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    activity.touch();
                }
            };
            JsonRpcChannel<AgentEvents> channel = JsonRpcChannel.create(session, AgentEvents.class, input, output, config.maxMessageBytes(),
                    session.gate(), () -> drainAndClose(ssl, tcp));
            channel.onRejected((method, reason) -> audit.record(peer, method == null ? "message" : method, "refused", reason));
            session.connect(channel.remote());
            try {
                channel.run();
            } finally {
                session.close(); // its interrupt watches end with it
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "connection from " + peer.address() + ": " + AgentLog.safe(e.getMessage()));
            closeQuietly(tcp);
        } finally {
            live.remove(entry);
            audit.record(peer, "disconnect", "ok", (entry.ending == null ? "closed" : entry.ending) + " after "
                    + (System.nanoTime() - started) / 1_000_000_000 + " s");
        }
    }

    /** Closes the sessions idle for longer than {@code limits.idle.seconds}. */
    private void closeIdle() {
        long now = System.nanoTime();
        long limit = TimeUnit.MILLISECONDS.toNanos(admission.limits().idleMillis());
        for (Live entry : live) {
            if (entry.session.activity().idleNanos(now) > limit) {
                entry.ending = "idle for " + admission.limits().idleMillis() / 1000 + " s (limits.idle.seconds)";
                closeQuietly(entry.socket);
            }
        }
    }

    /** Sessions open now, and handshakes in progress (for tests and benches). */
    public int sessions() {
        return live.size();
    }

    public int handshakes() {
        return admission.pending();
    }

    /**
     * Closes after reading what the peer still sends for a moment (at most 1 MB for 300 ms): closing
     * with unread bytes makes the kernel reset the connection, and the peer would lose the error
     * answer written just before. Then the TCP socket is closed, not the TLS one: closing TLS waits
     * for the peer's close_notify and reads everything before it, which a peer sending 100 MB would
     * make the agent read after all.
     */
    private static void drainAndClose(SSLSocket socket, Socket tcp) {
        try {
            socket.setSoTimeout(300);
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            long drained = 0;
            while (drained < (1 << 20) && in.read(buffer) >= 0) {
                drained += buffer.length;
            }
        } catch (IOException e) {
            // timed out or gone: close now
        }
        closeQuietly(tcp);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // gone already
        }
    }

    @Override
    public void close() {
        open = false;
        try {
            server.close();
        } catch (IOException e) {
            // closing
        }
        for (Live entry : live) {
            closeQuietly(entry.socket);
        }
        timer.shutdownNow();
        executor.shutdownNow();
    }
}
