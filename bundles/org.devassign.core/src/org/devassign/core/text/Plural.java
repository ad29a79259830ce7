package org.devassign.core.text;

/**
 * A count with its noun, singular for exactly one ("1 device", "0 devices", "3 VFs"): the one place
 * messages get this right, instead of a conditional written out at each message (or forgotten, so
 * that a recovery "restored 1 devices"). Both forms are given, since English plurals are irregular.
 */
public final class Plural {

    private Plural() {
    }

    /** {@code "1 device"}, {@code "2 devices"}, {@code "-1 devices"}. */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
