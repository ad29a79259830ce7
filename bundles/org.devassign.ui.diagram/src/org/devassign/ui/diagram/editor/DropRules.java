package org.devassign.ui.diagram.editor;

import org.devassign.ui.diagram.model.ConsumerBox;
import org.devassign.ui.diagram.model.DeviceBox;
import org.devassign.ui.diagram.model.GroupBox;
import org.devassign.ui.diagram.model.Shape;

/**
 * What a drop onto a consumer would be refused for, decided while the drag is still in the air, so
 * the user sees the reason before letting go. The reasons are the validator's (a protected device
 * never leaves its host driver, and a group goes with all its devices), carried by the diagram model.
 */
final class DropRules {

    private DropRules() {
    }

    /** The refusal's last sentence ("It cannot go to guest1."), short enough to draw beside the pointer. */
    static String headline(String refusal) {
        int last = refusal.lastIndexOf(". ", refusal.length() - 2);
        return last < 0 ? refusal : refusal.substring(last + 2);
    }

    /** Why dropping {@code source} on {@code target} would be refused, or null when it is a valid drop. */
    static String refusal(Shape source, ConsumerBox target) {
        if (target == null) {
            return null;
        }
        return switch (source) {
            case DeviceBox device when device.protectedBecause != null ->
                device.protectedBecause + " It cannot go to " + target.name + ".";
            case GroupBox group -> group.devices.stream().filter(d -> d.protectedBecause != null).findFirst()
                    .map(d -> "The " + group.label() + " holds a protected device. " + d.protectedBecause
                            + " The group cannot go to " + target.name + ".")
                    .orElse(null);
            default -> null;
        };
    }
}
