package org.devassign.ui.diagram.layout;

import java.util.HashMap;
import java.util.Map;

import org.devassign.ui.diagram.model.ConsumerBox;
import org.devassign.ui.diagram.model.DeviceBox;
import org.devassign.ui.diagram.model.Diagram;
import org.devassign.ui.diagram.model.GroupBox;
import org.devassign.ui.diagram.model.Layouts;
import org.devassign.ui.diagram.model.Link;

/**
 * Orthogonal routes from the groups' column to the consumers' column: out of the group's right side
 * at the device's (or the group's header) height, along the consumer's own vertical channel in the
 * gap between the columns, into the consumer's left side. A route depends only on its two ends and
 * its consumer's channel, so a drop or an undo redraws only the link it changes. A device outside
 * every group starts its link from its own right side, above the groups ({@link #loose}).
 */
final class LinkRouter {

    /** Distance of the outermost channels from the columns. */
    private static final double INSET = 16;

    private LinkRouter() {
    }

    static void route(Diagram diagram) {
        double groupsLeft = Double.POSITIVE_INFINITY;
        double groupsRight = Double.NEGATIVE_INFINITY;
        double top = Double.POSITIVE_INFINITY;
        for (GroupBox group : diagram.groups) {
            groupsLeft = Math.min(groupsLeft, group.x);
            groupsRight = Math.max(groupsRight, group.x + group.width);
            top = Math.min(top, group.y);
        }
        for (DeviceBox device : diagram.loose) {
            groupsRight = Math.max(groupsRight, device.x + device.width); // the channels stay right of every box on the left
        }
        double consumersLeft = Double.POSITIVE_INFINITY;
        Map<ConsumerBox, Integer> channel = new HashMap<>();
        for (ConsumerBox consumer : diagram.consumers) {
            consumersLeft = Math.min(consumersLeft, consumer.x);
            top = Math.min(top, consumer.y);
            channel.put(consumer, channel.size());
        }
        double low = groupsRight + INSET;
        double high = Math.max(low, consumersLeft - INSET);
        int channels = diagram.consumers.size();
        for (Link link : diagram.links) {
            link.points.clear();
            Integer index = channel.get(link.consumer);
            GroupBox group = link.device != null ? link.device.group : link.group;
            if (index == null || group == null && link.device == null) {
                continue;
            }
            double cx = channels <= 1 ? (low + high) / 2 : low + (high - low) * index / (channels - 1);
            double tx = link.consumer.x;
            double ty = link.consumer.y + link.consumer.height / 2;
            if (group == null) {
                loose(link, cx, tx, ty, groupsLeft, top);
                continue;
            }
            double sx = group.x + group.width;
            double sy = link.device != null ? link.device.y + Layouts.DEVICE_TITLE / 2 : group.y + Layouts.GROUP_HEADER / 2;
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

    /**
     * A device outside every IOMMU group (a platform device the board lists without one, say) stands
     * in the column left of the groups: its link leaves its right side into the gap before the groups,
     * rises to a lane above the topmost box, crosses above the groups to its consumer's channel, and
     * enters the consumer as every link does, so it never runs through a group's box.
     */
    private static void loose(Link link, double cx, double tx, double ty, double groupsLeft, double top) {
        DeviceBox device = link.device;
        double sx = device.x + device.width;
        double sy = device.y + Layouts.DEVICE_TITLE / 2;
        link.points.add(new double[] { sx, sy });
        if (groupsLeft != Double.POSITIVE_INFINITY && groupsLeft > sx) {
            double gap = (sx + groupsLeft) / 2;
            double lane = Math.max(0, top - INSET / 2);
            link.points.add(new double[] { gap, sy });
            link.points.add(new double[] { gap, lane });
            link.points.add(new double[] { cx, lane });
        } else {
            link.points.add(new double[] { cx, sy });
        }
        link.points.add(new double[] { cx, ty });
        link.points.add(new double[] { tx, ty });
    }
}
