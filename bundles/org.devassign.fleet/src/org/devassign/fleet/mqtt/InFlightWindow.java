package org.devassign.fleet.mqtt;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The QoS 1 messages a link may have unacknowledged at once: the broker's Receive Maximum, given
 * on each connection. Paho fails a publish beyond it instead of waiting, so a link that fans out
 * to a thousand boards takes a place here first and gives it back on the broker's PUBACK. Each
 * connection opens a new epoch: places taken on an earlier connection are not given back twice.
 * Public for the tests of {@link Publisher}; only {@link MqttLink} uses it.
 */
public final class InFlightWindow {

    private int limit = 1;
    private int inFlight;
    private long epoch;

    /** A new connection whose broker allows {@code receiveMaximum} (null or 0: the protocol's 65,535). */
    public synchronized void open(Integer receiveMaximum) {
        limit = receiveMaximum == null || receiveMaximum <= 0 ? 65_535 : receiveMaximum;
        inFlight = 0;
        epoch++;
        notifyAll();
    }

    /** Wakes the waiting publishers (the link closed or dropped: they look again). */
    public synchronized void wake() {
        notifyAll();
    }

    /**
     * Waits (up to {@code timeoutSeconds}) for a place; returns the epoch to give it back with.
     *
     * @param down why the link cannot publish now, or null while it can
     */
    public synchronized long take(Supplier<String> down, String broker, int timeoutSeconds) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            String why = down.get();
            if (why != null) {
                throw new IOException(why);
            }
            if (inFlight < limit) {
                inFlight++;
                return epoch;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IOException("the broker " + broker + " acknowledged none of " + inFlight + " messages in flight within "
                        + timeoutSeconds + " s");
            }
            try {
                wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(Math.min(left, 100_000_000L))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting to publish");
            }
        }
    }

    /** Gives back a place taken in {@code takenIn}; nothing when that connection is gone. */
    public synchronized void give(long takenIn) {
        if (takenIn == epoch && inFlight > 0) {
            inFlight--;
            notifyAll();
        }
    }
}
