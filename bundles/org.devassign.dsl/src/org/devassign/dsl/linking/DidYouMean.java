package org.devassign.dsl.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The names closest to a misspelt one, by edit distance. A board may have 50,000 names and a
 * config many misspelt ones, so a candidate costs no more than its length check unless it can be
 * close: a distance is only computed up to the limit that still looks like a typo.
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    /** Up to {@code max} candidates within a distance that still looks like a typo, closest first. */
    public static List<String> closest(String wrong, Iterable<String> candidates, int max) {
        record Scored(String name, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        int limit = Math.max(2, wrong.length() / 3);
        String lowerWrong = wrong.toLowerCase();
        for (String candidate : candidates) {
            if (candidate.equals(wrong)) {
                continue;
            }
            String lower = candidate.toLowerCase();
            if (Math.abs(lower.length() - lowerWrong.length()) > limit) {
                continue; // the distance is at least the difference in length
            }
            int distance = distance(lowerWrong, lower, limit);
            if (distance <= limit) {
                scored.add(new Scored(candidate, distance));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
        return scored.stream().limit(max).map(Scored::name).toList();
    }

    /**
     * Up to {@code max} of the numbers among the candidates nearest to {@code wrong} by value (the
     * lower first on a tie), nearest first: an IOMMU group is named by its number, and the groups
     * next to a wrong number are the likely ones, not those of a similar spelling. Candidates that
     * are no numbers are left out; when {@code wrong} is no number, {@link #closest} answers.
     */
    public static List<String> nearestNumbers(String wrong, Iterable<String> candidates, int max) {
        long target;
        try {
            target = Long.parseLong(wrong.strip());
        } catch (NumberFormatException notANumber) {
            return closest(wrong, candidates, max);
        }
        record Scored(String name, long value, long distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String candidate : candidates) {
            try {
                long value = Long.parseLong(candidate);
                if (value != target) {
                    scored.add(new Scored(candidate, value, Math.abs(value - target)));
                }
            } catch (NumberFormatException notANumber) {
                // not a group number: nothing to compare
            }
        }
        scored.sort(Comparator.comparingLong(Scored::distance).thenComparingLong(Scored::value));
        return scored.stream().limit(max).map(Scored::name).toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        return distance(a, b, Integer.MAX_VALUE - 1);
    }

    /**
     * Levenshtein distance when it is at most {@code limit}, else some value above {@code limit}: the
     * smallest cell of a row of the table is never below the smallest of the row before, so once a
     * whole row exceeds the limit, so does the distance.
     */
    static int distance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
