package org.devassign.agent.api.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

import org.devassign.core.identity.Printable;

/**
 * A certificate's SHA-256 fingerprint, the form a client pins an agent by and the audit log names a
 * client by. Shown as OpenSSL shows it ({@code openssl x509 -noout -fingerprint -sha256}:
 * {@code 3F:A2:...}, 32 pairs); read in that form, as 64 hex digits, with or without a
 * {@code SHA256:} prefix, in either case.
 */
public final class Fingerprint {

    private static final HexFormat COLONS = HexFormat.ofDelimiter(":").withUpperCase();

    private Fingerprint() {
    }

    /** The fingerprint of {@code certificate}, {@code 3F:A2:...}. */
    public static String of(X509Certificate certificate) {
        try {
            return COLONS.formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot take the SHA-256 of a certificate: " + e.getMessage(), e);
        }
    }

    /**
     * {@code text} in the form {@link #of} shows.
     *
     * @throws IllegalArgumentException saying what a fingerprint looks like
     */
    public static String parse(String text) {
        String value = text == null ? "" : text.strip();
        String lower = value.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] { "sha256 fingerprint=", "sha256:", "sha-256:" }) {
            if (lower.startsWith(prefix)) {
                value = value.substring(prefix.length()).strip();
                break;
            }
        }
        String hex = value.replace(":", "");
        if (!hex.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException(Printable.quote(text) + " is not a SHA-256 fingerprint: expected 32 hex pairs such as "
                    + "3F:A2:...:9C (as 'openssl x509 -noout -fingerprint -sha256' prints it) or 64 hex digits");
        }
        return COLONS.formatHex(HexFormat.of().parseHex(hex));
    }

    /** Whether two fingerprints, in any form {@link #parse} reads, are the same. */
    public static boolean same(String a, String b) {
        return MessageDigest.isEqual(parse(a).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                parse(b).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
