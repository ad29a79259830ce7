package org.devassign.agent.api;

import java.util.List;

/**
 * One device of a deployment.
 *
 * @param device the sysfs name (0000:00:05.0, or a platform device name)
 * @param label how the client's model names the device (for messages)
 * @param source where the request comes from, {@code file:line}, echoed in errors
 * @param consumer the consumer's name; @param consumerKind probe, userspace or vm
 * @param driver vfio-pci or vfio-platform
 * @param open group, cdev, or auto; null when the agent does not open the device (a VM opens it)
 * @param regions region indexes to map; @param irqs interrupt indexes to set up with eventfds
 */
public record DeviceRequest(String device, String label, String source, String consumer, String consumerKind,
        String driver, String open, List<Integer> regions, List<Integer> irqs) {
}
