package org.devassign.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.devassign.dsl.linking.DidYouMean;
import org.junit.jupiter.api.Test;

/**
 * The bounded "did you mean" (length filter, distances computed only up to the typo limit) picks
 * exactly what a full edit distance against every candidate picks: here against a reference
 * written out in the test, on board-like names and random misspellings of them.
 */
class DidYouMeanTest {

    @Test
    void boundedSuggestionsAreTheFullDistancesSuggestions() {
        Random random = new Random(14);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            names.add("d" + i);
            names.add(String.format("0000:%02x:%02x.%x", i >> 5, i & 0x1f, i % 8));
        }
        names.addAll(List.of("edu0", "edu1", "edu2", "EDU3", "nvme-ctrl", "ivshmem", "9000000.virtio_mmio", "BAR0", "msi", "msix", "intx"));
        String alphabet = "abcdeilmnorsuvx0123456789:.-_D";
        for (int round = 0; round < 400; round++) {
            StringBuilder wrong = new StringBuilder(names.get(random.nextInt(names.size())));
            for (int edits = random.nextInt(4); edits > 0; edits--) {
                int at = random.nextInt(wrong.length() + 1);
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> wrong.insert(at, c);
                    case 1 -> { if (at < wrong.length()) wrong.setCharAt(at, c); }
                    default -> { if (at < wrong.length() && wrong.length() > 1) wrong.deleteCharAt(at); }
                }
            }
            String misspelt = wrong.toString();
            assertEquals(reference(misspelt, names, 3), DidYouMean.closest(misspelt, names, 3), misspelt);
        }
    }

    @Test
    void theExampleBoardsSuggestionsStay() {
        assertEquals(List.of("edu0", "edu1", "edu2"), DidYouMean.closest("edu7", List.of("edu0", "edu1", "edu2", "edu3", "0000:00:05.0"), 3));
        assertEquals(List.of("msi"), DidYouMean.closest("msix", List.of("intx", "msi", "req"), 3));
        assertEquals(List.of(), DidYouMean.closest("nothing-like-it", List.of("edu0", "edu1"), 3));
    }

    @Test
    void aGroupNumberSuggestsTheNumbersNearestByValue() {
        List<String> groups = List.of("0", "1", "2", "7", "10", "11", "100", "dev");
        assertEquals(List.of("10", "7", "11"), DidYouMean.nearestNumbers("9", groups, 3), "7 and 11 tie: the lower first");
        assertEquals(List.of("100", "11"), DidYouMean.nearestNumbers("99", groups, 2));
        assertEquals(List.of("0", "1"), DidYouMean.nearestNumbers("-5", groups, 2));
        assertEquals(List.of("dev"), DidYouMean.nearestNumbers("deb", groups, 3), "no number: the closest spelling");
    }

    /** Every candidate's full Levenshtein distance, then the same limit and order as the language states. */
    private static List<String> reference(String wrong, List<String> candidates, int max) {
        int limit = Math.max(2, wrong.length() / 3);
        record Scored(String name, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String candidate : candidates) {
            int distance = levenshtein(wrong.toLowerCase(), candidate.toLowerCase());
            if (distance <= limit && !candidate.equals(wrong)) {
                scored.add(new Scored(candidate, distance));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
        return scored.stream().limit(max).map(Scored::name).toList();
    }

    private static int levenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i
                        : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[a.length()][b.length()];
    }
}
