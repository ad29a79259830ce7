package org.devassign.ui.diagram.model;

import java.util.ArrayList;
import java.util.List;

/** An IOMMU group: the container of its devices; the unit VFIO opens. */
public final class GroupBox extends Shape {

    public final int id;
    public final boolean noIommu;
    public final List<DeviceBox> devices = new ArrayList<>();
    /** The consumer the whole group goes to (by a group assignment), or null. */
    public ConsumerBox assignedTo;

    public GroupBox(int id, boolean noIommu) {
        this.id = id;
        this.noIommu = noIommu;
    }

    /** The header band: dragging it drags the whole group. */
    public boolean inHeader(double px, double py) {
        return contains(px, py) && py < y + Layouts.GROUP_HEADER;
    }

    @Override
    public String identity() {
        return "group " + id;
    }

    @Override
    public String label() {
        return (noIommu ? "no-IOMMU group " : "IOMMU group ") + id;
    }
}
