package org.devassign.ui.deploy.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Waiting with the event loop running, answering a modal dialog, reading tables, screenshots. */
final class Ui {

    private Ui() {
    }

    static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run what is queued
        }
    }

    /** Runs the event loop until {@code condition} holds; fails with {@code what} after {@code seconds}. */
    static void waitUntil(String what, int seconds, BooleanSupplier condition) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Display display = Display.getCurrent();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + seconds + " s waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
        flush();
    }

    static <T> T await(String what, int seconds, Future<T> future) throws Exception {
        waitUntil(what, seconds, future::isDone);
        return future.get();
    }

    /** What a dialog showed before the test pressed one of its buttons. */
    static final class Answered {
        volatile List<List<String>> table;
        volatile String title;
        volatile boolean stopped;

        /** Stops looking for the dialog (when the flow ended before it opened). */
        void stop() {
            stopped = true;
        }
    }

    /**
     * When a shell titled {@code title} opens (modal dialogs run their own event loop), records its
     * first table and presses the button labelled {@code button}. Polls with timerExec.
     */
    static Answered pressWhenOpen(String title, String button) {
        Answered answered = new Answered();
        Display display = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        long end = System.currentTimeMillis() + 300_000;
        poll[0] = () -> {
            if (answered.stopped) {
                return;
            }
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && title.equals(shell.getText()) && shell.isVisible()) {
                    answered.title = shell.getText();
                    Table table = find(shell, Table.class);
                    if (table != null) {
                        answered.table = rows(table);
                    }
                    Button b = findButton(shell, button);
                    if (b != null) {
                        answered.stopped = true;
                        b.notifyListeners(SWT.Selection, new Event());
                        return;
                    }
                }
            }
            if (System.currentTimeMillis() < end) {
                display.timerExec(100, poll[0]);
            }
        };
        display.timerExec(100, poll[0]);
        return answered;
    }

    static List<List<String>> rows(Table table) {
        List<List<String>> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < Math.max(1, table.getColumnCount()); c++) {
                row.add(item.getText(c));
            }
            rows.add(row);
        }
        return rows;
    }

    static <T extends Control> T find(Composite parent, Class<T> type) {
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                return type.cast(child);
            }
            if (child instanceof Composite c) {
                T found = find(c, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static Button findButton(Composite parent, String text) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button b && text.equals(b.getText())) {
                return b;
            }
            if (child instanceof Composite c) {
                Button found = findButton(c, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A PNG of the shell as drawn now. */
    static void screenshot(Shell shell, Path png) throws IOException {
        flush();
        org.eclipse.swt.graphics.Point size = shell.getSize();
        Image image = new Image(shell.getDisplay(), size.x, size.y);
        GC gc = new GC(image);
        try {
            // Control.print draws the widget tree itself: no window manager or compositor needed (Xvfb)
            if (!shell.print(gc)) {
                throw new IOException("this platform cannot print the window's contents");
            }
        } finally {
            gc.dispose();
        }
        try {
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            Files.createDirectories(png.getParent());
            loader.save(png.toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
    }
}
