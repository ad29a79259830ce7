package org.devassign.testing.ui;

import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;

/**
 * Watches how long the UI thread goes without answering: a thread asks it to run a no-op every few
 * milliseconds and keeps the longest wait. A window that freezes shows as a long stall.
 */
public final class UiStalls implements AutoCloseable {

    private static final long PERIOD_MS = 5;

    private final AtomicLong longestNanos = new AtomicLong();
    private final Thread watcher;
    private volatile boolean running = true;

    private UiStalls(Display display) {
        watcher = new Thread(() -> {
            while (running && !display.isDisposed()) {
                long asked = System.nanoTime();
                long[] answered = { 0 };
                try {
                    display.syncExec(() -> answered[0] = System.nanoTime());
                } catch (RuntimeException disposed) {
                    return;
                }
                longestNanos.accumulateAndGet(answered[0] - asked, Math::max);
                try {
                    Thread.sleep(PERIOD_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "UI stall watcher");
        watcher.setDaemon(true);
    }

    /** Starts watching {@code display}'s UI thread. */
    public static UiStalls watch(Display display) {
        UiStalls stalls = new UiStalls(display);
        stalls.watcher.start();
        return stalls;
    }

    /** The longest the UI thread took to answer so far, in milliseconds. */
    public double longestMs() {
        return longestNanos.get() / 1e6;
    }

    @Override
    public void close() {
        running = false;
        watcher.interrupt();
    }
}
