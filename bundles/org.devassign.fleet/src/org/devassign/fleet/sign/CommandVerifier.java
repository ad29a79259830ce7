package org.devassign.fleet.sign;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

import org.devassign.core.identity.Printable;

/**
 * The agent's check of a signed command ({@link SignedCommand}): the chain leads to one of the
 * agent's CAs (PKIX, at the time of the check) and ends in a client certificate; the signature over
 * the command, board, method, reply topic and correlation is the certificate's key's; the command
 * is within its validity and its nonce is new. The signer's certificate is then the identity the
 * agent maps to roles (by its subject and issuer), exactly as for a TLS client certificate.
 *
 * <p>Chains already validated are remembered for the whole process (by the trust anchors and the
 * chain's digest, until the certificate expires), and so are signatures already found valid
 * ({@link VerifiedSignatures}): commands signed together ({@link SignedCommand#PROOF}) cost one check
 * of their shared signature, and each board still checks its own leaf, times and nonce. What can
 * change while the agent runs (its revocation list, read again on SIGHUP) is a
 * {@link CertificateCheck} asked for every command, never remembered.
 */
public final class CommandVerifier {

    /** A command refused, and why (for the audit log and the answer). */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final String claimed;

        Refused(String message, String claimed) {
            super(message, null, false, false);
            this.claimed = claimed;
        }

