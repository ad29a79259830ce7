package org.devassign.fleet;

import java.util.regex.Pattern;

import org.devassign.core.identity.Printable;

/**
 * The names that go into topics: boards (the CN of a board's certificate, which the broker takes as
 * its user name), client identities and client sessions. A name is a topic level of its own, so it
 * may not hold MQTT's separators or wildcards; the rule is narrower than MQTT's so that the same
 * name is also a valid client id, file name and certificate CN.
 */
public final class Names {

    /** Letters, digits, dot, dash, underscore; starting with a letter or digit; 1 to 64 characters. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Names() {
    }

    public static boolean valid(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /**
     * @param what how a message names the value ("board name")
     * @throws IllegalArgumentException naming the value and the rule
     */
    public static String check(String name, String what) {
        if (!valid(name)) {
            throw new IllegalArgumentException(Printable.quote(String.valueOf(name)) + " is not a valid " + what
                    + ": 1 to 64 letters, digits, '.', '-' or '_', starting with a letter or digit");
        }
        return name;
    }
}
