package org.devassign.agent.api.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Key and trust material from files. A key store is PKCS#12 with its password in a private file
 * ({@link KeyFiles}); both are checked to be private before they are read. A trust store holds only
 * public certificates: PEM ({@code -----BEGIN CERTIFICATE-----}, any number), DER, or PKCS#12, which
 * {@code devassign certs init} writes without a password (a password there would protect nothing
 * secret); a PKCS#12 trust store of your own may have a password file.
 */
public final class TlsStores {

    private static final long MAX_STORE_BYTES = 1 << 20;

    private TlsStores() {
    }

    /** A loaded key store and the password that opens its key. */
    public record Keys(KeyStore store, char[] password) {

        public KeyManager[] managers() throws IOException {
            try {
                KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(store, password);
                return kmf.getKeyManagers();
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot use the key store: " + e.getMessage(), e);
            }
        }

        /** The certificate of the store's (first) key entry. */
        public X509Certificate certificate() throws IOException {
            try {
                for (String alias : Collections.list(store.aliases())) {
                    if (store.isKeyEntry(alias) && store.getCertificate(alias) instanceof X509Certificate certificate) {
                        return certificate;
                    }
                }
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot read the key store: " + e.getMessage(), e);
            }
            throw new IOException("the key store holds no key with a certificate");
        }
    }

    /** The PKCS#12 key store {@code keystore}, opened with the password in {@code passwordFile}; both must be private. */
    public static Keys keys(Path keystore, Path passwordFile) throws IOException {
        if (!Files.exists(keystore)) {
            throw new NoSuchFileException(keystore.toString());
        }
        char[] password = KeyFiles.readPassword(passwordFile, keystore);
        KeyFiles.checkPrivate(keystore);
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(read(keystore)), password);
            return new Keys(store, password);
        } catch (GeneralSecurityException | IOException e) {
            if (e instanceof NoSuchFileException) {
                throw (NoSuchFileException) e;
            }
            throw new IOException("cannot open the key store " + keystore + " with the password in " + passwordFile + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The certificates of a trust store: PEM or DER certificates, or a PKCS#12 store (with the password
     * in {@code passwordFile} when that is given and exists, else without one).
     */
    public static List<X509Certificate> certificates(Path truststore, Path passwordFile) throws IOException {
        byte[] bytes = read(truststore);
        try {
            if (looksLikeCertificates(bytes)) {
                List<X509Certificate> certificates = new ArrayList<>();
                for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(bytes))) {
                    certificates.add((X509Certificate) c);
                }
                if (certificates.isEmpty()) {
                    throw new IOException(truststore + " holds no certificate");
                }
                return certificates;
            }
            char[] password = passwordFile != null && Files.exists(passwordFile) ? KeyFiles.readPassword(passwordFile, truststore) : null;
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password);
            List<X509Certificate> certificates = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.getCertificate(alias) instanceof X509Certificate certificate) {
                    certificates.add(certificate);
                }
            }
            if (certificates.isEmpty()) {
                throw new IOException(truststore + " holds no certificate" + (password == null ? " readable without a password"
                        + " (a PKCS#12 trust store with a password needs its password file " + KeyFiles.passwordFileOf(truststore) + ")"
                        : ""));
            }
            return certificates;
        } catch (GeneralSecurityException | IOException e) {
            if (e instanceof IOException io && io.getMessage() != null && io.getMessage().startsWith(truststore.toString())) {
                throw io;
            }
            throw new IOException("cannot read the trust store " + truststore + " (PEM or PKCS#12 certificates): " + e.getMessage(), e);
        }
    }

    private static boolean looksLikeCertificates(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.US_ASCII);
        if (head.contains("-----BEGIN")) {
            return true;
        }
        try {
            CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(bytes));
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The JDK's PKIX trust manager over {@code certificates}. */
    public static X509TrustManager pkix(List<X509Certificate> certificates) throws IOException {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            int i = 0;
            for (X509Certificate certificate : certificates) {
                trust.setCertificateEntry("ca" + i++, certificate);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
            tmf.init(trust);
            return (X509TrustManager) Arrays.stream(tmf.getTrustManagers()).filter(X509TrustManager.class::isInstance).findFirst()
                    .orElseThrow(() -> new IOException("no X.509 trust manager"));
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up the trusted certificates: " + e.getMessage(), e);
        }
    }

    /** A TLS 1.3 context. */
    public static SSLContext context(KeyManager[] keys, TrustManager trust) throws IOException {
        try {
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(keys, new TrustManager[] { trust }, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS 1.3: " + e.getMessage(), e);
        }
    }

    private static byte[] read(Path file) throws IOException {
        if (Files.size(file) > MAX_STORE_BYTES) {
            throw new IOException(file + " is larger than " + MAX_STORE_BYTES + " bytes: not a key or trust store");
        }
        return Files.readAllBytes(file);
    }
}
