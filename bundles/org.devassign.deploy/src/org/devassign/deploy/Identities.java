package org.devassign.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

import org.devassign.agent.api.tls.Fingerprint;
import org.devassign.agent.api.tls.KeyFiles;
import org.devassign.agent.api.tls.TlsStores;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Development TLS identities ({@code devassign certs init}): a CA, the agent's certificate (server,
 * with the host names and addresses it is reached by) and one client certificate per role, the
 * agent's config mapping each client certificate (subject and issuer) to its role, and an empty
 * revocation list. ECDSA P-256. The folder is made 0700 and every file in it 0600; each key store
 * has a random password of its own in a password file next to it ({@link KeyFiles}).
 *
 * <pre>
 * DIR/ca.p12        the CA certificate: the trust store of both sides (PKCS#12, public, no password)
 * DIR/ca.pem        the same certificate as PEM; ca-key.p12 (ca-key.pass) keeps the CA's key
 * DIR/agent.p12     the agent's key and certificate (agent.pass); agent.pem its certificate alone
 * DIR/viewer.p12, operator.p12, debugger.p12   client identities, CN = the role (each with its .pass)
 * DIR/revoked.crl   the CA's revocation list ({@link Revocations}), read by the agent
 * DIR/clients.conf  the agent's client rules: each role's certificate by subject and issuer
 * DIR/agent.conf    a config for the agent using them
 * </pre>
 */
public final class Identities {

    public static final List<String> ROLES = List.of("viewer", "operator", "debugger");
    /** The revocation list of a folder, as {@code agent.conf} names it. */
    public static final String CRL = "revoked.crl";
    /** The client rules of a folder (roles by certificate subject and issuer), as {@code agent.conf} names them. */
    public static final String CLIENTS = "clients.conf";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Identities() {
    }

    /** The CA of a folder, to sign more identities with. */
    public record Authority(X509Certificate certificate, PrivateKey key) {
    }

    /**
     * Writes a fresh CA, agent and per-role client identities into {@code dir}.
     *
     * @param hosts names and addresses the agent is reached by (localhost and 127.0.0.1 are always added)
     * @return the files written
     */
    public static List<Path> init(Path dir, List<String> hosts, String listen) throws IOException {
        KeyFiles.privateFolder(dir);
        List<Path> written = new ArrayList<>();
        try {
            KeyPair caKeys = keyPair();
            // a name of its own per CA, so that the issuer of the agent's client rules tells two folders apart
            byte[] id = new byte[4];
            RANDOM.nextBytes(id);
            X500Name caName = new X500Name("CN=DevAssign development CA " + HexFormat.of().formatHex(id) + ",O=DevAssign");
            Instant now = Instant.now();
            X509v3CertificateBuilder ca = new JcaX509v3CertificateBuilder(caName, serial(), Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(Duration.ofDays(3650))), caName, caKeys.getPublic());
            ca.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            ca.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            X509Certificate caCert = sign(ca, caKeys.getPrivate());
            Authority authority = new Authority(caCert, caKeys.getPrivate());

            written.add(writeTrust(dir.resolve("ca.p12"), caCert));
            written.add(writeKey(dir.resolve("ca-key.p12"), "ca", caKeys.getPrivate(), caCert, caCert));
            written.add(KeyFiles.passwordFileOf(dir.resolve("ca-key.p12")));
            written.add(writePem(dir.resolve("ca.pem"), caCert));

            List<String> names = new ArrayList<>(List.of("localhost", "127.0.0.1"));
            for (String host : hosts) {
                if (!names.contains(host)) {
                    names.add(host);
                }
            }
            written.add(issue(authority, dir.resolve("agent.p12"), "devassign-agent", names, true, now, Duration.ofDays(825)));
            written.add(KeyFiles.passwordFileOf(dir.resolve("agent.p12")));
            written.add(writePem(dir.resolve("agent.pem"), certificate(dir.resolve("agent.p12"))));
            List<X509Certificate> clients = new ArrayList<>();
            for (String role : ROLES) {
                written.add(issue(authority, dir.resolve(role + ".p12"), role, List.of(), false, now, Duration.ofDays(825)));
                written.add(KeyFiles.passwordFileOf(dir.resolve(role + ".p12")));
                clients.add(certificate(dir.resolve(role + ".p12")));
            }
            written.add(Revocations.write(dir.resolve(CRL), authority, List.of()));
            KeyFiles.writePrivate(dir.resolve(CLIENTS), AgentConfigText.clients(clients).getBytes(StandardCharsets.UTF_8));
            written.add(dir.resolve(CLIENTS));
            Path config = dir.resolve("agent.conf");
            KeyFiles.writePrivate(config, AgentConfigText.agent(listen).getBytes(StandardCharsets.UTF_8));
            written.add(config);
            return written;
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IOException("cannot make the certificates: " + e.getMessage(), e);
        }
    }

    /** The CA written by {@link #init} in {@code dir} (its key store and password file must be private). */
    public static Authority authority(Path dir) throws IOException {
        Path store = dir.resolve("ca-key.p12");
        TlsStores.Keys keys = TlsStores.keys(store, KeyFiles.passwordFileOf(store));
        try {
            return new Authority((X509Certificate) keys.store().getCertificate("ca"), (PrivateKey) keys.store().getKey("ca", keys.password()));
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the CA in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The certificate of the key store {@code store} (opened with its password file). */
    public static X509Certificate certificate(Path store) throws IOException {
        return TlsStores.keys(store, KeyFiles.passwordFileOf(store)).certificate();
    }

    /** The SHA-256 fingerprint of the agent's certificate in {@code dir}, to pin the agent by. */
    public static String agentFingerprint(Path dir) throws IOException {
        return Fingerprint.of(certificate(dir.resolve("agent.p12")));
    }

    /**
     * Issues one identity signed by {@code authority} and writes it as PKCS#12 to {@code file}, with a
     * random password in its password file ({@link KeyFiles#passwordFileOf}).
     *
     * @param notBefore start of validity; with a short {@code validity} in the past, an expired certificate
     */
    public static Path issue(Authority authority, Path file, String commonName, List<String> hosts, boolean server, Instant notBefore,
            Duration validity) throws IOException {
        Issued issued = certify(authority, commonName, hosts, server, notBefore, validity);
        return writeKey(file, commonName, issued.key(), issued.certificate(), authority.certificate());
    }

    /** A key and its certificate, not written anywhere (a simulation of many boards keeps them in memory). */
    public record Issued(PrivateKey key, X509Certificate certificate) {
    }

    /** Issues one identity signed by {@code authority}, in memory; {@link #issue} writes one as PKCS#12. */
    public static Issued certify(Authority authority, String commonName, List<String> hosts, boolean server, Instant notBefore,
            Duration validity) throws IOException {
        try {
            KeyPair keys = keyPair();
            X500Name issuer = X500Name.getInstance(authority.certificate().getSubjectX500Principal().getEncoded());
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial(),
                    Date.from(notBefore.minus(Duration.ofMinutes(5))), Date.from(notBefore.plus(validity)),
                    new X500Name("CN=" + commonName + ",O=DevAssign"), keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement));
            builder.addExtension(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(server ? KeyPurposeId.id_kp_serverAuth : KeyPurposeId.id_kp_clientAuth));
            if (!hosts.isEmpty()) {
                List<GeneralName> names = new ArrayList<>();
                for (String host : hosts) {
                    names.add(isAddress(host) ? new GeneralName(GeneralName.iPAddress, host) : new GeneralName(GeneralName.dNSName, host));
                }
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names.toArray(GeneralName[]::new)));
            }
            return new Issued(keys.getPrivate(), sign(builder, authority.key()));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IOException("cannot issue a certificate for " + commonName + ": " + e.getMessage(), e);
        }
    }

    private static boolean isAddress(String host) {
        return host.matches("[0-9.]+") || host.contains(":");
    }

    private static KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(64, RANDOM).abs().add(BigInteger.ONE);
    }

    static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key) throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
    }

    /** A trust store of public certificates: PKCS#12 without a password (it keeps nothing secret), mode 0600 like the rest. */
    static Path writeTrust(Path file, X509Certificate ca) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("ca", ca);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, null);
            KeyFiles.writePrivate(file, out.toByteArray());
            return file;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** A key store with a fresh random password, written with its password file, both 0600. */
    static Path writeKey(Path file, String alias, PrivateKey key, X509Certificate certificate, X509Certificate ca) throws IOException {
        char[] password = password();
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            Certificate[] chain = certificate.equals(ca) ? new Certificate[] { certificate } : new Certificate[] { certificate, ca };
            store.setKeyEntry(alias, key, password, chain);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            KeyFiles.writePassword(KeyFiles.passwordFileOf(file), password);
            KeyFiles.writePrivate(file, out.toByteArray());
            return file;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    /** 32 random bytes as 43 URL-safe Base64 characters. */
    private static char[] password() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }

    /** A certificate as PEM, mode 0600 like the rest of the folder. */
    static Path writePem(Path file, X509Certificate certificate) throws IOException {
        try {
            KeyFiles.writePrivate(file, pem("CERTIFICATE", certificate.getEncoded()).getBytes(StandardCharsets.US_ASCII));
            return file;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes an identity as PEM files, for programs that read no PKCS#12 (an MQTT broker): the
     * certificate and then its CA's in {@code certificateFile}, the key (PKCS#8) in {@code keyFile};
     * both mode 0600 from their first byte ({@link KeyFiles#writePrivate}).
     */
    public static void writePem(Issued issued, Authority authority, Path certificateFile, Path keyFile) throws IOException {
        try {
            String chain = pem("CERTIFICATE", issued.certificate().getEncoded()) + pem("CERTIFICATE", authority.certificate().getEncoded());
            KeyFiles.writePrivate(certificateFile, chain.getBytes(StandardCharsets.US_ASCII));
            KeyFiles.writePrivate(keyFile, pem("PRIVATE KEY", issued.key().getEncoded()).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write " + certificateFile + ": " + e.getMessage(), e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
