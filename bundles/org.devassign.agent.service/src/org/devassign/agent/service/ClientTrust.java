package org.devassign.agent.service;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The agent's check of a client certificate in the handshake: the JDK's PKIX validation against the
 * trust store (signature, validity, key usage), then the revocation list, whose current content is
 * used for every handshake (a reload takes effect on the next one).
 */
final class ClientTrust extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager pkix;
    private final RevocationList revoked;

    ClientTrust(X509ExtendedTrustManager pkix, RevocationList revoked) {
        this.pkix = pkix;
        this.revoked = revoked;
    }

    private void revocation(X509Certificate[] chain) throws CertificateException {
        for (X509Certificate certificate : chain) {
            revoked.check(certificate);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        pkix.checkClientTrusted(chain, authType, socket);
        revocation(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        pkix.checkClientTrusted(chain, authType, engine);
        revocation(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        pkix.checkClientTrusted(chain, authType);
        revocation(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("the agent trusts no servers");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("the agent trusts no servers");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the agent trusts no servers");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return pkix.getAcceptedIssuers();
    }
}
