package org.devassign.ui.diagram.model;

import java.util.ArrayList;
import java.util.List;

/** The whole picture of one config on its board. */
public final class Diagram {

    public final String title;
    public final List<GroupBox> groups = new ArrayList<>();
    /** Devices without an IOMMU group (drawn in a box of their own, not assignable as a group). */
    public final List<DeviceBox> loose = new ArrayList<>();
    public final List<ConsumerBox> consumers = new ArrayList<>();
    public final List<Link> links = new ArrayList<>();
    /** Problems that concern no shape (the board cannot be read, syntax errors...). */
    public final List<String> problems = new ArrayList<>();
    public double width;
    public double height;

    public Diagram(String title) {
        this.title = title;
    }

    public List<DeviceBox> devices() {
        List<DeviceBox> all = new ArrayList<>();
        groups.forEach(g -> all.addAll(g.devices));
        all.addAll(loose);
        return all;
    }

    /** Every shape: consumers, groups, then devices. */
    public List<Shape> shapes() {
        List<Shape> all = new ArrayList<>(consumers);
        all.addAll(groups);
        all.addAll(devices());
        return all;
    }

    public DeviceBox device(String name) {
        return devices().stream().filter(d -> d.name.equals(name)).findFirst().orElse(null);
    }

    public GroupBox group(int id) {
        return groups.stream().filter(g -> g.id == id).findFirst().orElse(null);
    }

    public ConsumerBox consumer(String name) {
        return consumers.stream().filter(c -> c.name.equals(name)).findFirst().orElse(null);
    }

    /** The topmost shape at a point: a device before its group. */
    public Shape shapeAt(double x, double y) {
        for (ConsumerBox consumer : consumers) {
            if (consumer.contains(x, y)) {
                return consumer;
            }
        }
        for (GroupBox group : groups) {
            if (group.contains(x, y)) {
                for (DeviceBox device : group.devices) {
                    if (device.contains(x, y)) {
                        return device;
                    }
                }
                return group;
            }
        }
        for (DeviceBox device : loose) {
            if (device.contains(x, y)) {
                return device;
            }
        }
        return null;
    }
}
