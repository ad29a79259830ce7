package org.devassign.ui.diagram.model;

import java.util.ArrayList;
import java.util.List;

/** A box of the diagram: geometry (set by the layout, diagram coordinates) and the problems that concern it. */
public abstract class Shape {

    public double x;
    public double y;
    public double width;
    public double height;
    /** Messages of the problems on this shape, errors first. */
    public final List<String> problems = new ArrayList<>();
    public Severity severity = Severity.NONE;

    public enum Severity { NONE, WARNING, ERROR }

    public boolean contains(double px, double py) {
        return px >= x && px < x + width && py >= y && py < y + height;
    }

    public boolean intersects(double rx, double ry, double rw, double rh) {
        return x < rx + rw && rx < x + width && y < ry + rh && ry < y + height;
    }

    void addProblem(Severity problemSeverity, String message) {
        if (!problems.contains(message)) {
            if (problemSeverity == Severity.ERROR) {
                problems.add(0, message);
            } else {
                problems.add(message);
            }
        }
        if (problemSeverity.ordinal() > severity.ordinal()) {
            severity = problemSeverity;
        }
    }

    /** What the shape is called in tooltips and tests. */
    public abstract String label();

    /**
     * What the shape stands for, stable across rebuilds of the diagram from new text (a device's
     * kernel name, a group's number, a consumer's name): the layout keeps a shape's place by it.
     */
    public abstract String identity();
}
