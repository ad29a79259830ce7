package org.devassign.agent.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CRL;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * The revoked client certificates: the CRL file the config names ({@code tls.crl}, PEM or DER, one
 * list per CA), read again on {@link #reload} (SIGHUP). The agent has one, and both of its ways in
 * ask it: the TLS listener in every handshake ({@link ClientTrust}), the broker endpoint for every
 * signed command (the signer's chain). A list is taken only when a trusted CA of the same name
 * signed it; a file that cannot be read, or a list no trusted CA signed, keeps the agent from
 * starting, and on a reload keeps the lists it had.
 */
public final class RevocationList {

    private static final long MAX_BYTES = 64L << 20;

    private final Path file;
    private final List<X509Certificate> authorities;
    private volatile List<X509CRL> lists;

    private RevocationList(Path file, List<X509Certificate> authorities, List<X509CRL> lists) {
        this.file = file;
        this.authorities = authorities;
        this.lists = lists;
    }

    /** The lists in {@code file} (none when it is null), each checked against {@code authorities}. */
    public static RevocationList load(Path file, List<X509Certificate> authorities) throws IOException {
        return new RevocationList(file, authorities, file == null ? List.of() : read(file, authorities));
    }

    /** What the lists hold now, for the log and the audit. */
    public String describe() {
        return file == null ? "no revocation list (tls.crl)" : revoked() + " revoked in " + file;
    }

    /** Reads the file again; on any error the lists stay as they were and the error says why. */
    public void reload() throws IOException {
        if (file != null) {
            lists = read(file, authorities);
        }
    }

    /** How many certificates the lists revoke. */
    public int revoked() {
        return lists.stream().mapToInt(l -> l.getRevokedCertificates() == null ? 0 : l.getRevokedCertificates().size()).sum();
    }

    public Path file() {
        return file;
    }

    /** Refuses {@code certificate} if a list of its issuer revokes it. */
    public void check(X509Certificate certificate) throws CertificateException {
        for (X509CRL list : lists) {
            if (list.getIssuerX500Principal().equals(certificate.getIssuerX500Principal()) && list.isRevoked(certificate)) {
                throw new CertificateException("the certificate " + PeerIdentity.name(certificate.getSubjectX500Principal()) + " (serial 0x"
                        + certificate.getSerialNumber().toString(16) + ") is revoked by " + file.getFileName());
            }
        }
    }

    private static List<X509CRL> read(Path file, List<X509Certificate> authorities) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file + " is larger than " + MAX_BYTES + " bytes: not a revocation list");
        }
        List<X509CRL> lists = new ArrayList<>();
        try {
            for (CRL crl : CertificateFactory.getInstance("X.509").generateCRLs(new ByteArrayInputStream(Files.readAllBytes(file)))) {
                X509CRL list = (X509CRL) crl;
                lists.add(verified(file, list, authorities));
            }
        } catch (GeneralSecurityException e) {
            throw new IOException(file + " is not a certificate revocation list (PEM or DER): " + e.getMessage(), e);
        }
        if (lists.isEmpty()) {
            throw new IOException(file + " holds no revocation list: write one with 'devassign certs revoke', or remove tls.crl");
        }
        return List.copyOf(lists);
    }

    private static X509CRL verified(Path file, X509CRL list, List<X509Certificate> authorities) throws IOException {
        for (X509Certificate authority : authorities) {
            if (authority.getSubjectX500Principal().equals(list.getIssuerX500Principal())) {
                try {
                    list.verify(authority.getPublicKey());
                    return list;
                } catch (GeneralSecurityException e) {
                    // another CA of the same name may have signed it
                }
            }
        }
        throw new IOException(file + ": the revocation list of " + PeerIdentity.name(list.getIssuerX500Principal())
                + " is not signed by a CA of the trust store: make it with that CA ('devassign certs revoke' in its folder)");
    }
}
