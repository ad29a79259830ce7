package org.devassign.ui.diagram.editor;

import org.devassign.ui.diagram.model.ConsumerBox;
import org.devassign.ui.diagram.model.DeviceBox;
import org.devassign.ui.diagram.model.Diagram;
import org.devassign.ui.diagram.model.GroupBox;
import org.devassign.ui.diagram.model.Link;
import org.devassign.ui.diagram.model.Shape;
import org.devassign.ui.diagram.render.DiagramPainter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * The whole diagram in small, with the part the diagram canvas shows outlined: on a board of
 * thousands of devices the diagram is far larger than the window, and this is where one sees where
 * one is and jumps elsewhere (a click or a drag centres the canvas there). The picture is boxes and
 * lines without text, drawn once per diagram and size; a scroll only moves the outline.
 */
public final class DiagramOverview extends Canvas {

    private static final int VIEW = 0x1c7ed6;
    private static final int MARGIN = 4;

    private final DiagramCanvas canvas;
    private Image picture;
    private Diagram pictured;
    private boolean dragging;

    public DiagramOverview(Composite parent, DiagramCanvas canvas) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.canvas = canvas;
        setToolTipText("Overview of the whole diagram: click or drag to show that part");
        addListener(SWT.Paint, this::paint);
        addListener(SWT.Resize, e -> forget());
        Runnable unlisten = canvas.onViewChanged(() -> {
            if (!isDisposed()) {
                if (canvas.diagram() != pictured) {
                    forget();
                }
                redraw();
            }
        });
        addListener(SWT.Dispose, e -> {
            unlisten.run();
            forget();
        });
        addListener(SWT.MouseDown, e -> {
            if (e.button == 1) {
                dragging = true;
                show(e);
            }
        });
        addListener(SWT.MouseMove, e -> {
            if (dragging) {
                show(e);
            }
        });
        addListener(SWT.MouseUp, e -> dragging = false);
    }

    /**
     * Overview pixels per diagram unit, across and down: the whole diagram fits. A diagram that is
     * taller than the overview's shape (a large board: one long column of groups) is stretched
     * across the overview's width, so that its columns stay apart instead of becoming one line.
     */
    public double[] scale() {
        Diagram diagram = canvas.diagram();
        Rectangle area = getClientArea();
        if (diagram.width <= 0 || diagram.height <= 0) {
            return new double[] { 1, 1 };
        }
        double across = Math.max(0, area.width - 2.0 * MARGIN) / diagram.width;
        double down = Math.max(0, area.height - 2.0 * MARGIN) / diagram.height;
        return new double[] { across, Math.min(across, down) };
    }

    /** Where a diagram point is drawn in the overview (control pixels). */
    public Point toOverview(double x, double y) {
        double[] scale = scale();
        return new Point((int) Math.round(MARGIN + x * scale[0]), (int) Math.round(MARGIN + y * scale[1]));
    }

    /** The outline of the canvas's visible part, in control pixels. */
    public Rectangle viewOutline() {
        double[] view = canvas.visibleArea();
        double[] scale = scale();
        Diagram diagram = canvas.diagram();
        double width = Math.min(view[2], diagram.width - view[0]);
        double height = Math.min(view[3], diagram.height - view[1]);
        Point at = toOverview(view[0], view[1]);
        return new Rectangle(at.x, at.y, Math.max(3, (int) Math.round(width * scale[0])), Math.max(3, (int) Math.round(height * scale[1])));
    }

    private void show(Event event) {
        double[] scale = scale();
        if (scale[0] > 0 && scale[1] > 0) {
            canvas.centreOn((event.x - MARGIN) / scale[0], (event.y - MARGIN) / scale[1]);
        }
    }

    private void forget() {
        if (picture != null) {
            picture.dispose();
            picture = null;
        }
        pictured = null;
    }

    private void paint(Event event) {
        Rectangle area = getClientArea();
        if (area.width <= 0 || area.height <= 0) {
            return;
        }
        if (picture == null) {
            pictured = canvas.diagram();
            picture = draw(area);
        }
        event.gc.drawImage(picture, 0, 0);
        Rectangle view = viewOutline();
        event.gc.setAlpha(40);
        event.gc.setBackground(colour(VIEW));
        event.gc.fillRectangle(view);
        event.gc.setAlpha(255);
        event.gc.setForeground(colour(VIEW));
        event.gc.setLineWidth(2);
        event.gc.drawRectangle(view.x, view.y, view.width - 1, view.height - 1);
    }

    private Image draw(Rectangle area) {
        Image image = new Image(getDisplay(), area.width, area.height);
        GC gc = new GC(image);
        try {
            gc.setBackground(colour(0xf8f9fa));
            gc.fillRectangle(0, 0, area.width, area.height);
            Diagram diagram = pictured;
            for (GroupBox group : diagram.groups) {
                box(gc, group, group.assignedTo != null ? DiagramPainter.tintOf(group.assignedTo) : 0xdee2e6);
                for (DeviceBox device : group.devices) {
                    box(gc, device, device.assignedTo != null ? DiagramPainter.colourOf(device.assignedTo) : 0xffffff);
                }
            }
            for (DeviceBox device : diagram.loose) {
                box(gc, device, 0xffffff);
            }
            gc.setLineWidth(1);
            for (Link link : diagram.links) {
                int[] points = new int[link.points.size() * 2];
                for (int i = 0; i < link.points.size(); i++) {
                    Point at = toOverview(link.points.get(i)[0], link.points.get(i)[1]);
                    points[2 * i] = at.x;
                    points[2 * i + 1] = at.y;
                }
                gc.setForeground(colour(DiagramPainter.colourOf(link.consumer)));
                gc.drawPolyline(points);
            }
            for (ConsumerBox consumer : diagram.consumers) {
                box(gc, consumer, DiagramPainter.colourOf(consumer));
            }
        } finally {
            gc.dispose();
        }
        return image;
    }

    private void box(GC gc, Shape shape, int fill) {
        Point at = toOverview(shape.x, shape.y);
        double[] scale = scale();
        gc.setBackground(colour(fill));
        gc.fillRectangle(at.x, at.y, Math.max(1, (int) Math.round(shape.width * scale[0])), Math.max(1, (int) Math.round(shape.height * scale[1])));
    }

    private static Color colour(int rgb) {
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }
}
