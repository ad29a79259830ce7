package org.devassign.dsl.ui.editor;

import java.util.Arrays;

/**
 * Where a word occurs in a text as a whole word (letters, digits and '_' on neither side), for
 * {@link OccurrenceHighlighter}; plain string work, no UI, so it runs in a job and is tested alone.
 */
final class Occurrences {

    private Occurrences() {
    }

    /**
     * The offsets of {@code word} as a whole word in {@code text}, ascending; at most {@code max} of them,
     * those nearest to {@code caret} when there are more.
     */
    static int[] of(String text, String word, int caret, int max) {
        if (word.isEmpty() || max <= 0) {
            return new int[0];
        }
        int[] found = new int[16];
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            if (isWordEdge(text, at - 1) && isWordEdge(text, at + word.length())) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = at;
            }
        }
        if (count <= max) {
            return Arrays.copyOf(found, count);
        }
        // the window of max offsets around the caret
        int index = Arrays.binarySearch(found, 0, count, caret);
        int middle = index >= 0 ? index : -index - 1;
        int from = Math.max(0, Math.min(middle - max / 2, count - max));
        return Arrays.copyOfRange(found, from, from + max);
    }

    /** The word touching {@code offset} in {@code text} (before or after it), or null. */
    static String wordAt(String text, int offset) {
        if (offset < 0 || offset > text.length()) {
            return null;
        }
        int from = offset;
        while (from > 0 && isWordChar(text.charAt(from - 1))) {
            from--;
        }
        int to = offset;
        while (to < text.length() && isWordChar(text.charAt(to))) {
            to++;
        }
        return from == to ? null : text.substring(from, to);
    }

    private static boolean isWordEdge(String text, int index) {
        return index < 0 || index >= text.length() || !isWordChar(text.charAt(index));
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
