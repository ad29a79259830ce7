/**
 * Signed commands: an MQTT topic is no identity, so every command carries its sender's certificate
 * chain and a signature over the command, its target board, its reply topic and a short validity;
 * the agent checks them against its CA and maps the signer's certificate (subject and issuer) to
 * roles, as for a TLS client certificate. Plain JDK cryptography (ECDSA P-256, SHA-256); no MQTT and no OSGi here.
 */
package org.devassign.fleet.sign;
