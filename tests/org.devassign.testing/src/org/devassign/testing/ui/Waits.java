package org.devassign.testing.ui;

import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/** Runs the UI event loop until a condition holds (jobs, repaints and posted events are asynchronous). */
public final class Waits {

    private Waits() {
    }

    /** Runs what is queued now. */
    public static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let viewers, jobs' UI parts and repaints catch up
        }
    }

    /** Runs the event loop for {@code millis}. */
    public static void idle(long millis) {
        long end = System.currentTimeMillis() + millis;
        Display display = Display.getCurrent();
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                sleep(5);
            }
        }
    }

    /** Waits up to {@code seconds} for {@code condition}; fails with {@code what} and the last value seen. */
    public static <T> T until(String what, int seconds, Supplier<T> value, Predicate<T> condition) {
        long end = System.currentTimeMillis() + seconds * 1000L;
        Display display = Display.getCurrent();
        T last = null;
        while (System.currentTimeMillis() < end) {
            while (display.readAndDispatch()) {
                // drain
            }
            last = value.get();
            if (condition.test(last)) {
                return last;
            }
            sleep(10);
        }
        throw new AssertionError("timed out after " + seconds + " s waiting for " + what + "; last seen: " + last);
    }

    /** Waits up to {@code seconds} for {@code condition}. */
    public static void until(String what, int seconds, java.util.function.BooleanSupplier condition) {
        until(what, seconds, condition::getAsBoolean, Boolean::booleanValue);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
