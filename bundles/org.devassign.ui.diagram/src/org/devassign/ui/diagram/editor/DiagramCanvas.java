package org.devassign.ui.diagram.editor;

import java.util.function.BiConsumer;

import org.devassign.ui.diagram.model.ConsumerBox;
import org.devassign.ui.diagram.model.DeviceBox;
import org.devassign.ui.diagram.model.Diagram;
import org.devassign.ui.diagram.model.GroupBox;
import org.devassign.ui.diagram.model.Shape;
import org.devassign.ui.diagram.render.DiagramPainter;
import org.devassign.ui.diagram.render.GcGraphics;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * Draws a diagram with scrolling (only the visible part is painted) and turns a drag of a device,
 * or of a group by its header, onto a consumer into a call of the drop handler.
 */
public final class DiagramCanvas extends Canvas {

    private Diagram diagram = new Diagram("");
    private double originX;
    private double originY;
    private Shape dragged;
    private double dragX;
    private double dragY;
    private ConsumerBox dropTarget;
    private BiConsumer<Shape, ConsumerBox> dropHandler = (shape, consumer) -> {
    };

    public DiagramCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.V_SCROLL | SWT.NO_BACKGROUND);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        addListener(SWT.Paint, this::paint);
        addListener(SWT.Resize, e -> updateScrollBars());
        getVerticalBar().addListener(SWT.Selection, e -> scrolled());
        getHorizontalBar().addListener(SWT.Selection, e -> scrolled());
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseUp, this::mouseUp);
        addListener(SWT.MouseVerticalWheel, e -> {
            ScrollBar bar = getVerticalBar();
            bar.setSelection(bar.getSelection() - e.count * 20);
            scrolled();
        });
    }

    public void setDiagram(Diagram newDiagram) {
        diagram = newDiagram;
        updateScrollBars();
        redraw();
    }

    public Diagram diagram() {
        return diagram;
    }

    public void onDrop(BiConsumer<Shape, ConsumerBox> handler) {
        dropHandler = handler;
    }

    /** Screen position (canvas pixels) of a diagram point: for tests that drag like a user. */
    public org.eclipse.swt.graphics.Point toScreen(double x, double y) {
        return new org.eclipse.swt.graphics.Point((int) Math.round(x - originX), (int) Math.round(y - originY));
    }

    /** Scrolls so that the diagram point is visible. */
    public void reveal(double x, double y) {
        Rectangle area = getClientArea();
        if (x < originX || x > originX + area.width - 40) {
            getHorizontalBar().setSelection((int) Math.max(0, x - 40));
        }
        if (y < originY || y > originY + area.height - 40) {
            getVerticalBar().setSelection((int) Math.max(0, y - 40));
        }
        scrolled();
    }

    private void updateScrollBars() {
        Rectangle area = getClientArea();
        ScrollBar h = getHorizontalBar();
        ScrollBar v = getVerticalBar();
        h.setMaximum((int) Math.ceil(diagram.width));
        h.setThumb(Math.min(area.width, (int) Math.ceil(diagram.width)));
        h.setPageIncrement(Math.max(1, area.width - 40));
        v.setMaximum((int) Math.ceil(diagram.height));
        v.setThumb(Math.min(area.height, (int) Math.ceil(diagram.height)));
        v.setPageIncrement(Math.max(1, area.height - 40));
        v.setIncrement(20);
        h.setIncrement(20);
        scrolled();
    }

    private void scrolled() {
        originX = getHorizontalBar().getSelection();
        originY = getVerticalBar().getSelection();
        redraw();
    }

    private void paint(Event event) {
        event.gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        event.gc.fillRectangle(event.x, event.y, event.width, event.height);
        try (GcGraphics graphics = new GcGraphics(event.gc, originX, originY)) {
            DiagramPainter.paint(graphics, diagram, originX + event.x, originY + event.y, event.width, event.height);
            if (dragged != null) {
                double sx = dragged.x + dragged.width / 2;
                double sy = dragged instanceof GroupBox ? dragged.y + 12 : dragged.y + 17;
                graphics.drawPolyline(new double[] { sx, sy, dragX, dragY }, 0x495057, 2, true);
                if (dropTarget != null) {
                    graphics.drawRoundRect(dropTarget.x - 4, dropTarget.y - 4, dropTarget.width + 8, dropTarget.height + 8, 14,
                            DiagramPainter.colourOf(dropTarget), 3);
                }
            }
        }
    }

    private void mouseDown(Event event) {
        if (event.button != 1) {
            return;
        }
        double x = event.x + originX;
        double y = event.y + originY;
        Shape shape = diagram.shapeAt(x, y);
        if (shape instanceof DeviceBox || (shape instanceof GroupBox group && group.inHeader(x, y))) {
            dragged = shape;
            dragX = x;
            dragY = y;
        }
    }

    private void mouseMove(Event event) {
        double x = event.x + originX;
        double y = event.y + originY;
        if (dragged == null) {
            Shape shape = diagram.shapeAt(x, y);
            setToolTipText(shape == null ? null : tooltip(shape));
            return;
        }
        dragX = x;
        dragY = y;
        dropTarget = diagram.shapeAt(x, y) instanceof ConsumerBox consumer ? consumer : null;
        redraw();
    }

    private void mouseUp(Event event) {
        if (dragged == null) {
            return;
        }
        Shape source = dragged;
        ConsumerBox target = diagram.shapeAt(event.x + originX, event.y + originY) instanceof ConsumerBox consumer ? consumer : null;
        dragged = null;
        dropTarget = null;
        redraw();
        if (target != null) {
            dropHandler.accept(source, target);
        }
    }

    static String tooltip(Shape shape) {
        StringBuilder text = new StringBuilder(shape.label());
        if (shape instanceof DeviceBox device) {
            text.append(" (").append(device.address).append(")");
            if (device.assignedTo != null) {
                text.append(" \u2192 ").append(device.assignedTo.name);
            }
        }
        for (String problem : shape.problems) {
            text.append("\n\u2022 ").append(problem);
        }
        if (shape instanceof DeviceBox || shape instanceof GroupBox) {
            text.append("\nDrag onto a consumer to assign").append(shape instanceof GroupBox ? " the whole group" : " it");
        }
        return text.toString();
    }
}
