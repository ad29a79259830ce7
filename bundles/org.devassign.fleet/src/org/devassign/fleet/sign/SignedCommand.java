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
