package org.devassign.ui.diagram.render;

import java.util.List;

import org.devassign.ui.diagram.model.ConsumerBox;
import org.devassign.ui.diagram.model.DeviceBox;
import org.devassign.ui.diagram.model.Diagram;
import org.devassign.ui.diagram.model.GroupBox;
import org.devassign.ui.diagram.model.Layouts;
import org.devassign.ui.diagram.model.Link;
import org.devassign.ui.diagram.model.Shape;

/**
 * Paints a laid-out diagram: only the shapes that meet the visible rectangle, so a diagram of
 * thousands of devices scrolls as fast as a small one.
 */
public final class DiagramPainter {

    /** Consumer colours: links and assigned devices take their consumer's. */
    static final int[] PALETTE = { 0x1f77b4, 0x2ca02c, 0x9467bd, 0xd62728, 0xff7f0e, 0x17becf, 0x8c564b, 0xe377c2 };
    static final int[] TINTS = { 0xe3eef8, 0xe2f3e2, 0xeee7f5, 0xf9e1e1, 0xfff0e0, 0xe0f6f8, 0xf0e8e6, 0xfbe9f6 };
    static final int TEXT = 0x1f2933;
    static final int MUTED = 0x6b7280;
    static final int ERROR = 0xd32f2f;
    static final int WARNING = 0xf0a000;

    private DiagramPainter() {
    }

    public static int colourOf(ConsumerBox consumer) {
        return PALETTE[consumer.colour % PALETTE.length];
    }

    /** The light fill of what goes to the consumer (its assigned devices and groups). */
    public static int tintOf(ConsumerBox consumer) {
        return TINTS[consumer.colour % TINTS.length];
    }

    /** Paints what meets the rectangle (x, y, w, h) of the diagram. */
    public static void paint(Graphics g, Diagram diagram, double x, double y, double w, double h) {
        if (!diagram.problems.isEmpty() && y < 36) {
            g.fillRoundRect(8, 6, Math.max(400, diagram.width - 16), 24, 6, 0xfdecea);
            g.drawText("\u26a0 " + diagram.problems.get(0) + (diagram.problems.size() > 1 ? "  (+" + (diagram.problems.size() - 1) + " more)" : ""),
                    16, 10, ERROR, false, false);
        }
        for (GroupBox group : diagram.groups) {
            if (group.intersects(x, y, w, h)) {
                group(g, group);
            }
        }
        for (DeviceBox device : diagram.loose) {
            if (device.intersects(x, y, w, h)) {
                device(g, device);
            }
        }
        for (Link link : diagram.links) {
            if (visible(link, x, y, w, h)) {
                link(g, link);
            }
        }
        for (ConsumerBox consumer : diagram.consumers) {
            if (consumer.intersects(x, y, w, h)) {
                consumer(g, consumer);
            }
        }
    }

    public static void paintAll(Graphics g, Diagram diagram) {
        paint(g, diagram, 0, 0, diagram.width, diagram.height);
    }

