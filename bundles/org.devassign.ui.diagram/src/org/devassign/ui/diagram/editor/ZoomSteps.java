package org.devassign.ui.diagram.editor;

/** The zoom levels the diagram steps through with Ctrl+= and Ctrl+-; the lowest is also the floor of Zoom to Fit. */
final class ZoomSteps {

    private static final double[] STEPS = { 0.25, 0.33, 0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 3, 4 };
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