        /** The CN the command claims (its chain's first certificate), unverified; null when there is none. */
        public String claimed() {
            return claimed;
        }
    }

    /** Who signed: the certificate's CN and subject, and the certificate (roles are given by its subject and issuer). */
    public record Signer(String commonName, String subject, X509Certificate certificate) {
    }

    /**
     * A check of the signer's chain that may change while the agent runs: the agent's revocation
     * list, the same one its TLS listener checks in every handshake. It is asked for each
     * certificate of the chain on every command; its exception's message is the refusal.
     */
    @FunctionalInterface
    public interface CertificateCheck {
        /** Takes every certificate. */
        CertificateCheck NONE = certificate -> {
        };

        void check(X509Certificate certificate) throws CertificateException;
    }

    private static final int MAX_CHAIN = 4;

    /** The base64 text of the longest proof a wave can have: longer ones are refused unread. */
    private static final int MAX_PROOF_TEXT = (MerkleTree.MAX_STEPS * MerkleTree.STEP + 2) / 3 * 4;
    private static final int MAX_CACHED = 256;

    private final Set<TrustAnchor> anchors = new HashSet<>();
    private final LongSupplier clock;
    private final Duration skew;
    private final Duration maxValidity;
    private final ReplayGuard replays;
    private final CertificateCheck revocation;
    /**
     * Chains validated in this process, by the digest of the trust anchors and the chain: a real
     * agent has one verifier, a simulation of a thousand agents with the same CA validates the
     * operator's chain once, not once per agent. Guarded by itself.
     */
    private static final Map<String, Cached> CHAINS = new LinkedHashMap<>(16, 0.75f, true);
    private final String anchorsKey;
    private final VerifiedSignatures signatures = VerifiedSignatures.PROCESS;

    private record Cached(Signer signer, X509Certificate leaf, List<X509Certificate> chain, long notBefore, long notAfter) {
    }

    /**
     * @param clock epoch milliseconds
     * @param skew how far a command's time may be from the agent's clock
     * @param maxValidity the longest validity a command may claim
     */
    public CommandVerifier(List<X509Certificate> authorities, LongSupplier clock, Duration skew, Duration maxValidity) {
        this(authorities, clock, skew, maxValidity, CertificateCheck.NONE);
    }

    /** @param revocation asked for every certificate of the signer's chain on every command (the agent's revocation list) */
    public CommandVerifier(List<X509Certificate> authorities, LongSupplier clock, Duration skew, Duration maxValidity,
            CertificateCheck revocation) {
        authorities.forEach(ca -> anchors.add(new TrustAnchor(ca, null)));
        this.anchorsKey = anchorsKey(authorities);
        this.clock = clock;
        this.skew = skew;
        this.maxValidity = maxValidity;
        this.replays = new ReplayGuard(100_000);
        this.revocation = revocation;
    }

    public static CommandVerifier standard(List<X509Certificate> authorities) {
        return standard(authorities, CertificateCheck.NONE);
    }

    /** The standard limits, with the agent's revocation list asked on every command. */
    public static CommandVerifier standard(List<X509Certificate> authorities, CertificateCheck revocation) {
        return new CommandVerifier(authorities, System::currentTimeMillis, Duration.ofMinutes(5), Duration.ofHours(1), revocation);
    }

    public Signer verify(String board, String method, String replyTopic, byte[] correlation, byte[] payload, Map<String, String> properties)
            throws Refused {
        String chain = properties.get(SignedCommand.CHAIN);
        String signature = properties.get(SignedCommand.SIGNATURE);
        if (chain == null || signature == null) {
            throw new Refused("the command is not signed: an agent takes commands signed by a certificate of its CA "
                    + "(user properties " + SignedCommand.CHAIN + " and " + SignedCommand.SIGNATURE + "; devassign fleet signs them)", null);
        }
        Cached signer = signer(chain);
        for (X509Certificate certificate : signer.chain()) {
            try {
                revocation.check(certificate);
            } catch (CertificateException e) {
                throw new Refused(e.getMessage(), signer.signer().commonName());
            }
        }
        long now = clock.getAsLong();
        long time = number(properties, SignedCommand.TIME, signer);
        long expires = number(properties, SignedCommand.EXPIRES, signer);
        String nonce = properties.get(SignedCommand.NONCE);
        if (nonce == null || !nonce.matches("[0-9a-f]{32}")) {
            throw new Refused("the command's nonce is missing or not 32 hex digits", signer.signer().commonName());
        }
        if (time > now + skew.toMillis()) {
            throw new Refused("the command was signed " + (time - now) / 1000 + " s in the future of this agent's clock: "
                    + "check the clocks of the board and the sender", signer.signer().commonName());
        }
        if (expires - time > maxValidity.toMillis() || expires < time) {
            throw new Refused("the command claims a validity of " + (expires - time) / 1000 + " s, more than the " + maxValidity.toSeconds()
                    + " s an agent accepts", signer.signer().commonName());
        }
        if (now > expires) {
            throw new Refused("the command expired " + (now - expires) / 1000 + " s ago (it was valid for " + (expires - time) / 1000
                    + " s): it is not started this late; send it again", signer.signer().commonName());
        }
        String proof = properties.get(SignedCommand.PROOF);
        if (proof != null && proof.length() > MAX_PROOF_TEXT) {
            throw new Refused("the command's proof is not a path of at most " + MerkleTree.MAX_STEPS + " steps: it is " + proof.length()
                    + " characters long", signer.signer().commonName());
        }
        try {
            byte[] signed = proof == null
                    ? SignedCommand.bytes(SignedCommand.text(board, method, replyTopic, correlation, time, expires, nonce, payload))
                    : SignedCommand.batchText(MerkleTree.root(MerkleTree.leaf(SignedCommand.leafText(board, method, replyTopic, correlation,
                            nonce, payload)), Base64.getDecoder().decode(proof)), time, expires);
            if (!signatures.verify(signer.leaf().getPublicKey(), signed, Base64.getDecoder().decode(signature))) {
                throw new Refused("the signature does not match the command (altered on the way, signed for another board, "
                        + "method or reply topic, or by another key than the certificate's)", signer.signer().commonName());
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new Refused("the signature cannot be checked: " + e.getMessage(), signer.signer().commonName());
        }
        if (!replays.firstUse(nonce, expires, now)) {
            throw new Refused("the command was received before (same nonce): a replay is not taken", signer.signer().commonName());
        }
        return signer.signer();
    }

    private static long number(Map<String, String> properties, String name, Cached signer) throws Refused {
        try {
            return Long.parseLong(properties.getOrDefault(name, ""));
        } catch (NumberFormatException e) {
            throw new Refused("the command's " + name + " is not a number of milliseconds", signer.signer().commonName());
        }
    }

    private Cached signer(String encoded) throws Refused {
        // the lock is held while a chain is validated: the other agents of a simulation wait for it, then take it from CHAINS
        synchronized (CHAINS) {
            return signerLocked(encoded);
        }
    }

    private Cached signerLocked(String encoded) throws Refused {
        String key = digest(anchorsKey + "\n" + encoded);
        Cached cached = CHAINS.get(key);
        long now = clock.getAsLong();
        if (cached != null && now >= cached.notBefore() && now <= cached.notAfter()) {
            return cached;
        }
        List<X509Certificate> certificates = new ArrayList<>();
        String claimed = null;
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            String[] parts = encoded.split("\\.");
            if (parts.length == 0) {
                throw new Refused("the signer's chain holds no certificate", null);
            }
            if (parts.length > MAX_CHAIN) {
                throw new Refused("the signer's chain has " + parts.length + " certificates, more than " + MAX_CHAIN, null);
            }
            for (String part : parts) {
                certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(part))));
            }
            X509Certificate leaf = certificates.get(0);
            claimed = FleetIdentity.commonName(leaf);
            List<X509Certificate> path = new ArrayList<>(certificates);
            path.removeIf(c -> anchors.stream().anyMatch(a -> a.getTrustedCert().equals(c)));
            if (path.isEmpty()) {
                throw new Refused("the signer's certificate is the CA itself: commands are signed by a client certificate", claimed);
            }
            CertPath certPath = factory.generateCertPath(path);
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(new Date(now));
            CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
            List<String> usage = leaf.getExtendedKeyUsage();
            if (usage != null && !usage.contains("1.3.6.1.5.5.7.3.2")) {
                throw new Refused("the signer's certificate " + Printable.quote(claimed) + " is not a client certificate "
                        + "(no clientAuth in its extended key usage)", claimed);
            }
            boolean[] keyUsage = leaf.getKeyUsage();
            if (keyUsage != null && !keyUsage[0]) {
                throw new Refused("the signer's certificate " + Printable.quote(claimed) + " may not sign (no digitalSignature)", claimed);
            }
            // the cached chain is good while every certificate of it is, not only the signer's own
            Cached fresh = new Cached(new Signer(claimed, leaf.getSubjectX500Principal().getName(), leaf), leaf,
                    List.copyOf(certificates), path.stream().mapToLong(c -> c.getNotBefore().getTime()).max().orElseThrow(),
                    path.stream().mapToLong(c -> c.getNotAfter().getTime()).min().orElseThrow());
            CHAINS.put(key, fresh);
            if (CHAINS.size() > MAX_CACHED) {
                CHAINS.remove(CHAINS.keySet().iterator().next());
            }
            return fresh;
        } catch (Refused e) {
            throw e;
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new Refused("the signer's certificate " + (claimed == null ? "" : Printable.quote(claimed) + " ")
                    + "is not one of this agent's CA, or not valid now: " + e.getMessage(), claimed);
        }
    }

    /** The trust anchors as one text: their DER digests, sorted (the order of a trust store is no difference). */
    private static String anchorsKey(List<X509Certificate> authorities) {
        List<String> digests = new ArrayList<>();
        for (X509Certificate ca : authorities) {
            try {
                digests.add(digest(Base64.getEncoder().encodeToString(ca.getEncoded())));
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalArgumentException("a CA certificate that cannot be encoded: " + e.getMessage(), e);
            }
        }
        digests.sort(null);
        return String.join(",", digests);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(SignedCommand.bytes(text)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
