package devassign.bench.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.devassign.testing.ui.RealEvents;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;

/** What the scenarios share: the window, timing against the process's start, keys posted and their paint awaited, markers. */
final class Session {

    /** The .assign editor's problem markers, in both workbenches. */
    static final String PROBLEM = "org.devassign.dsl.ui.problem";

    private final BiConsumer<String, Object> results;
    /** The start's figures are named after it: start, or warmStart for a second start. */
    private final String startKey;
    private final long processStart = ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli();
    Display display;

    Session(BiConsumer<String, Object> results, String startKey) {
        this.results = results;
        this.startKey = startKey;
    }

    void result(String key, Object value) {
        results.accept(key, value);
    }

    /** Waits for the workbench window to be shown and its UI thread to answer at once; records start to that moment. */
    void awaitUsableWindow() {
        until("the workbench", 600_000, PlatformUI::isWorkbenchRunning);
        display = PlatformUI.getWorkbench().getDisplay();
        until("a usable window", 600_000, () -> {
            long asked = System.nanoTime();
            boolean[] visible = { false };
            display.syncExec(() -> {
                IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
                visible[0] = window != null && window.getShell().isVisible() && window.getActivePage() != null;
            });
            return visible[0] && System.nanoTime() - asked < 100_000_000L;
        });
        result(startKey + "Ms", (double) (System.currentTimeMillis() - processStart));
        // the CPU it took, which the machine's load inflates far less than the wall time: all threads, and the UI thread
        result(startKey + "CpuMs", ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(Double.NaN));
        long ui = display.getThread().threadId();
        result(startKey + "UiCpuMs", java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(ui) / 1e6);
    }

    <T> T ui(Supplier<T> supplier) {
        List<T> value = new ArrayList<>(1);
        display.syncExec(() -> value.add(supplier.get()));
        return value.get(0);
    }

    void ui(Runnable runnable) {
        display.syncExec(runnable);
    }

    IWorkbenchWindow window() {
        return ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
    }

    static void until(String what, long timeoutMs, BooleanSupplier condition) {
        long end = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            sleep(20);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A left click in the middle of {@code control}, posted from the UI thread. */
    void click(Control control) {
        ui(() -> {
            var size = control.getSize();
            RealEvents.moveTo(control, size.x / 2, size.y / 2);
            for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
                Event event = new Event();
                event.type = type;
                event.button = 1;
                display.post(event);
            }
        });
    }

