package org.devassign.deploy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import java.util.List;

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
 * with the host names and addresses it is reached by) and one client certificate per role, as
 * PKCS#12 stores with one password, plus the agent's config naming the roles. ECDSA P-256.
 *
 * <pre>
 * DIR/ca.p12        the CA certificate (trust store for both sides); ca-key.p12 keeps its key
 * DIR/agent.p12     the agent's key and certificate
 * DIR/viewer.p12, operator.p12, debugger.p12   client identities, CN = the role
 * DIR/agent.conf    a config for the agent using them
 * </pre>
 */
public final class Identities {

    public static final String PASSWORD = "devassign";
    public static final List<String> ROLES = List.of("viewer", "operator", "debugger");

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
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        try {
            KeyPair caKeys = keyPair();
            X500Name caName = new X500Name("CN=DevAssign development CA,O=DevAssign");
            Instant now = Instant.now();
            X509v3CertificateBuilder ca = new JcaX509v3CertificateBuilder(caName, serial(), Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(Duration.ofDays(3650))), caName, caKeys.getPublic());
            ca.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            ca.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            X509Certificate caCert = sign(ca, caKeys.getPrivate());
            Authority authority = new Authority(caCert, caKeys.getPrivate());

            written.add(writeTrust(dir.resolve("ca.p12"), caCert));
            written.add(writeKey(dir.resolve("ca-key.p12"), "ca", caKeys.getPrivate(), caCert, caCert));
            written.add(writePem(dir.resolve("ca.pem"), caCert));

            List<String> names = new ArrayList<>(List.of("localhost", "127.0.0.1"));
            for (String host : hosts) {
                if (!names.contains(host)) {
                    names.add(host);
                }
            }
            written.add(issue(authority, dir.resolve("agent.p12"), "devassign-agent", names, true, now, Duration.ofDays(825)));
            for (String role : ROLES) {
                written.add(issue(authority, dir.resolve(role + ".p12"), role, List.of(), false, now, Duration.ofDays(825)));
            }
            Path config = dir.resolve("agent.conf");
            Files.writeString(config, agentConfig(listen), StandardCharsets.UTF_8);
            written.add(config);
            return written;
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IOException("cannot make the certificates: " + e.getMessage(), e);
        }
    }

    static String agentConfig(String listen) {
        return """
                # DevAssign agent config, written by 'devassign certs init' (paths are relative to this file).
                listen = %s
                tls.keystore = agent.p12
                tls.truststore = ca.p12
                tls.password = %s
                state = state
                backend = core
                sysfs = /sys
                # client certificate CN = roles (viewer: inventory, status; operator: plan, apply, rollback;
                # debugger: registers and interrupts)
                client.viewer = viewer
                client.operator = operator
                client.debugger = debugger
                limits.message.bytes = 1048576
                limits.rate = 200
                limits.connections = 128
                handoff.socket = /run/devassign/handoff.sock
                """.formatted(listen, PASSWORD);
    }

    /** The CA written by {@link #init} in {@code dir}. */
    public static Authority authority(Path dir) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(dir.resolve("ca-key.p12"))) {
                store.load(in, PASSWORD.toCharArray());
            }
            return new Authority((X509Certificate) store.getCertificate("ca"), (PrivateKey) store.getKey("ca", PASSWORD.toCharArray()));
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the CA in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Issues one identity signed by {@code authority} and writes it as PKCS#12 to {@code file}.
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

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
    }

    private static Path writeTrust(Path file, X509Certificate ca) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("ca", ca);
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
        return file;
    }

    private static Path writeKey(Path file, String alias, PrivateKey key, X509Certificate certificate, X509Certificate ca)
            throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            Certificate[] chain = certificate.equals(ca) ? new Certificate[] { certificate } : new Certificate[] { certificate, ca };
            store.setKeyEntry(alias, key, PASSWORD.toCharArray(), chain);
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, PASSWORD.toCharArray());
            }
            return file;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes an identity as PEM files, for programs that read no PKCS#12 (an MQTT broker): the
     * certificate and then its CA's in {@code certificateFile}, the key (PKCS#8) in {@code keyFile},
     * readable by its owner only.
     */
    public static void writePem(Issued issued, Authority authority, Path certificateFile, Path keyFile) throws IOException {
        try {
            writePem(certificateFile, issued.certificate());
            Files.writeString(certificateFile, Files.readString(certificateFile) + pem("CERTIFICATE", authority.certificate().getEncoded()),
                    StandardCharsets.US_ASCII);
            Files.deleteIfExists(keyFile);
            Files.createFile(keyFile, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            Files.writeString(keyFile, pem("PRIVATE KEY", issued.key().getEncoded()), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write " + certificateFile + ": " + e.getMessage(), e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static Path writePem(Path file, X509Certificate certificate) throws IOException, GeneralSecurityException {
        Files.writeString(file, pem("CERTIFICATE", certificate.getEncoded()), StandardCharsets.US_ASCII);
        return file;
    }
}
