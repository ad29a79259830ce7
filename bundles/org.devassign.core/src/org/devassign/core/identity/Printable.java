package org.devassign.core.identity;

/**
 * Hostile text made safe to print in a message, a log line or a terminal: quoted, control and
 * non-ASCII characters escaped ({@code \n}, {@code \x7f}, {@code \u00e9}), cut after a readable
 * length with the full length stated. One line, whatever the input.
 */
public final class Printable {

    /** How many characters of the input a quote shows before it is cut. */
    public static final int SHOWN = 64;

    private Printable() {
    }

    /** {@code 'abc'}, {@code '\n'}, {@code 'aaaa...' (4096 characters)}; {@code (none)} for null. */
    public static String quote(String text) {
        if (text == null) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), SHOWN) + 16).append('\'');
        int shown = Math.min(text.length(), SHOWN);
        for (int i = 0; i < shown; i++) {
            appendEscaped(out, text.charAt(i));
        }
        out.append('\'');
        if (text.length() > SHOWN) {
            out.append("... (").append(text.length()).append(" characters)");
        }
        return out.toString();
    }

    /** The text with every character outside printable ASCII escaped, not quoted or cut (for log fields). */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            appendEscaped(out, text.charAt(i));
        }
        return out.toString();
    }

    /**
     * A message made of our words and quoted foreign text, as one safe line: characters a terminal
     * or an editor would act on or hide (C0 and C1 controls, DEL, line separators, bidi and other
     * invisible format characters) are escaped as {@code \x7f} or {@code \u202e}; everything else,
     * quotes and non-ASCII letters included, is kept as it is (characters outside the Basic
     * Multilingual Plane are escaped too, as their two halves). The safety net for every message
     * that reaches a person, whatever check or parser wrote it.
     */
    public static String line(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                appendEscaped(out, c);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean unsafe(char c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE;
    }

    private static void appendEscaped(StringBuilder out, char c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '\\' -> out.append("\\\\");
            case '\'' -> out.append("\\'");
            default -> {
                if (c >= 0x20 && c < 0x7f) {
                    out.append(c);
                } else if (c < 0x100) {
                    out.append(String.format("\\x%02x", (int) c));
                } else {
                    out.append(String.format("\\u%04x", (int) c));
                }
            }
        }
    }
}
