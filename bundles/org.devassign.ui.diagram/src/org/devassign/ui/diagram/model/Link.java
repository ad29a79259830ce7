package org.devassign.ui.diagram.model;

import java.util.ArrayList;
import java.util.List;

/** An assignment: from a device (or a whole group) to a consumer; its route comes from the layout. */
public final class Link {

    public final DeviceBox device;
    public final GroupBox group;
    public final ConsumerBox consumer;
    /** The assignment's line in the config (1-based). */
    public final int line;
    public Shape.Severity severity = Shape.Severity.NONE;
    /** Route in diagram coordinates: x0, y0, x1, y1, ... */
    public final List<double[]> points = new ArrayList<>();

    public Link(DeviceBox device, GroupBox group, ConsumerBox consumer, int line) {
        this.device = device;
        this.group = group;
        this.consumer = consumer;
        this.line = line;
    }

    public Shape source() {
        return device != null ? device : group;
    }
}
