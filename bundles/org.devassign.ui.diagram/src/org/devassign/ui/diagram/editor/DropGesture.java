package org.devassign.ui.diagram.editor;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.devassign.ui.diagram.model.ConsumerBox;
import org.devassign.ui.diagram.model.Diagram;
import org.devassign.ui.diagram.model.GroupBox;
import org.devassign.ui.diagram.model.Shape;
import org.devassign.ui.diagram.render.DiagramPainter;
import org.devassign.ui.diagram.render.Graphics;

/**
 * One drag of a device, or of a group by its header, onto a consumer, in diagram coordinates. A
 * drop the validator would refuse is shown as refused while the drag is in the air, with the
 * reason ({@link DropRules}), and is not made; Escape cancels the drag.
 */
final class DropGesture {

    private static final int REFUSED = 0xc92a2a;

    private Shape dragged;
    private double dragX;
    private double dragY;
    private ConsumerBox target;
    private String refusal;
    private BiConsumer<Shape, ConsumerBox> dropHandler = (shape, consumer) -> {
    };
    private Consumer<String> status = text -> {
    };

    void onDrop(BiConsumer<Shape, ConsumerBox> handler) {
        dropHandler = handler;
    }

    void onStatus(Consumer<String> handler) {
        status = handler;
    }

    boolean active() {
        return dragged != null;
    }

    /** The reason the drop here would be refused, while a drag is in the air (the canvas's tooltip). */
    String refusal() {
        return refusal;
    }

    void start(Shape shape, double x, double y) {
        dragged = shape;
        dragX = x;
        dragY = y;
    }

    void move(Diagram diagram, double x, double y) {
        dragX = x;
        dragY = y;
        target = diagram.shapeAt(x, y) instanceof ConsumerBox consumer ? consumer : null;
        refusal = DropRules.refusal(dragged, target);
    }

    /** Ends the drag at (x, y): a drop on a consumer goes to the drop handler, a refused one's reason to the status line. */
    void finish(Diagram diagram, double x, double y) {
        Shape source = dragged;
        ConsumerBox consumer = diagram.shapeAt(x, y) instanceof ConsumerBox box ? box : null;
        String refused = DropRules.refusal(source, consumer);
        cancel();
        if (refused != null) {
            status.accept(refused);
        } else if (consumer != null) {
            dropHandler.accept(source, consumer);
        }
    }

    void cancel() {
        dragged = null;
        target = null;
        refusal = null;
    }

    /** The line from the dragged shape to the pointer, the target's outline, the refusal beside the pointer. */
    void paint(Graphics graphics) {
        if (dragged == null) {
            return;
        }
        double sx = dragged.x + dragged.width / 2;
        double sy = dragged instanceof GroupBox ? dragged.y + 12 : dragged.y + 17;
        graphics.drawPolyline(new double[] { sx, sy, dragX, dragY }, refusal == null ? 0x495057 : REFUSED, 2, true);
        if (target != null) {
            graphics.drawRoundRect(target.x - 4, target.y - 4, target.width + 8, target.height + 8, 14,
                    refusal == null ? DiagramPainter.colourOf(target) : REFUSED, 3);
        }
        if (refusal != null) {
            graphics.drawText("\u26d4 refused: " + DropRules.headline(refusal), dragX + 12, dragY + 8, REFUSED, true, false);
        }
    }
}
