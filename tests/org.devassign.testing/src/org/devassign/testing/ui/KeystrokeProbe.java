package org.devassign.testing.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;

/**
 * Types keys into a text widget as a user does (posted events) and measures, for each key, the time
 * from posting it to the first paint of the widget after its text changed: what the user waits to
 * see the character. The event loop runs between keys, so whatever the editor does meanwhile (jobs
 * finishing, markers, colours) competes with the keys as it would for a user.
 */
public final class KeystrokeProbe {

    /** The longest one key may take to show before the probe gives up on it (a frozen UI). */
    public static final long GIVE_UP_MS = 60_000;

    private KeystrokeProbe() {
    }

    /**
     * Types {@code keys} into {@code text} (which must have the focus), waiting {@code pauseMs} (asked
     * before each key) between keys; returns the milliseconds from each key to its character on screen.
     */
    public static List<Double> type(StyledText text, String keys, IntSupplier pauseMs) {
        Display display = text.getDisplay();
        long[] changed = { 0 };
        long[] painted = { 0 };
        Listener modify = e -> {
            if (changed[0] == 0) {
                changed[0] = System.nanoTime();
            }
        };
        Listener paint = e -> {
            if (changed[0] != 0 && painted[0] == 0) {
                painted[0] = System.nanoTime();
            }
        };
        text.addListener(SWT.Modify, modify);
        text.addListener(SWT.Paint, paint);
        List<Double> latencies = new ArrayList<>();
        try {
            for (char c : keys.toCharArray()) {
                Waits.idle(pauseMs.getAsInt());
                changed[0] = 0;
                painted[0] = 0;
                long posted = System.nanoTime();
                RealEvents.typeOne(display, c);
                long end = posted + GIVE_UP_MS * 1_000_000L;
                while (painted[0] == 0 && System.nanoTime() < end) {
                    if (!display.readAndDispatch()) {
                        java.util.concurrent.locks.LockSupport.parkNanos(200_000); // polls: display.sleep() could outwait the paint
                    }
                }
                if (painted[0] == 0) {
                    throw new AssertionError("the key '" + c + "' did not show within " + GIVE_UP_MS / 1000 + " s");
                }
                latencies.add((painted[0] - posted) / 1e6);
            }
        } finally {
            text.removeListener(SWT.Modify, modify);
            text.removeListener(SWT.Paint, paint);
        }
        return latencies;
    }
}
