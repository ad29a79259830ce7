package org.devassign.ui.tests;

import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/** Runs the UI event loop until a condition holds (reconciles, jobs and repaints are asynchronous). */
final class UiWaits {

    private UiWaits() {
    }

    static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let viewers, jobs' UI parts and repaints catch up
        }
    }

    /** Waits up to {@code seconds} for {@code condition}; fails with {@code what} and the last value seen. */
    static <T> T until(String what, int seconds, Supplier<T> value, java.util.function.Predicate<T> condition) {
        long end = System.currentTimeMillis() + seconds * 1000L;
        T last = null;
        while (System.currentTimeMillis() < end) {
            flush();
            last = value.get();
            if (condition.test(last)) {
                return last;
            }
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("timed out waiting for " + what + "; last seen: " + last);
    }
}
