package org.devassign.fleet.sign;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs commands with a client's key ({@link FleetIdentity#signer}): the user properties of
 * {@link SignedCommand} for one request. Thread-safe.
 */
public final class CommandSigner {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PrivateKey key;
    private final String chain;

    CommandSigner(PrivateKey key, List<X509Certificate> chain) throws java.io.IOException {
        this.key = key;
        try {
            StringBuilder encoded = new StringBuilder();
            for (X509Certificate c : chain) {
                if (!encoded.isEmpty()) {
                    encoded.append('.');
                }
                encoded.append(Base64.getEncoder().encodeToString(c.getEncoded()));
            }
            this.chain = encoded.toString();
        } catch (CertificateEncodingException e) {
            throw new java.io.IOException("cannot encode the signer's certificate: " + e.getMessage(), e);
        }
    }

    /**
     * @param validFor how long the agent may start the command after now (it refuses it later)
     */
    public Map<String, String> sign(String board, String method, String replyTopic, byte[] correlation, byte[] payload, long nowMillis,
            Duration validFor) {
        byte[] nonceBytes = new byte[16];
        RANDOM.nextBytes(nonceBytes);
        String nonce = HexFormat.of().formatHex(nonceBytes);
        long expires = nowMillis + validFor.toMillis();
        try {
            Signature signature = Signature.getInstance(SignedCommand.ALGORITHM);
            signature.initSign(key);
            signature.update(SignedCommand.bytes(SignedCommand.text(board, method, replyTopic, correlation, nowMillis, expires, nonce, payload)));
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put(SignedCommand.CHAIN, chain);
            properties.put(SignedCommand.SIGNATURE, Base64.getEncoder().encodeToString(signature.sign()));
            properties.put(SignedCommand.TIME, Long.toString(nowMillis));
            properties.put(SignedCommand.EXPIRES, Long.toString(expires));
            properties.put(SignedCommand.NONCE, nonce);
            return properties;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the key of this identity: " + e.getMessage(), e);
        }
    }

    /** For tests: the chain as sent, to forge a command with another's certificates. */
    public String encodedChain() {
        return chain;
    }

}
