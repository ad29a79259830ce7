package org.devassign.fleet.sign;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Signatures this process found valid, by the digest of (public key, signed bytes, signature): that
 * a key signed those bytes is a fact of mathematics, true for every agent of the process and for as
 * long as it runs, so it is checked once. Everything that can change or differs per board (the
 * chain's validity and revocation, the times, the nonce, the board the command is for) is checked
 * by {@link CommandVerifier} on every command, outside this. Only valid signatures are kept; a check
 * under way is shared (a thousand simulated agents given the same wave at once check it once).
 * Bounded: the least recently used result is forgotten first.
 */
final class VerifiedSignatures {

    /** The one of this process. */
    static final VerifiedSignatures PROCESS = new VerifiedSignatures(4096);

    private final int capacity;
    private final Map<String, CompletableFuture<Boolean>> results = new LinkedHashMap<>(64, 0.75f, true);

    VerifiedSignatures(int capacity) {
        this.capacity = capacity;
    }

    /** Whether {@code signature} is {@code key}'s over {@code text} ({@link SignedCommand#ALGORITHM}). */
    boolean verify(PublicKey key, byte[] text, byte[] signature) throws GeneralSecurityException {
        String id = id(key, text, signature);
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> theirs;
        synchronized (this) {
            theirs = results.putIfAbsent(id, mine);
            if (theirs == null && results.size() > capacity) {
                results.remove(results.keySet().iterator().next());
            }
        }
        if (theirs != null) {
            try {
                return theirs.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof GeneralSecurityException g) {
                    throw g;
                }
                throw new SignatureException("the signature cannot be checked: " + e.getCause(), e.getCause());
            }
        }
        try {
            Signature check = Signature.getInstance(SignedCommand.ALGORITHM);
            check.initVerify(key);
            check.update(text);
            boolean valid = check.verify(signature);
            mine.complete(valid);
            if (!valid) {
                forget(id, mine);
            }
            return valid;
        } catch (GeneralSecurityException e) {
            mine.completeExceptionally(e);
            forget(id, mine);
            throw e;
        } catch (RuntimeException | Error e) {
            // whoever waits on this check must not wait for ever, nor get an exception the verifier does not refuse with
            mine.completeExceptionally(e);
            forget(id, mine);
            if (e instanceof RuntimeException) {
                throw new SignatureException("the signature cannot be checked: " + e, e);
            }
            throw e;
        }
    }

    private synchronized void forget(String id, CompletableFuture<Boolean> result) {
        results.remove(id, result);
    }

    private static String id(PublicKey key, byte[] text, byte[] signature) throws GeneralSecurityException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (byte[] part : new byte[][] { key.getEncoded(), text, signature }) {
            // each part's length first: no two different triples are the same bytes
            sha.update(new byte[] { (byte) (part.length >>> 24), (byte) (part.length >>> 16), (byte) (part.length >>> 8), (byte) part.length });
            sha.update(part);
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
