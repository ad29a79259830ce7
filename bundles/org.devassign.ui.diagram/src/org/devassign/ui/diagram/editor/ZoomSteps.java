package org.devassign.ui.diagram.editor;

/**
 * The zoom levels the diagram steps through with Ctrl+= and Ctrl+-; the lowest is also the floor of
 * Zoom to Fit, so what Ctrl+0 shows, Ctrl+- reaches too. The floor is 5%: a board of thousands of
 * devices is a diagram tens of thousands of pixels tall, which 25% left far beyond the window, while
 * below 5% a device is a few pixels and the overview serves better.
 */
final class ZoomSteps {

    private static final double[] STEPS = { 0.05, 0.1, 0.15, 0.25, 0.33, 0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 3, 4 };
    static final double LOWEST = STEPS[0];

    private ZoomSteps() {
    }

    /** The next level above {@code scale}, or {@code scale} at the top. */
    static double above(double scale) {
        for (double step : STEPS) {
            if (step > scale + 1e-6) {
                return step;
            }
        }
        return scale;
    }

    /** The next level below {@code scale}, or {@code scale} at the bottom. */
    static double below(double scale) {
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < scale - 1e-6) {
                return STEPS[i];
            }
        }
        return scale;
    }
}
