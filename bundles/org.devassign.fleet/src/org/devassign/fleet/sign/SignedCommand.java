package org.devassign.fleet.sign;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * What a command's signature covers, and the MQTT 5 user properties that carry it. The signed text
 * binds the payload (its SHA-256) to the board it is for, the method (so a topic's verb cannot be
 * swapped), the reply topic and correlation data (so answers cannot be redirected), and a validity
 * window with a nonce (so a command cannot be replayed, or acted on when it arrives late).
 *
 * <p>Commands sent together (a rollout's wave) may share one signature: each command's own text
 * (the same fields but the times) is a leaf of a hash tree ({@link MerkleTree}), the signature
 * covers the tree's root with the validity window, and each command carries its path to the root
 * ({@link #PROOF}). A board checks its own leaf: the binding to its name, method, reply topic,
 * correlation, nonce and payload is the same as a command signed alone; the operator signs once per
 * wave, and an agent that checked the root's signature once need not check it again.
 */
public final class SignedCommand {

    /** The signer's certificate chain: base64 DER certificates, own first, separated by '.'. */
    public static final String CHAIN = "devassign-signer";
    /** Base64 of the DER ECDSA signature of {@link #text}. */
    public static final String SIGNATURE = "devassign-signature";
    /** When it was signed and until when it may be started, epoch milliseconds. */
    public static final String TIME = "devassign-time";
    public static final String EXPIRES = "devassign-expires";
    /** 16 random bytes, hex: no two commands share one. */
    public static final String NONCE = "devassign-nonce";

    /**
     * Present on a command signed as one of several: base64 of its path in the hash tree, each step
     * one byte (0: the sibling is on the left, 1: on the right) and the sibling's 32-byte hash.
     */
    public static final String PROOF = "devassign-proof";

    public static final String ALGORITHM = "SHA256withECDSA";

    /**
     * Not signed: {@code none} asks the agent for the answer only, without progress notifications
     * (a rollout follows answers; progress is ten times the answer's messages). It can only take
     * messages away from the signer's own reply topic, so it needs no signature.
     */
    public static final String PROGRESS = "devassign-progress";

    private SignedCommand() {
    }

    static String text(String board, String method, String replyTopic, byte[] correlation, long time, long expires, String nonce,
            byte[] payload) {
        return "devassign-command 1\n" + board + "\n" + method + "\n" + replyTopic + "\n"
                + Base64.getEncoder().encodeToString(correlation == null ? new byte[0] : correlation) + "\n" + time + "\n" + expires
                + "\n" + nonce + "\n" + sha256(payload) + "\n";
    }

    /** A command's own text when it is signed as one of several: everything {@link #text} binds but the times, which the root's text binds. */
    static byte[] leafText(String board, String method, String replyTopic, byte[] correlation, String nonce, byte[] payload) {
        return bytes("devassign-command-leaf 1\n" + board + "\n" + method + "\n" + replyTopic + "\n"
                + Base64.getEncoder().encodeToString(correlation == null ? new byte[0] : correlation) + "\n" + nonce + "\n" + sha256(payload)
                + "\n");
    }

    /** What the signature of commands signed together covers: their tree's root and their validity window. */
    static byte[] batchText(byte[] root, long time, long expires) {
        return bytes("devassign-batch 1\n" + HexFormat.of().formatHex(root) + "\n" + time + "\n" + expires + "\n");
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] payload) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
