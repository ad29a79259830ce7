package org.devassign.discovery;

/**
 * A device-tree node with {@code reg} and {@code compatible} that did not become a device, and why
 * (disabled, on a bus without {@code ranges}, a PCI function, ...).
 */
public record SkippedNode(String path, String reason) {

    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
