package org.devassign.testing.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When a UI test fails, says where the real events went: the control under the pointer, the focus
 * control, the active shell and every visible shell with its bounds, printed to the log (CI keeps
 * only the log), and the whole screen as the X server shows it (stacking included, unlike
 * {@link Shots}) in target/screenshots/failed-CLASS-METHOD.png. Runs before {@code @AfterEach}, so
 * the popups that were open are still there. The test's failure is rethrown unchanged.
 */
public final class UiFailureReport implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Display display = Display.getCurrent();
        if (display != null && !display.isDisposed()) {
            String name = "failed-" + context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            try {
                System.out.println("[ui-failure] " + name + ": " + describe(display) + "; screen: " + Shots.screen(display, name));
            } catch (RuntimeException | java.io.IOException | Error notReported) {
                System.out.println("[ui-failure] " + name + ": no report (" + notReported + ")");
            }
        }
        throw failure;
    }

    /** Where the pointer, the focus and the shells are: what decides who gets the next posted event. */
    static String describe(Display display) {
        Point pointer = display.getCursorLocation();
        List<String> shells = new ArrayList<>();
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible()) {
                shells.add(shell + " '" + shell.getText() + "' at " + shell.getBounds());
            }
        }
        return "pointer at " + pointer + " over " + describe(display.getCursorControl()) + ", focus on " + describe(display.getFocusControl())
                + ", active shell " + display.getActiveShell() + ", visible shells " + shells;
    }

    private static String describe(Control control) {
        if (control == null) {
            return "no control of this application";
        }
        Rectangle at = control.getDisplay().map(control.getParent(), null, control.getBounds());
        return control + " at " + at + " in " + control.getShell() + " '" + control.getShell().getText() + "'";
    }
}
