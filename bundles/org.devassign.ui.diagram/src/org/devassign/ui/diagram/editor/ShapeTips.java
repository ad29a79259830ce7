package org.devassign.ui.diagram.editor;

import org.devassign.ui.diagram.model.DeviceBox;
import org.devassign.ui.diagram.model.GroupBox;
import org.devassign.ui.diagram.model.Shape;

/** What the pointer resting on a shape tells: what it is, where it goes, its problems, what a drag of it does. */
final class ShapeTips {

    private ShapeTips() {
    }

    static String of(Shape shape) {
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