    private static boolean visible(Link link, double x, double y, double w, double h) {
        if (link.points.isEmpty()) {
            return false;
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : link.points) {
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        return minX <= x + w && maxX >= x && minY <= y + h && maxY >= y;
    }

    private static void group(Graphics g, GroupBox group) {
        g.fillRoundRect(group.x, group.y, group.width, group.height, 10, group.assignedTo != null ? TINTS[group.assignedTo.colour % TINTS.length] : 0xf1f3f5);
        g.drawRoundRect(group.x, group.y, group.width, group.height, 10, border(group, 0xadb5bd), group.severity == Shape.Severity.NONE ? 1 : 2.5);
        g.drawText(group.label() + "  \u00b7  " + group.devices.size() + (group.devices.size() == 1 ? " device" : " devices"),
                group.x + 8, group.y + 5, MUTED, true, false);
        badge(g, group);
        for (DeviceBox device : group.devices) {
            device(g, device);
        }
    }

    private static void device(Graphics g, DeviceBox device) {
        int fill = device.assignedTo != null ? TINTS[device.assignedTo.colour % TINTS.length] : 0xffffff;
        g.fillRoundRect(device.x, device.y, device.width, device.height, 8, fill);
        int border = device.assignedTo != null ? colourOf(device.assignedTo) : 0x868e96;
        g.drawRoundRect(device.x, device.y, device.width, device.height, 8, border(device, border), device.severity == Shape.Severity.NONE ? 1 : 2.5);
        g.drawText(device.name, device.x + 8, device.y + 3, TEXT, true, false);
        g.drawText(device.address + "  " + (device.driver == null ? "no driver" : device.driver) + (device.isProtected ? "  protected" : ""),
                device.x + 8, device.y + 18, MUTED, false, true);
        double line = device.y + Layouts.DEVICE_TITLE;
        for (DeviceBox.RegionLine region : device.regions) {
            // filled square: mmappable; hollow: read/write access only
            if (region.mmappable()) {
                g.fillRoundRect(device.x + 10, line + 4, 8, 8, 2, 0x2f9e44);
            } else {
                g.drawRoundRect(device.x + 10, line + 4, 9, 9, 2, 0x868e96, 1);
            }
            g.drawText(region.name() + "  " + region.size() + (region.mmappable() ? "  mmap" : "  no mmap"), device.x + 24, line + 1, TEXT, false, true);
            line += Layouts.LINE;
        }
        for (DeviceBox.IrqLine irq : device.irqs) {
            g.fillPolygon(new double[] { device.x + 15, line + 3, device.x + 11, line + 9, device.x + 14, line + 9, device.x + 13, line + 14,
                    device.x + 18, line + 7, device.x + 15, line + 7 }, 0xe8590c);
            g.drawText(irq.kind().toUpperCase(java.util.Locale.ROOT) + (irq.count() == 1 ? "" : " x" + irq.count())
                    + (irq.eventfd() ? "  eventfd" : ""), device.x + 24, line + 1, TEXT, false, true);
            line += Layouts.LINE;
        }
        badge(g, device);
    }

    private static void consumer(Graphics g, ConsumerBox consumer) {
        int colour = colourOf(consumer);
        g.fillRoundRect(consumer.x, consumer.y, consumer.width, consumer.height, 10, 0xffffff);
        g.fillRoundRect(consumer.x, consumer.y, 8, consumer.height, 6, colour);
        g.drawRoundRect(consumer.x, consumer.y, consumer.width, consumer.height, 10, border(consumer, colour), consumer.severity == Shape.Severity.NONE ? 1.5 : 2.5);
        g.drawText(consumer.kind, consumer.x + 16, consumer.y + 5, MUTED, false, true);
        g.drawText(consumer.name, consumer.x + 16, consumer.y + 19, TEXT, true, false);
        g.drawText(consumer.summary, consumer.x + 16, consumer.y + 36, MUTED, false, true);
        badge(g, consumer);
    }

    private static void link(Graphics g, Link link) {
        List<double[]> points = link.points;
        double[] xy = new double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            xy[2 * i] = points.get(i)[0];
            xy[2 * i + 1] = points.get(i)[1];
        }
        int colour = link.severity == Shape.Severity.ERROR ? ERROR : link.severity == Shape.Severity.WARNING ? WARNING : colourOf(link.consumer);
        g.drawPolyline(xy, colour, 2, false);
        double[] end = points.get(points.size() - 1);
        g.fillPolygon(new double[] { end[0], end[1], end[0] - 9, end[1] - 5, end[0] - 9, end[1] + 5 }, colour);
        double[] start = points.get(0);
        g.fillOval(start[0] - 3, start[1] - 3, 6, 6, colour);
    }

    private static int border(Shape shape, int normal) {
        return switch (shape.severity) {
            case ERROR -> ERROR;
            case WARNING -> WARNING;
            case NONE -> normal;
        };
    }

    /** A round mark with "!" and the number of problems, at the shape's top right. */
    private static void badge(Graphics g, Shape shape) {
        if (shape.severity == Shape.Severity.NONE) {
            return;
        }
        double bx = shape.x + shape.width - 22;
        double by = shape.y + 3;
        g.fillOval(bx, by, 16, 16, shape.severity == Shape.Severity.ERROR ? ERROR : WARNING);
        g.drawText(shape.problems.size() > 1 ? String.valueOf(shape.problems.size()) : "!", bx + (shape.problems.size() > 9 ? 2 : 5), by + 1, 0xffffff,
                true, false);
    }
}
