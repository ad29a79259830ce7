package org.devassign.fleet.mqtt;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a link tries its broker again: a doubling delay from {@code min} to {@code max}, each drawn
 * at random from its upper half, so that a thousand boards that lost a restarted broker in the same
 * millisecond do not all knock again in the same millisecond. A connection that came up starts the
 * doubling over. Thread-safe. Public for its tests (org.devassign.deploy.tests); only {@link MqttLink} uses it.
 */
public final class Backoff {

    private final long minMillis;
    private final long maxMillis;
    private int attempt;

    public Backoff(Duration min, Duration max) {
        this.minMillis = min.toMillis();
        this.maxMillis = max.toMillis();
    }

    /** The delay before the next attempt, in milliseconds; each call doubles the next one's cap. */
    public synchronized long next() {
        long cap = Math.min(maxMillis, minMillis << Math.min(attempt, 20));
        attempt++;
        return cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1);
    }

    /** A connection came up. */
    public synchronized void reset() {
        attempt = 0;
    }
}
