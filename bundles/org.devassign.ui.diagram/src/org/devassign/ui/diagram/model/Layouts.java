package org.devassign.ui.diagram.model;

/** Sizes of the shapes' parts, shared by the builder (box sizes), the layout and the painter. */
public final class Layouts {

    public static final double DEVICE_WIDTH = 250;
    public static final double DEVICE_TITLE = 34;
    public static final double LINE = 16;
    public static final double PAD = 8;
    public static final double GROUP_HEADER = 24;
    public static final double CONSUMER_WIDTH = 240;
    public static final double CONSUMER_HEIGHT = 56;

    private Layouts() {
    }
}
