package org.devassign.ui.deploy.targets;

import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Locale;

import javax.net.ssl.SSLHandshakeException;

import org.devassign.deploy.AgentLink;

/**
 * Why a link to an agent failed, in the user's terms: which host, which certificate, what to do. The
 * exceptions of the network and TLS stacks (an unknown host is reported as just its name, a
 * certificate the CA did not sign as "PKIX path building failed: sun.security...") are details;
 * this class reads their kind and says what it means for a DevAssign target.
 */
public final class ConnectionErrors {

    private ConnectionErrors() {
    }

    /** The reason {@code failure} gives for {@code target} (connected with the identity of {@code role}), as one message. */
    public static String explain(AgentTarget target, String role, Throwable failure) {
        String address = target.address().toString();
        String host = target.address().host();
        Throwable unknownHost = find(failure, UnknownHostException.class);
        if (unknownHost != null) {
            return "The host '" + host + "' of target " + target.name() + " is not known here (no DNS or /etc/hosts entry): check the"
                    + " address in the Targets view, or add the host to /etc/hosts.";
        }
        if (find(failure, ConnectException.class) != null) {
            return "Nothing answers at " + address + ": is the DevAssign agent running on " + host
                    + " (systemctl status devassign-agent), and is port " + target.address().port() + " open or forwarded to it?";
        }
        if (find(failure, NoRouteToHostException.class) != null) {
            return "There is no route to " + host + ": check the network between this machine and the board.";
        }
        if (find(failure, SocketTimeoutException.class) != null) {
            return address + " did not answer in time: check that the board is up and that no firewall drops the connection.";
        }
        if (find(failure, NoSuchFileException.class) != null) {
            NoSuchFileException missing = find(failure, NoSuchFileException.class);
            return "The certificate file " + missing.getFile() + " is missing: the target's certificate folder (" + target.certs()
                    + ") must hold the files 'devassign certs init' writes (ca.p12, " + role + ".p12).";
        }
        if (find(failure, CertificateExpiredException.class) != null || find(failure, CertificateNotYetValidException.class) != null) {
            return "A certificate of the link to " + address + " is expired or not yet valid: check the clocks of this machine and"
                    + " the board, or make new certificates with 'devassign certs init'.";
        }
        if (isUntrusted(failure)) {
            return "The agent at " + address + " shows a certificate that " + ca(target, role)
                    + " did not sign, so it cannot be trusted: it was made by another 'devassign certs init'. Set the target's"
                    + " certificate folder to the one made with the agent's certificate, or give the agent a certificate of this CA.";
        }
        String text = messages(failure).toLowerCase(Locale.ROOT);
        if (text.contains("no subject alternative") || text.contains("no name matching")) {
            return "The agent's certificate at " + address + " is not made out for '" + host + "': connect by the name or address"
                    + " the certificate names, or make the agent's certificate with 'devassign certs init --hosts " + host + "'.";
        }
        if (text.contains("certificate_unknown") || text.contains("bad_certificate") || text.contains("certificate_required")
                || text.contains("unknown_ca")) {
            return "The agent at " + address + " refused this client's certificate (" + target.certs().resolve(role + ".p12")
                    + "): the agent trusts another CA. Use the certificate folder made together with the agent's certificates.";
        }
        if (find(failure, SSLHandshakeException.class) != null) {
            return "The secure connection to " + address + " failed: the agent and this client must use certificates of the same CA"
                    + " ('devassign certs init'), and the client's must not be expired.";
        }
        return plain(failure);
    }

    /** The CA the client trusts, named by its subject when the trust store can be read. */
    private static String ca(AgentTarget target, String role) {
        AgentLink.Identity identity = target.identity(role);
        Path truststore = identity.truststore();
        try (InputStream in = Files.newInputStream(truststore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, identity.password());
            for (String alias : Collections.list(store.aliases())) {
                if (store.getCertificate(alias) instanceof X509Certificate certificate) {
                    return "the CA '" + certificate.getSubjectX500Principal().getName() + "' (" + truststore + ")";
                }
            }
        } catch (Exception unreadable) {
            // the message names the file instead
        }
        return "the CA in " + truststore;
    }

    private static boolean isUntrusted(Throwable failure) {
        if (find(failure, CertPathBuilderException.class) != null || find(failure, CertPathValidatorException.class) != null) {
            return true;
        }
        String text = messages(failure);
        return text.contains("PKIX path") || text.contains("unable to find valid certification path");
    }

    /** The first line of the outermost message, without the Java class names some exceptions put in front. */
    static String plain(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        String line = message.lines().findFirst().orElse(message);
        return line.replaceAll("(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error): ?", "").strip();
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
