/**
 * The files of a TLS identity, as both ends of the protocol read them: PKCS#12 key stores whose
 * random password sits in a file of its own next to the store ({@code agent.p12}, {@code agent.pass}),
 * files that must be private to their owner (checked as ssh checks its keys), trust stores of
 * certificates (PKCS#12 without a password, or PEM), and SHA-256 certificate fingerprints for
 * pinning. Plain Java (JSSE, no Bouncy Castle, no OSGi); making certificates is the deploy client's
 * business ({@code org.devassign.deploy.Identities}).
 */
package org.devassign.agent.api.tls;