    /**
     * The text editor of {@code name}, once one is open and drawn with its text (then made the active
     * editor: the example project of older workbenches leaves its diagram in front).
     */
    ITextEditor awaitEditor(String name, long timeoutMs) {
        ITextEditor[] editor = new ITextEditor[1];
        until("the text editor of " + name, timeoutMs, () -> ui(() -> {
            var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            for (var reference : page.getEditorReferences()) {
                IEditorPart part = reference.getEditor(false);
                ITextEditor text = part == null ? null : part.getAdapter(ITextEditor.class);
                if (text != null && name.equals(part.getEditorInput().getName()) && part.getAdapter(Control.class) instanceof StyledText widget
                        && widget.getCharCount() > 0) {
                    editor[0] = text;
                    return true;
                }
            }
            return false;
        }));
        ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().activate(editor[0]));
        return editor[0];
    }

    IDocument document(ITextEditor editor) {
        return ui(() -> editor.getDocumentProvider().getDocument(editor.getEditorInput()));
    }

    StyledText text(ITextEditor editor) {
        return ui(() -> (StyledText) editor.getAdapter(Control.class));
    }

    /** Puts the caret at {@code offset} and the keyboard focus (and the pointer) on the text. */
    void caret(ITextEditor editor, int offset) {
        ui(() -> {
            editor.selectAndReveal(offset, 0);
            StyledText text = (StyledText) editor.getAdapter(Control.class);
            Shell shell = text.getShell();
            shell.forceActive();
            var size = text.getSize();
            RealEvents.moveTo(text, size.x / 2, Math.min(size.y / 2, 60));
            text.forceFocus();
        });
        sleep(200);
    }

    /** Types {@code keys}, each after {@code pauses} ms, and returns the ms from each key to the next paint of the text after it changed. */
    List<Double> type(StyledText text, String keys, java.util.function.IntSupplier pauses) {
        AtomicLong changed = new AtomicLong();
        AtomicLong painted = new AtomicLong();
        org.eclipse.swt.widgets.Listener modify = e -> changed.compareAndSet(0, System.nanoTime());
        org.eclipse.swt.widgets.Listener paint = e -> {
            if (changed.get() != 0) {
                painted.compareAndSet(0, System.nanoTime());
            }
        };
        ui(() -> {
            text.addListener(SWT.Modify, modify);
            text.addListener(SWT.Paint, paint);
        });
        List<Double> latencies = new ArrayList<>();
        try {
            for (char c : keys.toCharArray()) {
                sleep(pauses.getAsInt());
                changed.set(0);
                painted.set(0);
                AtomicLong posted = new AtomicLong();
                display.asyncExec(() -> {
                    posted.set(System.nanoTime());
                    RealEvents.typeOne(display, c);
                });
                long end = System.nanoTime() + 120_000_000_000L;
                while (painted.get() == 0 || posted.get() == 0) {
                    if (System.nanoTime() > end) {
                        throw new IllegalStateException("the key '" + c + "' did not show within 120 s");
                    }
                    LockSupport.parkNanos(100_000);
                }
                double ms = (painted.get() - posted.get()) / 1e6;
                latencies.add(ms);
                if (ms > 50) { // when, to find it in a flight recording of the run (JFR=1)
                    System.out.printf(java.util.Locale.ROOT, "[bench] key '%c' took %.1f ms, posted at %s%n", c, ms,
                            java.time.Instant.now().minusNanos(System.nanoTime() - posted.get()));
                }
            }
        } finally {
            ui(() -> {
                text.removeListener(SWT.Modify, modify);
                text.removeListener(SWT.Paint, paint);
            });
        }
        return latencies;
    }

    /** Posts one key (a character, or an SWT key code such as SWT.BS) from the UI thread. */
    void key(int key) {
        ui(() -> RealEvents.key(display, key, 0));
    }

    static IMarker[] markers(IFile file) {
        try {
            return file.findMarkers(PROBLEM, false, IResource.DEPTH_ZERO);
        } catch (CoreException e) {
            return new IMarker[0];
        }
    }

    static boolean hasMarkerMentioning(IFile file, String text) {
        for (IMarker marker : markers(file)) {
            if (marker.getAttribute(IMarker.MESSAGE, "").contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** The times of {@link #markerRounds}: key to the marker appearing, and key to its going, kept apart. */
    record MarkerTimes(List<Double> appear, List<Double> go) {
    }

    /**
     * Rounds of: type 'x' after a device's name (an unknown device), wait for its marker; Backspace, wait for it to go.
     * The two are different paths (a new marker made, a marker deleted), so they are kept apart: pooled, a median hides
     * a change of either.
     */
    MarkerTimes markerRounds(ITextEditor editor, IFile file, String name, int offsetAfterName, int rounds) {
        List<Double> appear = new ArrayList<>();
        List<Double> go = new ArrayList<>();
        String unknown = "'" + name + "x'";
        for (int round = 0; round < rounds; round++) {
            caret(editor, offsetAfterName);
            long typed = System.nanoTime();
            key('x');
            until("the marker of " + unknown, 300_000, () -> hasMarkerMentioning(file, unknown));
            appear.add((System.nanoTime() - typed) / 1e6);
            sleep(300);
            long erased = System.nanoTime();
            key(SWT.BS);
            until("the marker of " + unknown + " to go", 300_000, () -> !hasMarkerMentioning(file, unknown));
            go.add((System.nanoTime() - erased) / 1e6);
            sleep(300);
        }
        return new MarkerTimes(appear, go);
    }

    /** A typist: about ten keys a second, a longer pause every eighth key (a check starts then). */
    static java.util.function.IntSupplier typist() {
        int[] key = { 0 };
        return () -> ++key[0] % 8 == 0 ? 450 : 90;
    }

    void closeWorkbench() {
        if (display == null || display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window != null && window.getActivePage() != null) {
                window.getActivePage().closeAllEditors(false);
            }
            PlatformUI.getWorkbench().close();
        });
    }
}
