package org.devassign.fleet.sign;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.devassign.agent.api.tls.KeyFiles;
import org.devassign.agent.api.tls.TlsStores;

/**
 * One side's identity on a broker: its PKCS#12 key store (key and certificate chain) with the
 * password file next to it, and the trust store with the CA, as {@code devassign certs} writes them. Gives the TLS
 * context for the broker connection, the signer of commands and the CA to check signers against.
 */
public final class FleetIdentity {

    private final Path keystore;
    private final KeyStore keys;
    private final KeyStore trust;
    private final char[] password;
    private final String alias;

    private FleetIdentity(Path keystore, KeyStore keys, KeyStore trust, char[] password, String alias) {
        this.keystore = keystore;
        this.keys = keys;
        this.trust = trust;
        this.password = password;
        this.alias = alias;
    }

    /**
     * The identity of a PKCS#12 key store opened with the password in {@code passwordFile} (both must
     * be private to their owner: {@link TlsStores#keys}), trusting the certificates of {@code truststore}
     * (PEM, or PKCS#12 without a password, as {@code devassign certs} writes it).
     */
    public static FleetIdentity load(Path keystore, Path passwordFile, Path truststore) throws IOException {
        TlsStores.Keys keys = TlsStores.keys(keystore, passwordFile);
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            List<X509Certificate> authorities = TlsStores.certificates(truststore, KeyFiles.passwordFileOf(truststore));
            for (int i = 0; i < authorities.size(); i++) {
                trust.setCertificateEntry("ca" + i, authorities.get(i));
            }
            String alias = null;
            for (String a : Collections.list(keys.store().aliases())) {
                if (keys.store().isKeyEntry(a)) {
                    alias = a;
                    break;
                }
            }
            if (alias == null) {
                throw new IOException(keystore + " holds no key: give the PKCS#12 store of a key and its certificate");
            }
            return new FleetIdentity(keystore, keys.store(), trust, keys.password(), alias);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use the identity " + keystore + ": " + e.getMessage(), e);
        }
    }

    /**
     * An identity held in memory only, from a key, its chain (own certificate first) and the CAs to
     * trust. A simulation of thousands of boards uses this: reading a PKCS#12 file costs tens of
     * milliseconds of key derivation each.
     */
    public static FleetIdentity of(PrivateKey key, List<X509Certificate> chain, List<X509Certificate> authorities) throws IOException {
        try {
            char[] password = "in-memory".toCharArray();
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("identity", key, password, chain.toArray(Certificate[]::new));
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            for (int i = 0; i < authorities.size(); i++) {
                trust.setCertificateEntry("ca" + i, authorities.get(i));
            }
            return new FleetIdentity(Path.of("(in memory: " + commonName(chain.get(0)) + ")"), keys, trust, password, "identity");
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot hold the identity " + commonName(chain.get(0)) + ": " + e.getMessage(), e);
        }
    }

    /** TLS 1.3 (the broker may allow 1.2; this side does not) with this identity's certificate, trusting the CA. */
    public SSLContext tls() throws IOException {
        try {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, password);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS with " + keystore + ": " + e.getMessage(), e);
        }
    }

    /** The certificate chain, this identity's own certificate first. */
    public List<X509Certificate> chain() throws IOException {
        try {
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : keys.getCertificateChain(alias)) {
                chain.add((X509Certificate) c);
            }
            return chain;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the certificate chain of " + keystore + ": " + e.getMessage(), e);
        }
    }

    /** The CN of this identity's certificate: a board's name, a client's identity at the broker. */
    public String commonName() throws IOException {
        return commonName(chain().get(0));
    }

    public CommandSigner signer() throws IOException {
        try {
            return new CommandSigner((PrivateKey) keys.getKey(alias, password), chain());
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the key of " + keystore + ": " + e.getMessage(), e);
        }
    }

    /** The CA certificates of the trust store, which signers must chain to. */
    public List<X509Certificate> authorities() throws IOException {
        try {
            List<X509Certificate> cas = new ArrayList<>();
            for (String a : Collections.list(trust.aliases())) {
                if (trust.getCertificate(a) instanceof X509Certificate x) {
                    cas.add(x);
                }
            }
            return cas;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the trust store: " + e.getMessage(), e);
        }
    }

    static String commonName(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (InvalidNameException e) {
            // no CN to be found: the whole subject names it
        }
        return certificate.getSubjectX500Principal().getName();
    }
}
