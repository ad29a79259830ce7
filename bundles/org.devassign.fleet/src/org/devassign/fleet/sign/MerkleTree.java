package org.devassign.fleet.sign;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The hash tree that lets one signature cover many commands ({@link SignedCommand#PROOF}): SHA-256
 * over leaves (prefixed 0) and inner nodes (prefixed 1, so that no leaf can pass for a node, as in
 * RFC 6962); a level of odd length lifts its last node as it is. A proof is the siblings from a leaf
 * to the root, each with the side it is on. Finding a second leaf with a path to the same root
 * means finding a SHA-256 collision.
 */
final class MerkleTree {

    /** One step of a proof: a side byte and a 32-byte hash. */
    static final int STEP = 33;
    /** Deeper than any batch a client makes (a million commands need 20 steps): a longer proof is refused unread. */
    static final int MAX_STEPS = 24;

    private static final byte LEFT = 0;
    private static final byte RIGHT = 1;

    private MerkleTree() {
    }

    static byte[] leaf(byte[] text) {
        MessageDigest sha = sha256();
        sha.update((byte) 0);
        return sha.digest(text);
    }

    private static byte[] node(byte[] left, byte[] right) {
        MessageDigest sha = sha256();
        sha.update((byte) 1);
        sha.update(left);
        return sha.digest(right);
    }

    /** The proofs of {@code leaves}, in their order; the root is {@link #root} of any leaf and its proof. */
    static List<byte[]> proofs(List<byte[]> leaves) {
        int n = leaves.size();
        if (n == 0) {
            throw new IllegalArgumentException("a tree of no leaves");
        }
        List<byte[]> proofs = new ArrayList<>(n);
        int[] positions = new int[n];
        for (int i = 0; i < n; i++) {
            proofs.add(new byte[0]);
            positions[i] = i;
        }
        List<byte[]> level = leaves;
        while (level.size() > 1) {
            for (int i = 0; i < n; i++) {
                int at = positions[i];
                int sibling = at ^ 1;
                if (sibling < level.size()) {
                    byte[] step = new byte[STEP];
                    step[0] = (at & 1) == 0 ? RIGHT : LEFT;
                    System.arraycopy(level.get(sibling), 0, step, 1, 32);
                    byte[] old = proofs.get(i);
                    byte[] longer = Arrays.copyOf(old, old.length + STEP);
                    System.arraycopy(step, 0, longer, old.length, STEP);
                    proofs.set(i, longer);
                }
                positions[i] = at / 2;
            }
            List<byte[]> up = new ArrayList<>((level.size() + 1) / 2);
            for (int i = 0; i < level.size(); i += 2) {
                up.add(i + 1 < level.size() ? node(level.get(i), level.get(i + 1)) : level.get(i));
            }
            level = up;
        }
        return proofs;
    }

    /**
     * The root a leaf and its proof lead to.
     *
     * @throws IllegalArgumentException when the proof is not whole steps, is too long, or has a side that is neither
     */
    static byte[] root(byte[] leaf, byte[] proof) {
        if (proof.length % STEP != 0 || proof.length / STEP > MAX_STEPS) {
            throw new IllegalArgumentException("the command's proof is not a path of at most " + MAX_STEPS + " steps of " + STEP + " bytes");
        }
        byte[] hash = leaf;
        for (int at = 0; at < proof.length; at += STEP) {
            byte[] sibling = Arrays.copyOfRange(proof, at + 1, at + STEP);
            hash = switch (proof[at]) {
                case LEFT -> node(sibling, hash);
                case RIGHT -> node(hash, sibling);
                default -> throw new IllegalArgumentException("the command's proof has a step that is neither left nor right");
            };
        }
        return hash;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
