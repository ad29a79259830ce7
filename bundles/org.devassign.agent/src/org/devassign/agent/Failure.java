package org.devassign.agent;

/**
 * What kind of failure an {@link AgentException} is, decided where it is detected, so that callers
 * (the agent service's error codes) never have to read a message to know it.
 */
public enum Failure {
    /** No such device on its bus in sysfs. */
    NO_SUCH_DEVICE,
    /** The device carries the root file system, the agent's connection or another protected use. */
    PROTECTED,
    /**
     * The host uses the device (a mounted file system, swap, a holder, an interface that is up, an open
     * device node, a console): taken only when asked with force.
     */
    IN_USE,
    /** The driver is not registered on the device's bus (its module is not loaded). */
    NO_SUCH_DRIVER,
    /** The driver did not claim the device after drivers_probe, or a sysfs write for the bind failed. */
    BIND_FAILED,
    /** A device could not be put back on its saved driver: the board is not as it was. */
    RESTORE_FAILED,
    /** The device is not on a VFIO driver, so VFIO cannot open it. */
    NOT_ON_VFIO,
    /** A member of the device's IOMMU group is on a host driver (or the device has no group). */
    GROUP_NOT_VIABLE,
    /** Opening through the group or the cdev failed (nodes, ioctls, permissions). */
    OPEN_FAILED,
    /** An operation on an open device failed: region access, interrupts, DMA, reset. */
    DEVICE
}
