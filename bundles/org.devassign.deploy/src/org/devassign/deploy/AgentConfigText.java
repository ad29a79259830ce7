package org.devassign.deploy;

import java.security.cert.X509Certificate;
import java.util.List;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/**
 * The agent's config that {@code devassign certs init} writes: the files of the folder, and (in a file
 * of their own, which travels with the keys) one client rule per role naming the certificate by its
 * subject and its issuer: the agent maps roles from both, as a CN alone would let any certificate
 * of any trusted CA with that CN in.
 */
final class AgentConfigText {

    private AgentConfigText() {
    }

    /** The agent's config: the files of the folder, the limits, and the client rules by reference ({@link #clients}). */
    static String agent(String listen) {
        return """
                # DevAssign agent config, written by 'devassign certs init' (paths are relative to this file).
                listen = %s
                # the agent's key and certificate, and the file with the key store's password (both mode 0600)
                tls.keystore = agent.p12
                tls.password.file = agent.pass
                # the CA whose client certificates are accepted, and its revocation list ('devassign certs revoke'
                # adds to it; the agent reads it again on SIGHUP: systemctl reload devassign-agent)
                tls.truststore = ca.p12
                tls.crl = %s
                # the client certificates and their roles (subject and issuer of each)
                clients = %s
                state = state
                backend = core
                sysfs = /sys
                limits.message.bytes = 1048576
                limits.rate = 200
                limits.connections = 128
                limits.handshakes = 512
                limits.handshakes.per.source = 16
                limits.handshake.seconds = 30
                limits.idle.seconds = 900
                handoff.dir = /run/devassign/consumers
                """.formatted(listen, Identities.CRL, Identities.CLIENTS);
    }

    /** The client rules: one per role, naming its certificate by subject and issuer. */
    static String clients(List<X509Certificate> clients) {
        StringBuilder rules = new StringBuilder("""
                # DevAssign client rules, written by 'devassign certs init': client.NAME = ROLES, then the certificate it
                # is: its subject and its issuer (both required), optionally client.NAME.serial = 0x... and
                # client.NAME.san = dns:NAME (or ip:, email:, uri:). A certificate has the roles of every rule it matches.
                # viewer: inventory, status; operator: plan, apply, rollback; debugger: registers and interrupts
                """);
        for (int i = 0; i < clients.size(); i++) {
            String role = Identities.ROLES.get(i);
            X509Certificate client = clients.get(i);
            rules.append("client.").append(role).append(" = ").append(role).append('\n');
            rules.append("client.").append(role).append(".subject = ").append(name(client.getSubjectX500Principal())).append('\n');
            rules.append("client.").append(role).append(".issuer = ").append(name(client.getIssuerX500Principal())).append('\n');
        }
        return rules.toString();
    }

    /** A distinguished name the way people read it (CN first, as openssl prints it); the agent reads either order. */
    static String name(X500Principal principal) {
        try {
            List<Rdn> rdns = new LdapName(principal.getName()).getRdns();
            StringBuilder text = new StringBuilder();
            for (Rdn rdn : rdns) { // index 0 is the last RDN of the RFC 2253 text: the CN
                text.append(text.isEmpty() ? "" : ",").append(rdn);
            }
            return text.toString();
        } catch (InvalidNameException e) {
            return principal.getName();
        }
    }
}
