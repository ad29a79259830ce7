package org.devassign.deploy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.devassign.agent.api.tls.KeyFiles;

/**
 * The CA's certificate revocation list ({@code DIR/revoked.crl}, PEM): {@code devassign certs revoke}
 * adds a certificate to it and signs it again; the agent checks every client certificate against it
 * in the handshake and reads it again on SIGHUP.
 */
public final class Revocations {

    /** How long a list says it is current; the agent uses it past that too (it only ever grows). */
    private static final Duration NEXT_UPDATE = Duration.ofDays(3650);

    private Revocations() {
    }

    /** A revoked certificate: its serial and when it was revoked. */
    public record Revoked(BigInteger serial, Instant when) {
    }

    /** Adds {@code certificate} to the list in {@code dir} (signed by the folder's CA); returns false when it was on it already. */
    public static boolean revoke(Path dir, X509Certificate certificate) throws IOException {
        Identities.Authority authority = Identities.authority(dir);
        if (!certificate.getIssuerX500Principal().equals(authority.certificate().getSubjectX500Principal())) {
            throw new IOException("the certificate " + certificate.getSubjectX500Principal().getName() + " was issued by "
                    + certificate.getIssuerX500Principal().getName() + ", not by the CA of " + dir + ": revoke it with its own CA");
        }
        Path file = dir.resolve(Identities.CRL);
        List<Revoked> entries = new ArrayList<>(Files.exists(file) ? read(file) : List.of());
        if (entries.stream().anyMatch(r -> r.serial().equals(certificate.getSerialNumber()))) {
            return false;
        }
        entries.add(new Revoked(certificate.getSerialNumber(), Instant.now()));
        write(file, authority, entries);
        return true;
    }

    /** The entries of the list in {@code file}. */
    public static List<Revoked> read(Path file) throws IOException {
        try {
            X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(Files.readAllBytes(file)));
            List<Revoked> entries = new ArrayList<>();
            if (crl.getRevokedCertificates() != null) {
                for (X509CRLEntry entry : crl.getRevokedCertificates()) {
                    entries.add(new Revoked(entry.getSerialNumber(), entry.getRevocationDate().toInstant()));
                }
            }
            return entries;
        } catch (GeneralSecurityException e) {
            throw new IOException(file + " is not a certificate revocation list: " + e.getMessage(), e);
        }
    }

    /** Writes a list of {@code entries} signed by {@code authority} as PEM to {@code file} (mode 0600). */
    static Path write(Path file, Identities.Authority authority, List<Revoked> entries) throws IOException {
        try {
            Instant now = Instant.now();
            X509v2CRLBuilder builder = new X509v2CRLBuilder(X500Name.getInstance(authority.certificate().getSubjectX500Principal().getEncoded()),
                    Date.from(now));
            builder.setNextUpdate(Date.from(now.plus(NEXT_UPDATE)));
            for (Revoked entry : entries) {
                builder.addCRLEntry(entry.serial(), Date.from(entry.when()), CRLReason.unspecified);
            }
            X509CRL crl = new JcaX509CRLConverter().getCRL(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(authority.key())));
            String pem = "-----BEGIN X509 CRL-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(crl.getEncoded()) + "\n-----END X509 CRL-----\n";
            KeyFiles.writePrivate(file, pem.getBytes(StandardCharsets.US_ASCII));
            return file;
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IOException("cannot write the revocation list " + file + ": " + e.getMessage(), e);
        }
    }
}
