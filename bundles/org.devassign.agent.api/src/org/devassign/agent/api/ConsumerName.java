package org.devassign.agent.api;

import java.util.regex.Pattern;

import org.devassign.core.identity.Printable;

/**
 * A consumer's name as its config declares it ({@code edu-driver}): a letter or underscore, then
 * letters, digits, underscores or hyphens, at most {@link #MAX_LENGTH} characters. It travels in
 * requests and in the fd hand-off, and ends up in the audit log and the agent's log, so anything
 * else is refused where it comes in.
 */
public record ConsumerName(String name) {

    public static final int MAX_LENGTH = 64;

    /** What every refusal ends with. */
    public static final String VALID_FORM = "name a consumer as its config does: a letter or _, then letters, digits, _ or -,"
            + " at most " + MAX_LENGTH + " characters, such as edu-driver";

    private static final Pattern FORM = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    public ConsumerName {
        String why = problem(name);
        if (why != null) {
            throw new IllegalArgumentException(Printable.quote(name) + " is not a consumer name (" + why + "): " + VALID_FORM);
        }
    }

    /** @throws IllegalArgumentException saying what is wrong (the text escaped) and what a valid name looks like */
    public static ConsumerName parse(String text) {
        return new ConsumerName(text);
    }

    private static String problem(String text) {
        if (text == null || text.isEmpty()) {
            return "it is empty";
        }
        if (text.length() > MAX_LENGTH) {
            return "it is " + text.length() + " characters long";
        }
        if (!FORM.matcher(text).matches()) {
            return "it holds a character a config name cannot have";
        }
        return null;
    }

    @Override
    public String toString() {
        return name;
    }
}
