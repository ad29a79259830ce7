package org.devassign.agent.api;

import java.util.List;

import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.OpenPath;
import org.devassign.core.rules.Vfio;

/**
 * One device of a deployment.
 *
 * @param device the device, as the kernel names it
 * @param label how the client's model names the device (for messages)
 * @param source where the request comes from, {@code file:line}, echoed in errors
 * @param consumer who gets the device; @param consumerKind probe, userspace or vm
 * @param driver the VFIO driver: the device's bus's ({@link Vfio#forDevice}), or the agent refuses the request
 * @param open group, cdev, or auto; null when the agent does not open the device (a VM opens it)
 * @param regions region indexes to map; @param irqs interrupt indexes to set up with eventfds (every vector of MSI and MSI-X)
 * @param force take the device even though the host uses it (a mounted file system, an interface that is up, ...);
 *        absent on the wire means false, and a protected device stays refused
 */
public record DeviceRequest(DeviceId device, String label, String source, ConsumerName consumer, ConsumerKind consumerKind,
        Vfio driver, OpenPath open, List<Integer> regions, List<Integer> irqs, boolean force) {

    /** A request that does not force. */
    public DeviceRequest(DeviceId device, String label, String source, ConsumerName consumer, ConsumerKind consumerKind, Vfio driver,
            OpenPath open, List<Integer> regions, List<Integer> irqs) {
        this(device, label, source, consumer, consumerKind, driver, open, regions, irqs, false);
    }
}
