package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.devassign.fleet.mqtt.Backoff;
import org.junit.jupiter.api.Test;

/**
 * The broker link's retry delays ({@link Backoff}): each drawn from the upper half of a cap that
 * doubles from the minimum to the maximum and stays there, spread at random, and back to the
 * minimum after a connection came up.
 */
class BackoffTest {

    @Test
    void eachDelayIsInTheUpperHalfOfACapThatDoublesUpToTheMaximum() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(3_000));
        long[] caps = { 100, 200, 400, 800, 1_600, 3_000, 3_000, 3_000 };
        for (long cap : caps) {
            long delay = backoff.next();
            assertTrue(delay >= cap / 2 && delay <= cap, "a delay of " + delay + " ms against a cap of " + cap + " ms");
        }
        // far past the doubling: never above the maximum, never an overflow to a negative delay
        for (int i = 0; i < 100; i++) {
            long delay = backoff.next();
            assertTrue(delay >= 1_500 && delay <= 3_000, "delay " + i + ": " + delay + " ms");
        }
    }

    @Test
    void aConnectionThatCameUpStartsTheDoublingOver() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(60));
        for (int i = 0; i < 10; i++) {
            backoff.next();
        }
        assertTrue(backoff.next() > 100, "the cap has grown");
        backoff.reset();
        long first = backoff.next();
        assertTrue(first >= 50 && first <= 100, "after a reset the first delay is within the minimum's cap: " + first);
    }

    @Test
    void boardsThatLostTheSameBrokerDoNotAllKnockAgainAtOnce() {
        // a thousand links that lost a restarted broker in the same millisecond: their first delays are spread over the cap's upper half
        Set<Long> delays = new HashSet<>();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int board = 0; board < 1_000; board++) {
            long delay = new Backoff(Duration.ofMillis(1_000), Duration.ofSeconds(30)).next();
            delays.add(delay);
            min = Math.min(min, delay);
            max = Math.max(max, delay);
        }
        assertTrue(delays.size() > 200, "distinct first delays among 1,000 boards: " + delays.size());
        assertTrue(min < 600 && max > 900, "spread over 500-1,000 ms: " + min + "-" + max);
    }

    @Test
    void aMinimumAsLargeAsTheMaximumGivesThatCapEveryTime() {
        Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofMillis(500));
        for (int i = 0; i < 5; i++) {
            long delay = backoff.next();
            assertTrue(delay >= 250 && delay <= 500, "delay " + delay);
        }
        assertEquals(0, new Backoff(Duration.ZERO, Duration.ZERO).next(), "no delay asked, none given");
    }
}
