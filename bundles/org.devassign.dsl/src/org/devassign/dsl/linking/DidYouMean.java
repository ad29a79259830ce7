package org.devassign.dsl.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The names closest to a misspelt one, by edit distance. */
public final class DidYouMean {

    private DidYouMean() {
    }

    /** Up to {@code max} candidates within a distance that still looks like a typo, closest first. */
    public static List<String> closest(String wrong, Iterable<String> candidates, int max) {
        record Scored(String name, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        int limit = Math.max(2, wrong.length() / 3);
        for (String candidate : candidates) {
            int distance = distance(wrong.toLowerCase(), candidate.toLowerCase());
            if (distance <= limit && !candidate.equals(wrong)) {
                scored.add(new Scored(candidate, distance));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
        return scored.stream().limit(max).map(Scored::name).toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
