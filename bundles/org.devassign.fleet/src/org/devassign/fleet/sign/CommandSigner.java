package org.devassign.fleet.sign;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
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
        String nonce = nonce();
        long expires = nowMillis + validFor.toMillis();
        String signature = signature(SignedCommand.bytes(SignedCommand.text(board, method, replyTopic, correlation, nowMillis, expires, nonce,
                payload)));
        return properties(signature, nowMillis, expires, nonce);
    }

    /** One command to sign with others ({@link #signAll}). */
    public record Command(String board, String method, String replyTopic, byte[] correlation, byte[] payload) {
    }

    /**
     * Signs commands together: one signature over their hash tree's root and one validity window
     * ({@link SignedCommand#PROOF}); each command gets its own nonce and proof. One command is
     * signed alone, as {@link #sign} does.
     *
     * @return each command's user properties, in the order of {@code commands}
     */
    public List<Map<String, String>> signAll(List<Command> commands, long nowMillis, Duration validFor) {
        if (commands.size() == 1) {
            Command c = commands.get(0);
            return List.of(sign(c.board(), c.method(), c.replyTopic(), c.correlation(), c.payload(), nowMillis, validFor));
        }
        long expires = nowMillis + validFor.toMillis();
        List<String> nonces = new ArrayList<>(commands.size());
        List<byte[]> leaves = new ArrayList<>(commands.size());
        for (Command c : commands) {
            String nonce = nonce();
            nonces.add(nonce);
            leaves.add(MerkleTree.leaf(SignedCommand.leafText(c.board(), c.method(), c.replyTopic(), c.correlation(), nonce, c.payload())));
        }
        List<byte[]> proofs = MerkleTree.proofs(leaves);
        byte[] root = MerkleTree.root(leaves.get(0), proofs.get(0));
        String signature = signature(SignedCommand.batchText(root, nowMillis, expires));
        List<Map<String, String>> all = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            Map<String, String> properties = properties(signature, nowMillis, expires, nonces.get(i));
            properties.put(SignedCommand.PROOF, Base64.getEncoder().encodeToString(proofs.get(i)));
            all.add(properties);
        }
        return all;
    }

    private static String nonce() {
        byte[] nonceBytes = new byte[16];
        RANDOM.nextBytes(nonceBytes);
        return HexFormat.of().formatHex(nonceBytes);
    }

    private String signature(byte[] text) {
        try {
            Signature signature = Signature.getInstance(SignedCommand.ALGORITHM);
            signature.initSign(key);
            signature.update(text);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the key of this identity: " + e.getMessage(), e);
        }
    }

    private Map<String, String> properties(String signature, long time, long expires, String nonce) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(SignedCommand.CHAIN, chain);
        properties.put(SignedCommand.SIGNATURE, signature);
        properties.put(SignedCommand.TIME, Long.toString(time));
        properties.put(SignedCommand.EXPIRES, Long.toString(expires));
        properties.put(SignedCommand.NONCE, nonce);
        return properties;
    }

    /** For tests: the chain as sent, to forge a command with another's certificates. */
    public String encodedChain() {
        return chain;
    }

}
