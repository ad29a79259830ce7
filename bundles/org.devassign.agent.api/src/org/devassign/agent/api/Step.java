package org.devassign.agent.api;

/**
 * One step of a transaction.
 *
 * @param action save, bind, open, close, restore
 * @param device sysfs name; @param detail e.g. "none -> vfio-pci"
 */
public record Step(int index, String action, String device, String label, String detail) {
}
