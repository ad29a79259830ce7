package org.devassign.testing.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/**
 * Key and mouse events as a user makes them: keys posted to the display ({@link Display#post}), the
 * pointer and its buttons through the X server's XTest extension ({@link XTest}), so they go through
 * the X server and GTK's event handling (focus, key bindings, accelerators, menus) like real input,
 * not straight to a widget's listeners. Under Xvfb there is no window manager: the window under the
 * pointer gets the keys, so {@link #focus} moves the pointer over the control first.
 */
public final class RealEvents {

    /** Characters typed with Shift held on a US keyboard. */
    private static final String SHIFTED = "~!@#$%^&*()_+{}|:\"<>?";

    private RealEvents() {
    }

    /** Brings the control's shell to front, puts the pointer over the control and gives it the keyboard focus. */
    public static void focus(Control control) {
        Shell shell = control.getShell();
        shell.forceActive();
        Point size = control.getSize();
        moveTo(control, Math.max(1, size.x / 2), Math.max(1, Math.min(size.y / 2, 40)));
        control.forceFocus();
        Waits.flush();
    }

    /** Moves the pointer to ({@code x}, {@code y}) of the control (through XTest: see {@link XTest}). */
    public static void moveTo(Control control, int x, int y) {
        Point screen = control.toDisplay(x, y);
        XTest.moveTo(screen.x, screen.y);
        settle(control.getDisplay());
    }

    /** Clicks {@code button} (1 left, 3 right) at ({@code x}, {@code y}) of the control. */
    public static void click(Control control, int x, int y, int button) {
        moveTo(control, x, y);
        XTest.button(button, true);
        XTest.button(button, false);
        settle(control.getDisplay());
    }

    /** Presses {@code button} at ({@code x}, {@code y}) of the control and holds it (the start of a drag). */
    public static void press(Control control, int x, int y, int button) {
        moveTo(control, x, y);
        XTest.button(button, true);
        settle(control.getDisplay());
    }

    /** Releases {@code button} at ({@code x}, {@code y}) of the control (the end of a drag). */
    public static void release(Control control, int x, int y, int button) {
        moveTo(control, x, y);
        XTest.button(button, false);
        settle(control.getDisplay());
    }

    /** A double click with the left button at ({@code x}, {@code y}) of the control. */
    public static void doubleClick(Control control, int x, int y) {
        moveTo(control, x, y);
        for (int i = 0; i < 2; i++) {
            XTest.button(1, true);
            XTest.button(1, false);
        }
        settle(control.getDisplay());
    }

    /** Runs the event loop a moment: the X server sends the events back through its own connection. */
    private static void settle(Display display) {
        if (Display.getCurrent() == display) {
            Waits.idle(50);
        }
    }

    /** Types {@code text} into whatever has the focus: letters, digits, punctuation, '\n' as Enter, '\t' as Tab. */
    public static void type(Display display, String text) {
        for (char c : text.toCharArray()) {
            typeOne(display, c);
            Waits.flush();
        }
    }

    /** Posts the key presses of one character, without running the event loop (for timing). */
    public static void typeOne(Display display, char c) {
        if (c == '\n') {
            key(display, SWT.CR, 0);
            return;
        }
        if (c == '\t') {
            key(display, SWT.TAB, 0);
            return;
        }
        boolean shift = Character.isUpperCase(c) || SHIFTED.indexOf(c) >= 0;
        if (shift) {
            modifier(display, SWT.SHIFT, SWT.KeyDown);
        }
        Event down = new Event();
        down.type = SWT.KeyDown;
        down.character = Character.toLowerCase(c);
        post(display, down);
        Event up = new Event();
        up.type = SWT.KeyUp;
        up.character = Character.toLowerCase(c);
        post(display, up);
        if (shift) {
            modifier(display, SWT.SHIFT, SWT.KeyUp);
        }
    }

    /**
     * Presses a key with modifiers: {@code keyCode} is a character ('a', ' ', '1') or an SWT key code
     * (SWT.ESC, SWT.CR, SWT.F3, SWT.ARROW_DOWN...); {@code modifiers} is a mask of SWT.CTRL, SWT.SHIFT, SWT.ALT.
     */
    public static void key(Display display, int keyCode, int modifiers) {
        int[] order = { SWT.CTRL, SWT.SHIFT, SWT.ALT };
        for (int modifier : order) {
            if ((modifiers & modifier) != 0) {
                modifier(display, modifier, SWT.KeyDown);
            }
        }
        for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
            Event event = new Event();
            event.type = type;
            if ((keyCode & SWT.KEYCODE_BIT) != 0 || keyCode == SWT.CR || keyCode == SWT.ESC || keyCode == SWT.TAB || keyCode == SWT.BS
                    || keyCode == SWT.DEL) {
                event.keyCode = keyCode;
            } else {
                event.character = (char) keyCode;
            }
            post(display, event);
        }
        for (int i = order.length - 1; i >= 0; i--) {
            if ((modifiers & order[i]) != 0) {
                modifier(display, order[i], SWT.KeyUp);
            }
        }
        Waits.flush();
    }

    private static void modifier(Display display, int modifier, int type) {
        Event event = new Event();
        event.type = type;
        event.keyCode = modifier;
        post(display, event);
    }

    private static void post(Display display, Event event) {
        if (!display.post(event)) {
            throw new AssertionError("the display refused a posted event (" + event + "): is XTest there (libxtst6)?");
        }
    }
}
