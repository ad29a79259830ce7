package org.devassign.ui.diagram.layout;

import java.util.HashMap;
import java.util.Map;

import org.devassign.ui.diagram.model.ConsumerBox;
import org.devassign.ui.diagram.model.Diagram;
import org.devassign.ui.diagram.model.GroupBox;
import org.devassign.ui.diagram.model.Layouts;
import org.devassign.ui.diagram.model.Link;

/**
 * Orthogonal routes from the groups' column to the consumers' column: out of the group's right side
 * at the device's (or the group's header) height, along the consumer's own vertical channel in the
 * gap between the columns, into the consumer's left side. A route depends only on its two ends and
 * its consumer's channel, so a drop or an undo redraws only the link it changes.
 */
final class LinkRouter {

    /** Distance of the outermost channels from the columns. */
    private static final double INSET = 16;

    private LinkRouter() {
    }

    static void route(Diagram diagram) {
        double groupsRight = Double.NEGATIVE_INFINITY;
        for (GroupBox group : diagram.groups) {
            groupsRight = Math.max(groupsRight, group.x + group.width);
        }
        double consumersLeft = Double.POSITIVE_INFINITY;
        Map<ConsumerBox, Integer> channel = new HashMap<>();
        for (ConsumerBox consumer : diagram.consumers) {
            consumersLeft = Math.min(consumersLeft, consumer.x);
            channel.put(consumer, channel.size());
        }
        double low = groupsRight + INSET;
        double high = Math.max(low, consumersLeft - INSET);
        int channels = diagram.consumers.size();
        for (Link link : diagram.links) {
            link.points.clear();
            GroupBox group = link.device != null ? link.device.group : link.group;
            Integer index = channel.get(link.consumer);
            if (group == null || index == null) {
                // a device outside every group is never assigned by a valid config: no route across the groups
                continue;
            }
            double sx = group.x + group.width;
            double sy = link.device != null ? link.device.y + Layouts.DEVICE_TITLE / 2 : group.y + Layouts.GROUP_HEADER / 2;
            double tx = link.consumer.x;
            double ty = link.consumer.y + link.consumer.height / 2;
            double cx = channels <= 1 ? (low + high) / 2 : low + (high - low) * index / (channels - 1);
            link.points.add(new double[] { sx, sy });
            if (Math.abs(sy - ty) > 0.5) {
                link.points.add(new double[] { cx, sy });
                link.points.add(new double[] { cx, ty });
                link.points.add(new double[] { tx, ty });
            } else {
                link.points.add(new double[] { tx, sy });
            }
        }
    }
}
