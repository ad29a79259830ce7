package org.devassign.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509TrustManager;

import org.devassign.agent.api.AgentEvents;
import org.devassign.agent.api.AgentService;
import org.devassign.agent.api.Hello;
import org.devassign.agent.api.HelloResult;
import org.devassign.agent.api.IrqCounts;
import org.devassign.agent.api.Progress;
import org.devassign.agent.api.Protocol;
import org.devassign.agent.api.tls.Fingerprint;
import org.devassign.agent.api.tls.KeyFiles;
import org.devassign.agent.api.tls.TlsStores;
import org.devassign.agent.api.wire.Gate;
import org.devassign.agent.api.wire.JsonRpcChannel;
import org.devassign.core.identity.Printable;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;

/**
 * A client's connection to one agent: TLS 1.3 with the client's certificate, the agent's
 * certificate checked against the CA and the host name and, when the target is pinned
 * ({@link Target#pin}), against the pinned SHA-256 fingerprint ({@link PinMismatchException}
 * otherwise), {@code hello} exchanged, then the
 * {@link AgentService} proxy. Progress and interrupt notifications go to the given listeners. Both
 * sides must speak the same {@link Protocol#VERSION}: an agent of another version is refused here
 * (or refuses this client in its hello) with both versions named and what to update.
 */
public final class AgentLink implements AutoCloseable {

    /**
     * A client's identity: its PKCS#12 key store, the trust store of CA certificates that sign the
     * agents it talks to, and the key store's password; null reads it, when the identity is used,
     * from the password file next to the store ({@link KeyFiles#passwordFileOf}).
     */
    public record Identity(Path keystore, Path truststore, char[] password) {

        /**
         * {@code DIR/ROLE.p12} (or {@code DIR/client.p12}, one identity for every role, when the folder has
         * no store for the role: see {@link PemImport}) and {@code DIR/ca.p12}, as {@link Identities#init}
         * writes them; the password comes from the key store's password file.
         */
        public static Identity of(Path dir, String role) {
            Path store = dir.resolve(role + ".p12");
            if (!Files.exists(store) && Files.exists(dir.resolve(PemImport.CLIENT))) {
                store = dir.resolve(PemImport.CLIENT);
            }
            return new Identity(store, dir.resolve("ca.p12"), null);
        }

        /** The password: the one given, else the password file's (which must be private). */
        char[] passwordOrFile() throws IOException {
            return password != null ? password : KeyFiles.readPassword(KeyFiles.passwordFileOf(keystore), keystore);
        }
    }

    /** How this client names itself in hello. */
    public static final String CLIENT = "devassign-client 2.0";

    private final SSLSocket socket;
    private final JsonRpcChannel<AgentService> channel;
    private final HelloResult hello;
    private final Target target;
    private final String fingerprint;

    private AgentLink(Target target, SSLSocket socket, JsonRpcChannel<AgentService> channel, HelloResult hello, String fingerprint) {
        this.target = target;
        this.fingerprint = fingerprint;
        this.socket = socket;
        this.channel = channel;
        this.hello = hello;
    }

