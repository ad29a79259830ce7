package org.devassign.ui.diagram.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.devassign.ui.diagram.model.ConsumerBox;
import org.devassign.ui.diagram.model.DeviceBox;
import org.devassign.ui.diagram.model.Diagram;
import org.devassign.ui.diagram.model.GroupBox;
import org.devassign.ui.diagram.model.Shape;
import org.devassign.ui.diagram.render.DiagramPainter;
import org.devassign.ui.diagram.render.GcGraphics;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * Draws a diagram with scrolling and zoom (only the visible part is painted) and turns a drag of a
 * device, or of a group by its header, onto a consumer into a call of the drop handler. A drop the
 * validator would refuse is shown as refused while dragging, with the reason, and not made. A click
 * selects a shape; Delete hands it to the delete handler; Escape cancels a drag.
 */
public final class DiagramCanvas extends Canvas {

    private static final int SELECTION = 0x1c7ed6;

    private Diagram diagram = new Diagram("");
    private double originX;
    private double originY;
    private final DropGesture drag = new DropGesture();
    private Shape selected;
    private double scale = 1;
    private Consumer<Shape> deleteHandler = shape -> {
    };
    private final List<Runnable> viewListeners = new ArrayList<>();

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
        addListener(SWT.KeyDown, this::keyDown);
        addListener(SWT.MouseVerticalWheel, e -> {
            ScrollBar bar = getVerticalBar();
            bar.setSelection(bar.getSelection() - e.count * 20);
            scrolled();
        });
    }

    public void setDiagram(Diagram newDiagram) {
        diagram = newDiagram;
        reselect();
        updateScrollBars();
        redraw();
    }

    public Diagram diagram() {
        return diagram;
    }

    public void onDrop(BiConsumer<Shape, ConsumerBox> handler) {
        drag.onDrop(handler);
    }

    /** Called whenever the visible part of the diagram changes: a scroll, a zoom, a new diagram, a resize. Returns its removal. */
    public Runnable onViewChanged(Runnable listener) {
        viewListeners.add(listener);
        return () -> viewListeners.remove(listener);
    }

    private void viewChanged() {
        viewListeners.forEach(Runnable::run);
    }

    /** The visible part of the diagram, in diagram coordinates: x, y, width, height. */
    public double[] visibleArea() {
        Rectangle area = getClientArea();
        return new double[] { originX, originY, area.width / scale, area.height / scale };
    }

    /** Scrolls so that the diagram point is at the centre of the view (as far as the diagram's edges allow). */
    public void centreOn(double x, double y) {
        Rectangle area = getClientArea();
        double width = area.width / scale;
        double height = area.height / scale;
        originX = clamp(x - width / 2, diagram.width - width);
        originY = clamp(y - height / 2, diagram.height - height);
        getHorizontalBar().setSelection((int) Math.round(originX * scale));
        getVerticalBar().setSelection((int) Math.round(originY * scale));
        redraw();
        viewChanged();
    }

    /** Called with the selected shape when the user presses Delete. */
    public void onDelete(Consumer<Shape> handler) {
        deleteHandler = handler;
    }

    /** Receives what the user should read on the status line (a refused drop's reason). */
    public void onStatus(Consumer<String> handler) {
        drag.onStatus(handler);
    }

    /** The shape the user clicked last (a device, a group, a consumer), or null. */
    public Shape selected() {
        return selected;
    }

    /** Selects the shape of the current diagram that stands for the same thing (shapes are rebuilt on every text change). */
    private void reselect() {
        if (selected == null) {
            return;
        }
        String identity = selected.identity();
        selected = diagram.shapes().stream().filter(shape -> shape.identity().equals(identity)).findFirst().orElse(null);
    }

    /** The current scale (1 = 100 %). */
    public double zoom() {
        return scale;
    }

    public void zoomIn() {
        setZoom(ZoomSteps.above(scale));
    }

    public void zoomOut() {
        setZoom(ZoomSteps.below(scale));
    }

    /** Scales the whole diagram into the visible area (never above 100 %). */
    public void zoomToFit() {
        Rectangle area = getClientArea();
        if (diagram.width <= 0 || diagram.height <= 0 || area.width <= 0 || area.height <= 0) {
            return;
        }
        setZoom(Math.max(ZoomSteps.LOWEST, Math.min(1, Math.min(area.width / diagram.width, area.height / diagram.height))));
    }

    /** Sets the scale, keeping the diagram point at the centre of the view where it was. */
    private void setZoom(double newScale) {
        Rectangle area = getClientArea();
        double centreX = originX + area.width / 2.0 / scale;
        double centreY = originY + area.height / 2.0 / scale;
        scale = newScale;
        updateScrollBars();
        originX = clamp(centreX - area.width / 2.0 / scale, diagram.width - area.width / scale);
        originY = clamp(centreY - area.height / 2.0 / scale, diagram.height - area.height / scale);
        getHorizontalBar().setSelection((int) Math.round(originX * scale));
        getVerticalBar().setSelection((int) Math.round(originY * scale));
        redraw();
        viewChanged();
    }

    /** Screen position (canvas pixels) of a diagram point: for tests that drag like a user. */
    public org.eclipse.swt.graphics.Point toScreen(double x, double y) {
        return new org.eclipse.swt.graphics.Point((int) Math.round((x - originX) * scale), (int) Math.round((y - originY) * scale));
    }

    /** Scrolls so that the diagram point is visible. */
    public void reveal(double x, double y) {
        Rectangle area = getClientArea();
        double width = area.width / scale;
        double height = area.height / scale;
        if (x < originX || x > originX + width - 40) {
            originX = clamp(x - 40, diagram.width - width);
            getHorizontalBar().setSelection((int) Math.round(originX * scale));
        }
        if (y < originY || y > originY + height - 40) {
            originY = clamp(y - height / 3.0, diagram.height - height);
            getVerticalBar().setSelection((int) Math.round(originY * scale));
        }
        // the origin is ours: GTK may report the scroll bars' new selection only later
        redraw();
        viewChanged();
    }

    private static double clamp(double value, double max) {
        return Math.max(0, Math.min(value, Math.max(0, max)));
    }

    private void updateScrollBars() {
        Rectangle area = getClientArea();
        ScrollBar h = getHorizontalBar();
        ScrollBar v = getVerticalBar();
        h.setMaximum((int) Math.ceil(diagram.width * scale));
        h.setThumb(Math.min(area.width, (int) Math.ceil(diagram.width * scale)));
        h.setPageIncrement(Math.max(1, area.width - 40));
        v.setMaximum((int) Math.ceil(diagram.height * scale));
        v.setThumb(Math.min(area.height, (int) Math.ceil(diagram.height * scale)));
        v.setPageIncrement(Math.max(1, area.height - 40));
        v.setIncrement(20);
        h.setIncrement(20);
        scrolled();
    }

    private void scrolled() {
        originX = getHorizontalBar().getSelection() / scale;
        originY = getVerticalBar().getSelection() / scale;
        redraw();
        viewChanged();
    }

    private void paint(Event event) {
        event.gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        event.gc.fillRectangle(event.x, event.y, event.width, event.height);
        Transform zoom = new Transform(getDisplay());
        try (GcGraphics graphics = new GcGraphics(event.gc, originX, originY)) {
            zoom.scale((float) scale, (float) scale);
            event.gc.setTransform(zoom);
            DiagramPainter.paint(graphics, diagram, originX + event.x / scale, originY + event.y / scale, event.width / scale + 1,
                    event.height / scale + 1);
            if (selected != null) {
                graphics.drawRoundRect(selected.x - 3, selected.y - 3, selected.width + 6, selected.height + 6, 10, SELECTION, 2);
            }
            drag.paint(graphics);
        } finally {
            event.gc.setTransform(null);
            zoom.dispose();
        }
    }

    private void keyDown(Event event) {
        boolean mod = (event.stateMask & SWT.MOD1) != 0;
        if (event.keyCode == SWT.ESC && drag.active()) {
            drag.cancel();
            setToolTipText(null);
            redraw();
        } else if ((event.keyCode == SWT.DEL || event.keyCode == SWT.BS) && selected != null && !drag.active()) {
            deleteHandler.accept(selected);
        } else if (mod && (event.keyCode == '=' || event.keyCode == '+' || event.keyCode == SWT.KEYPAD_ADD)) {
            zoomIn();
        } else if (mod && (event.keyCode == '-' || event.keyCode == SWT.KEYPAD_SUBTRACT)) {
            zoomOut();
        } else if (mod && (event.keyCode == '0' || event.keyCode == SWT.KEYPAD_0)) {
            zoomToFit();
        }
    }

    private void mouseDown(Event event) {
        if (event.button != 1) {
            return;
        }
        setFocus();
        double x = event.x / scale + originX;
        double y = event.y / scale + originY;
        Shape shape = diagram.shapeAt(x, y);
        selected = shape;
        redraw();
        if (shape instanceof DeviceBox || (shape instanceof GroupBox group && group.inHeader(x, y))) {
            drag.start(shape, x, y);
        }
    }

    private void mouseMove(Event event) {
        double x = event.x / scale + originX;
        double y = event.y / scale + originY;
        if (!drag.active()) {
            Shape shape = diagram.shapeAt(x, y);
            setToolTipText(shape == null ? null : ShapeTips.of(shape));
            return;
        }
        drag.move(diagram, x, y);
        setToolTipText(drag.refusal());
        redraw();
    }

    private void mouseUp(Event event) {
        if (!drag.active()) {
            return;
        }
        setToolTipText(null);
        redraw();
        drag.finish(diagram, event.x / scale + originX, event.y / scale + originY);
    }
}
