package org.devassign.ui.diagram.layout;

import org.devassign.ui.diagram.model.DeviceBox;
import org.devassign.ui.diagram.model.Diagram;
import org.devassign.ui.diagram.model.GroupBox;
import org.devassign.ui.diagram.model.Layouts;
import org.devassign.ui.diagram.model.Link;
import org.devassign.ui.diagram.model.Shape;

/**
 * What follows from the places of the groups, the loose devices and the consumers, whoever placed
 * them (ELK the first time, the remembered places afterwards): the devices stacked in their groups,
 * the links' routes and the diagram's size.
 */
final class Geometry {

    /** Margin right of and below the rightmost and lowest shape. */
    private static final double MARGIN = 20;

    private Geometry() {
    }

    static void finish(Diagram diagram) {
        for (GroupBox group : diagram.groups) {
            double deviceY = group.y + Layouts.GROUP_HEADER;
            for (DeviceBox device : group.devices) {
                device.x = group.x + Layouts.PAD;
                device.y = deviceY;
                deviceY += device.height + Layouts.PAD;
            }
        }
        LinkRouter.route(diagram);
        double width = 0;
        double height = 0;
        for (Shape shape : diagram.shapes()) {
            width = Math.max(width, shape.x + shape.width);
            height = Math.max(height, shape.y + shape.height);
        }
        for (Link link : diagram.links) {
            for (double[] point : link.points) {
                width = Math.max(width, point[0]);
                height = Math.max(height, point[1]);
            }
        }
        diagram.width = width + MARGIN;
        diagram.height = height + MARGIN;
    }
}
