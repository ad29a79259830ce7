package org.devassign.ui.diagram.model;

import java.util.ArrayList;
import java.util.List;

/** A device inside its group's box: name, address, driver, regions (mmappable or not), interrupts. */
public final class DeviceBox extends Shape {

    public record RegionLine(String name, String size, boolean mmappable) {
    }

    public record IrqLine(String kind, int count, boolean eventfd) {
    }

    public final String name;
    public final String address;
    public final String driver;
    public final boolean isProtected;
    /** Why the device never leaves its host driver (the validator's words), or null when it may. */
    public final String protectedBecause;
    public final List<RegionLine> regions = new ArrayList<>();
    public final List<IrqLine> irqs = new ArrayList<>();
    /** The consumer this device goes to (by this config), or null. */
    public ConsumerBox assignedTo;
    public GroupBox group;

    public DeviceBox(String name, String address, String driver, String protectedBecause) {
        this.name = name;
        this.address = address;
        this.driver = driver;
        this.protectedBecause = protectedBecause;
        this.isProtected = protectedBecause != null;
    }

    @Override
    public String identity() {
        return "device " + (address.isEmpty() ? name : address);
    }

    @Override
    public String label() {
        return "device " + name;
    }
}