    public static SSLContext context(Identity identity) throws IOException {
        try {
            if (!Files.exists(identity.keystore())) {
                throw new java.nio.file.NoSuchFileException(identity.keystore().toString());
            }
            char[] password = identity.passwordOrFile();
            KeyFiles.checkPrivate(identity.keystore());
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(identity.keystore())) {
                keys.load(in, password);
            }
            TlsStores.Keys loaded = new TlsStores.Keys(keys, password);
            X509TrustManager trust = TlsStores.pkix(TlsStores.certificates(identity.truststore(), null));
            return TlsStores.context(loaded.managers(), trust);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("no such identity file " + e.getFile() + ": make the certificates with 'devassign certs init'", e);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use the identity " + identity.keystore() + ": " + e.getMessage(), e);
        }
    }

    public static AgentLink connect(Target target, Identity identity, Consumer<Progress> progress, Consumer<IrqCounts> irqs)
            throws IOException {
        return connect(target, context(identity), progress, irqs);
    }

    public static AgentLink connect(Target target, SSLContext context, Consumer<Progress> progress, Consumer<IrqCounts> irqs)
            throws IOException {
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket();
        try {
            socket.connect(new InetSocketAddress(target.host(), target.port()), 10_000);
            socket.setTcpNoDelay(true);
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setProtocols(new String[] { "TLSv1.3" });
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            socket.setSoTimeout(30_000);
            socket.startHandshake();
            socket.setSoTimeout(0);
            String seen = Fingerprint.of((X509Certificate) socket.getSession().getPeerCertificates()[0]);
            if (target.pin() != null && !Fingerprint.same(target.pin(), seen)) {
                throw new PinMismatchException(target, seen);
            }
            AgentEvents events = new AgentEvents() {
                @Override
                public void progress(Progress p) {
                    progress.accept(p);
                }

                @Override
                public void irqCounts(IrqCounts counts) {
                    irqs.accept(counts);
                }
            };
            JsonRpcChannel<AgentService> channel = JsonRpcChannel.create(events, AgentService.class, socket.getInputStream(),
                    socket.getOutputStream(), 64L << 20, Gate.OPEN, socket).start("agent link " + target);
            HelloResult hello = await(channel.remote().hello(new Hello(Protocol.VERSION, CLIENT,
                    List.of("inventory", "plan", "apply", "rollback", "registers", "irqs", "progress"))), target, channel);
            if (hello == null || hello.protocol() != Protocol.VERSION) {
                channel.close();
                throw new IOException(Protocol.mismatch("this client (" + CLIENT + ")", Protocol.VERSION, "the agent"
                        + (hello == null || hello.agent() == null ? "" : " (" + Printable.quote(hello.agent()) + ")"),
                        hello == null ? 0 : hello.protocol()));
            }
            return new AgentLink(target, socket, channel, hello, seen);
        } catch (PinMismatchException e) {
            socket.close();
            throw e;
        } catch (IOException e) {
            socket.close();
            throw new IOException("cannot talk to the agent at " + target + ": " + describe(e), e);
        }
    }

    private static String describe(IOException e) {
        String message = String.valueOf(e.getMessage());
        if (e instanceof java.net.ConnectException) {
            return "nothing listens there (" + message + "): is the agent running, and is the port forwarded?";
        }
        if (e instanceof javax.net.ssl.SSLException) {
            return "the TLS handshake failed (" + message + "): the agent and this client must use certificates of the same CA, "
                    + "and the client's must not be expired";
        }
        return message;
    }

    /** Waits for a call's answer; a JSON-RPC error stays a {@link ResponseErrorException}. */
    public <T> T call(CompletableFuture<T> future) throws IOException {
        return await(future, target, channel);
    }

    private static <T> T await(CompletableFuture<T> future, Target target, JsonRpcChannel<?> channel) throws IOException {
        CompletableFuture<Object> either = CompletableFuture.anyOf(future, channel.ended().thenApply(t -> (Object) new Ended(t)));
        try {
            Object result = either.get(10, TimeUnit.MINUTES);
            if (result instanceof Ended ended && !future.isDone()) {
                throw new IOException("the agent at " + target + " closed the connection"
                        + (ended.failure() == null ? "" : ": " + ended.failure().getMessage()));
            }
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ResponseErrorException r) {
                throw new AgentFailure(r.getResponseError());
            }
            if (cause instanceof java.util.concurrent.CancellationException) {
                throw new IOException("the call to " + target + " was cancelled: the connection ended");
            }
            if (channel.ended().isDone() || cause instanceof org.eclipse.lsp4j.jsonrpc.JsonRpcException) {
                throw new IOException("the agent at " + target + " closed the connection", cause);
            }
            throw new IOException("the call to " + target + " failed: " + cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new IOException("the agent at " + target + " did not answer within 10 minutes");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    private record Ended(Throwable failure) {
    }

    public AgentService agent() {
        return channel.remote();
    }

    public HelloResult hello() {
        return hello;
    }

    public Target target() {
        return target;
    }

    /** The SHA-256 fingerprint of the certificate the agent presented ({@link Fingerprint} form). */
    public String agentFingerprint() {
        return fingerprint;
    }

    /** Whether the target was pinned (and so the agent's certificate matched the pin). */
    public boolean pinned() {
        return target.pin() != null;
    }

    /**
     * What to tell a user whose target is not pinned: the fingerprint seen and how to pin it (the
     * first connect trusts the CA alone), or null when the target is pinned.
     */
    public String pinAdvice() {
        if (pinned()) {
            return null;
        }
        return "the agent at " + target + " is not pinned: its certificate's SHA-256 fingerprint is " + fingerprint + ". Check it"
                + " against the agent's (its log says 'certificate SHA-256 ...' at start; 'openssl x509 -noout -fingerprint -sha256 -in"
                + " agent.pem' on the board), then pin it";
    }

    @Override
    public void close() {
        channel.close();
    }
}
