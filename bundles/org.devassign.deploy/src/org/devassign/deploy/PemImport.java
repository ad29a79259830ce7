package org.devassign.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.devassign.agent.api.tls.KeyFiles;

/**
 * Brings a client identity kept as PEM files (certificate, key, CA: what the workbench's Certificates
 * page stored before it used the CLI's folders) into a certificates folder in the one format both
 * use: {@code client.p12} with its password file, and {@code ca.p12} when the folder has none.
 * {@link org.devassign.deploy.AgentLink.Identity#of} uses {@code client.p12} for every role that
 * has no store of its own, so the agent's config decides what that one certificate may do.
 */
public final class PemImport {

    /** The store an imported identity is written to. */
    public static final String CLIENT = "client.p12";

    private PemImport() {
    }

    /** @return the files written */
    public static List<Path> into(Path dir, Path certificatePem, Path keyPem, Path caPem) throws IOException {
        X509Certificate certificate = certificate(certificatePem);
        X509Certificate ca = certificate(caPem);
        PrivateKey key = key(keyPem);
        KeyFiles.privateFolder(dir);
        List<Path> written = new ArrayList<>();
        written.add(Identities.writeKey(dir.resolve(CLIENT), "client", key, certificate, ca));
        written.add(KeyFiles.passwordFileOf(dir.resolve(CLIENT)));
        if (!Files.exists(dir.resolve("ca.p12"))) {
            written.add(Identities.writeTrust(dir.resolve("ca.p12"), ca));
        }
        return written;
    }

    static X509Certificate certificate(Path file) throws IOException {
        for (Object item : items(file)) {
            if (item instanceof X509CertificateHolder holder) {
                try {
                    return new JcaX509CertificateConverter().getCertificate(holder);
                } catch (java.security.cert.CertificateException e) {
                    throw new IOException(file + ": the certificate cannot be read: " + e.getMessage(), e);
                }
            }
        }
        throw new IOException(file + " holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
    }

    static PrivateKey key(Path file) throws IOException {
        KeyFiles.checkPrivate(file);
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        for (Object item : items(file)) {
            if (item instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
            if (item instanceof PEMKeyPair pair) {
                return converter.getKeyPair(pair).getPrivate();
            }
            if (item instanceof PEMEncryptedKeyPair || item instanceof PKCS8EncryptedPrivateKeyInfo) {
                throw new IOException(file + " holds an encrypted key: decrypt it first (openssl pkey -in " + file
                        + " -out key.pem), import that, then delete it");
            }
        }
        throw new IOException(file + " holds no PEM private key (-----BEGIN PRIVATE KEY----- or EC/RSA PRIVATE KEY)");
    }

    private static List<Object> items(Path file) throws IOException {
        List<Object> items = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file); PEMParser parser = new PEMParser(in)) {
            for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
                items.add(item);
            }
        } catch (IOException e) {
            if (e instanceof java.nio.file.NoSuchFileException) {
                throw e;
            }
            throw new IOException(file + " is not a PEM file: " + e.getMessage(), e);
        }
        return items;
    }
}
