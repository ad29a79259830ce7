package org.devassign.agent.service;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * When a session last moved a byte either way, and how many of its requests are running: a session
 * is idle when nothing runs and no byte moved for a while ({@code limits.idle.seconds}), which a
 * long apply or an interrupt watch never is.
 */
final class SessionActivity {

    private volatile long last = System.nanoTime();
    private final AtomicInteger running = new AtomicInteger();

    void touch() {
        last = System.nanoTime();
    }

    void begin() {
        running.incrementAndGet();
        touch();
    }

    void end() {
        running.decrementAndGet();
        touch();
    }

    /** Nanoseconds idle at {@code now}, or 0 while a request runs. */
    long idleNanos(long now) {
        return running.get() > 0 ? 0 : now - last;
    }
}
