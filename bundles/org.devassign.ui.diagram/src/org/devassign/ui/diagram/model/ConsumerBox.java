package org.devassign.ui.diagram.model;

/** A consumer of devices: a VM, a user-space driver, or the agent's probe. A drop target. */
public final class ConsumerBox extends Shape {

    public final String name;
    /** vm, userspace or probe, as written in the config. */
    public final String kind;
    public final String summary;
    /** Index into the painter's palette: links and assigned devices take the consumer's colour. */
    public final int colour;

    public ConsumerBox(String name, String kind, String summary, int colour) {
        this.name = name;
        this.kind = kind;
        this.summary = summary;
        this.colour = colour;
    }

    @Override
    public String identity() {
        return "consumer " + name;
    }

    @Override
    public String label() {
        return kind + " " + name;
    }
}
