package org.devassign.agent.service;

import java.security.cert.X509Certificate;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

import org.devassign.agent.api.tls.Fingerprint;

/**
 * A client as the handshake showed it: its certificate's subject, issuer, serial and SHA-256
 * fingerprint, and the address it came from. The subject names it in hello and in the audit log's
 * {@code who}; the rest goes with every audit record of its session, so that two certificates with
 * the same subject (or a revoked one and its replacement) can be told apart.
 *
 * @param serial hex, without 0x
 */
public record PeerIdentity(String subject, String issuer, String serial, String sha256, String address) {

    public static PeerIdentity of(X509Certificate certificate, String address) {
        return new PeerIdentity(name(certificate.getSubjectX500Principal()), name(certificate.getIssuerX500Principal()),
                certificate.getSerialNumber().toString(16), Fingerprint.of(certificate), address);
    }

    /** A distinguished name CN first, as openssl and people write it (RFC 2253 text is the other way round). */
    static String name(X500Principal principal) {
        try {
            StringBuilder text = new StringBuilder();
            for (Rdn rdn : new LdapName(principal.getName()).getRdns()) { // index 0: the last RDN of the text
                text.append(text.isEmpty() ? "" : ",").append(rdn);
            }
            return text.toString();
        } catch (InvalidNameException e) {
            return principal.getName();
        }
    }
}
