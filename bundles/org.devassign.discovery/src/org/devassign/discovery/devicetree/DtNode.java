package org.devassign.discovery.devicetree;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A device-tree node: its name (with unit address), properties and children, in source order. */
public final class DtNode {

    private final String name;
    private DtNode parent;
    private final Map<String, DtNode> children = new LinkedHashMap<>();
    private final Map<String, DtProperty> properties = new LinkedHashMap<>();
    private List<String> labels = List.of();

    public DtNode(String name) {
        this.name = name;
    }

    /** The full name, {@code uart@9000000}; empty for the root. */
    public String name() {
        return name;
    }

    /** The name without the unit address ({@code uart}), as Linux's {@code %pOFn} prints it. */
    public String baseName() {
        int at = name.indexOf('@');
        return at < 0 ? name : name.substring(0, at);
    }

    public DtNode parent() {
        return parent;
    }

    public boolean isRoot() {
        return parent == null;
    }

    /** {@code /soc/uart@9000000}; {@code /} for the root. */
    public String path() {
        if (parent == null) {
            return "/";
        }
        StringBuilder b = new StringBuilder();
        appendPath(b);
        return b.toString();
    }

    private void appendPath(StringBuilder b) {
        if (parent != null) {
            parent.appendPath(b);
            b.append('/').append(name);
        }
    }

    public Collection<DtNode> children() {
        return children.values();
    }

    public DtNode child(String childName) {
        return children.get(childName);
    }

    /** Adds a child, or returns the existing child of that name (DTS merges same-named nodes). */
    public DtNode addChild(DtNode child) {
        DtNode existing = children.putIfAbsent(child.name, child);
        if (existing != null) {
            return existing;
        }
        child.parent = this;
        return child;
    }

    public DtNode removeChild(String childName) {
        DtNode removed = children.remove(childName);
        if (removed != null) {
            removed.parent = null;
        }
        return removed;
    }

    public Collection<DtProperty> properties() {
        return properties.values();
    }

    public DtProperty property(String propertyName) {
        return properties.get(propertyName);
    }

    public boolean has(String propertyName) {
        return properties.containsKey(propertyName);
    }

    /** Sets a property; a later definition replaces an earlier one in place, as dtc does. */
    public void put(DtProperty property) {
        properties.put(property.name(), property);
    }

    public DtProperty removeProperty(String propertyName) {
        return properties.remove(propertyName);
    }

    /** A single-cell property as an unsigned value, or {@code fallback} when absent or too short. */
    public long u32(String propertyName, long fallback) {
        DtProperty p = properties.get(propertyName);
        return p == null || p.length() < 4 ? fallback : p.cell(0);
    }

    /** The first string of a property, or null. */
    public String string(String propertyName) {
        DtProperty p = properties.get(propertyName);
        return p == null ? null : p.string();
    }

    public List<String> strings(String propertyName) {
        DtProperty p = properties.get(propertyName);
        return p == null ? List.of() : p.strings();
    }

    /** DTS labels of this node (empty for binary trees). */
    public List<String> labels() {
        return labels;
    }

    public void addLabel(String label) {
        if (labels.isEmpty()) {
            labels = new ArrayList<>(2);
        }
        if (!labels.contains(label)) {
            labels.add(label);
        }
    }

    /** Whether {@code status} is absent, "okay" or "ok" (the kernel's of_device_is_available). */
    public boolean isEnabled() {
        DtProperty status = properties.get("status");
        if (status == null) {
            return true;
        }
        String s = status.string();
        return s.equals("okay") || s.equals("ok");
    }

    @Override
    public String toString() {
        return path();
    }
}
