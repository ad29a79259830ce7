package org.devassign.testing.ui;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Acting in a modal dialog: a modal dialog runs its own event loop, so the test's code after the
 * event that opens it runs only once it is closed; this looks for the dialog with timerExec (inside
 * the dialog's loop) and hands it to the test's action, once.
 */
public final class Dialogs {

    private Dialogs() {
    }

    /** What was seen; {@link #error} holds an assertion the action threw inside the dialog's loop. */
    public static final class Handled {
        public volatile boolean done;
        public volatile Throwable error;

        /** Rethrows what the action threw, if anything. */
        public void check() {
            if (error instanceof RuntimeException e) {
                throw e;
            }
            if (error instanceof Error e) {
                throw e;
            }
        }
    }

    /** Runs {@code action} on the first visible shell titled {@code title} that opens within {@code seconds}. */
    public static Handled whenOpen(String title, int seconds, Consumer<Shell> action) {
        Handled handled = new Handled();
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + seconds * 1000L;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            if (handled.done) {
                return;
            }
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                    handled.done = true;
                    try {
                        action.accept(shell);
                    } catch (RuntimeException | Error e) {
                        handled.error = e;
                        if (!shell.isDisposed()) {
                            shell.close();
                        }
                    }
                    return;
                }
            }
            if (System.currentTimeMillis() < end) {
                display.timerExec(100, poll[0]);
            }
        };
        display.timerExec(100, poll[0]);
        return handled;
    }
}
