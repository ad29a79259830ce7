package org.devassign.testing.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Finding widgets in a window as a user would, by what they show. */
public final class Widgets {

    private Widgets() {
    }

    /** Every control of {@code type} under {@code parent} that matches, depth first. */
    public static <T extends Control> List<T> all(Composite parent, Class<T> type, Predicate<T> matches) {
        List<T> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child) && matches.test(type.cast(child))) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                found.addAll(all(composite, type, matches));
            }
        }
        return found;
    }

    /** The first control of {@code type} under {@code parent} that matches, or null. */
    public static <T extends Control> T find(Composite parent, Class<T> type, Predicate<T> matches) {
        List<T> found = all(parent, type, matches);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The visible button labelled {@code text} (mnemonics ignored), or null. */
    public static Button button(Composite parent, String text) {
        return find(parent, Button.class, b -> b.isVisible() && b.getText().replace("&", "").equals(text.replace("&", "")));
    }

    /** The shells open now that were not in {@code before} and are visible. */
    public static List<Shell> newShells(Display display, List<Shell> before) {
        List<Shell> shells = new ArrayList<>();
        for (Shell shell : display.getShells()) {
            if (!before.contains(shell) && !shell.isDisposed() && shell.isVisible()) {
                shells.add(shell);
            }
        }
        return shells;
    }

    /** Clicks the middle of {@code control} with the left button (a real click). */
    public static void click(Control control) {
        var size = control.getSize();
        RealEvents.click(control, size.x / 2, size.y / 2, 1);
    }

    /** Whether {@code control} shows all of its content: its preferred height at its width fits in its height. */
    public static boolean showsAll(Control control) {
        var size = control.getSize();
        var wanted = control.computeSize(size.x, org.eclipse.swt.SWT.DEFAULT);
        return wanted.y <= size.y;
    }
}
