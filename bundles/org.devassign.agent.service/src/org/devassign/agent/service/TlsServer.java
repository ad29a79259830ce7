package org.devassign.agent.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.devassign.agent.api.AgentEvents;
import org.devassign.agent.api.Role;
import org.devassign.agent.api.wire.JsonRpcChannel;

/**
 * The agent's TLS 1.3 listener. Client certificates are required and checked against the CA of
 * the config (unknown or expired certificates end the handshake); the certificate's CN selects the
 * roles. Each connection reads on its own thread; the methods run on virtual threads.
 */
public final class TlsServer implements AutoCloseable {

    private static final System.Logger LOG = AgentLog.logger();

    private static final int HANDSHAKE_TIMEOUT_MILLIS = 10_000;
    private static final int IDLE_TIMEOUT_MILLIS = 15 * 60_000;

    private final AgentConfig config;
    private final Agent agent;
    private final AuditLog audit;
    private final SSLServerSocket server;
    private final Semaphore connections;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Consumer<InetAddress> reachedOn;
    private volatile boolean open = true;

    private TlsServer(AgentConfig config, Agent agent, AuditLog audit, SSLServerSocket server, Consumer<InetAddress> reachedOn) {
        this.config = config;
        this.agent = agent;
        this.audit = audit;
        this.server = server;
        this.connections = new Semaphore(config.maxConnections());
        this.reachedOn = reachedOn;
    }

    /** An SSL context from a PKCS#12 key store (own key) and trust store (the CA), TLS 1.3 only. */
    public static SSLContext context(Path keystore, Path truststore, char[] password) throws IOException {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = java.nio.file.Files.newInputStream(keystore)) {
                keys.load(in, password);
            }
            KeyStore trust = KeyStore.getInstance("PKCS12");
            try (InputStream in = java.nio.file.Files.newInputStream(truststore)) {
                trust.load(in, password);
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, password);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS from " + keystore + " and " + truststore + ": " + e.getMessage(), e);
        }
    }

    /** @param reachedOn told the local address of every connection accepted (its interface carries the agent's connection) */
    public static TlsServer start(AgentConfig config, Agent agent, AuditLog audit, Consumer<InetAddress> reachedOn) throws IOException {
        SSLContext context = context(config.keystore(), config.truststore(), config.password());
        SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(config.port(), 128,
                InetAddress.getByName(config.host()));
        server.setNeedClientAuth(true);
        server.setEnabledProtocols(new String[] { "TLSv1.3" });
        TlsServer tls = new TlsServer(config, agent, audit, server, reachedOn);
        Thread.ofPlatform().daemon().name("agent accept").start(tls::acceptLoop);
        return tls;
    }

    public int port() {
        return server.getLocalPort();
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
            if (!connections.tryAcquire()) {
                audit.record(socket.getInetAddress().getHostAddress(), "connect", "refused", "too many connections (limits.connections)");
                closeQuietly(socket);
                continue;
            }
            Thread.ofPlatform().daemon().name("agent " + socket.getRemoteSocketAddress()).start(() -> {
                try {
                    serve((SSLSocket) socket);
                } finally {
                    connections.release();
                }
            });
        }
    }

    private void serve(SSLSocket socket) {
        String peer = socket.getInetAddress().getHostAddress();
        String identity;
        try {
            socket.setSoTimeout(HANDSHAKE_TIMEOUT_MILLIS);
            socket.setTcpNoDelay(true);
            socket.startHandshake();
            Certificate[] chain = socket.getSession().getPeerCertificates();
            identity = commonName((X509Certificate) chain[0]);
            socket.setSoTimeout(IDLE_TIMEOUT_MILLIS);
        } catch (IOException | RuntimeException e) {
            audit.record(peer, "connect", "refused", "TLS handshake failed: " + e.getMessage());
            closeQuietly(socket);
            return;
        }
        Set<Role> roles = config.clients().getOrDefault(identity, EnumSet.noneOf(Role.class));
        Session session = new Session(agent, audit, "CN=" + identity, roles, config.rate(), executor, config.maxMessageBytes());
        try {
            JsonRpcChannel<AgentEvents> channel = JsonRpcChannel.create(session, AgentEvents.class, socket.getInputStream(),
                    socket.getOutputStream(), config.maxMessageBytes(), session.gate(), () -> drainAndClose(socket));
            channel.onRejected((method, reason) -> audit.record(session.who() + "@" + peer, method == null ? "message" : method, "refused", reason));
            session.connect(channel.remote());
            try {
                channel.run();
            } finally {
                session.close(); // its interrupt watches end with it
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "connection from " + peer + ": " + e.getMessage());
            closeQuietly(socket);
        }
    }

    /**
     * Closes after reading what the peer still sends for a moment: closing with unread bytes makes
     * the kernel reset the connection, and the peer would lose the error answer written just before.
     */
    private static void drainAndClose(SSLSocket socket) {
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
        closeQuietly(socket);
    }

    static String commonName(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (javax.naming.InvalidNameException e) {
            // fall through to the whole subject
        }
        return certificate.getSubjectX500Principal().getName();
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
        } catch (SocketException e) {
            // closing
        } catch (IOException e) {
            // closing
        }
        executor.shutdownNow();
    }
}
