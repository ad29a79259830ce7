package org.devassign.testing.ui;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Pointer motion and buttons through the X server's XTest extension (libXtst, as xdotool uses it),
 * called through java.lang.foreign: the X server moves the pointer and delivers real button events to
 * the window under it. SWT's Display.post on GTK simulates mouse events inside GDK and gets their
 * coordinates wrong under Xvfb (a click lands at the window's origin); its key events are right.
 */
final class XTest {

    private static final Linker LINKER = Linker.nativeLinker();
    private static MethodHandle motion;
    private static MethodHandle button;
    private static MethodHandle flush;
    private static MemorySegment display;

    private XTest() {
    }

    private static synchronized void open() {
        if (display != null) {
            return;
        }
        SymbolLookup x11 = SymbolLookup.libraryLookup("libX11.so.6", Arena.global());
        SymbolLookup xtst = SymbolLookup.libraryLookup("libXtst.so.6", Arena.global());
        MethodHandle openDisplay = LINKER.downcallHandle(x11.findOrThrow("XOpenDisplay"),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS));
        flush = LINKER.downcallHandle(x11.findOrThrow("XFlush"), FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
        // int XTestFakeMotionEvent(Display *, int screen, int x, int y, unsigned long delay)
        motion = LINKER.downcallHandle(xtst.findOrThrow("XTestFakeMotionEvent"), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG));
        // int XTestFakeButtonEvent(Display *, unsigned int button, Bool is_press, unsigned long delay)
        button = LINKER.downcallHandle(xtst.findOrThrow("XTestFakeButtonEvent"), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG));
        try {
            MemorySegment opened = (MemorySegment) openDisplay.invokeExact(MemorySegment.NULL);
            if (opened.equals(MemorySegment.NULL)) {
                throw new IllegalStateException("cannot open the X display " + System.getenv("DISPLAY") + " for XTest");
            }
            display = opened;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot use XTest on " + System.getenv("DISPLAY") + ": " + e, e);
        }
    }

    /** Moves the pointer to ({@code x}, {@code y}) of the screen. */
    static void moveTo(int x, int y) {
        open();
        try {
            int ok = (int) motion.invokeExact(display, -1, x, y, 0L);
            int flushed = (int) flush.invokeExact(display);
            if (ok == 0 || flushed < 0) {
                throw new IllegalStateException("XTest refused to move the pointer");
            }
        } catch (Throwable e) {
            throw new IllegalStateException("XTest: " + e, e);
        }
    }

    /** Presses or releases {@code number} (1 left, 2 middle, 3 right) where the pointer is. */
    static void button(int number, boolean press) {
        open();
        try {
            int ok = (int) button.invokeExact(display, number, press ? 1 : 0, 0L);
            int flushed = (int) flush.invokeExact(display);
            if (ok == 0 || flushed < 0) {
                throw new IllegalStateException("XTest refused a button event");
            }
        } catch (Throwable e) {
            throw new IllegalStateException("XTest: " + e, e);
        }
    }
}
