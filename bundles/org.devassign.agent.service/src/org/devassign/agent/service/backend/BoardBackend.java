package org.devassign.agent.service.backend;

import java.util.List;
import java.util.Optional;

import org.devassign.model.Board;

/** The board under the agent: what is there, who drives it, and access to the devices. */
public interface BoardBackend extends AutoCloseable {

    /** A short name for status and logs: "core (sysfs /sys)", "simulated (vm-q35.board)". */
    String describe();

    /** The live board, read fresh. */
    Board inventory() throws BackendException;

    boolean exists(String device);

    /** Why the device must never be taken (root file system, the agent's own connection), or empty. */
    Optional<String> protection(String device) throws BackendException;

    /** The device's current driver, or null when it has none. */
    String driverOf(String device) throws BackendException;

    /** The device's driver and driver_override now, as {@link #restore} would put them back. */
    DriverState stateOf(String device) throws BackendException;

    /** Every device of the device's IOMMU group (itself included); bridges included, marked by {@link #isBridge}. */
    List<String> groupOf(String device) throws BackendException;

    boolean isBridge(String device) throws BackendException;

    /**
     * Binds the device to {@code driver} (driver_override + drivers_probe, verified) and returns what
     * it was on before. On failure the device is left as it was.
     */
    DriverState bind(String device, String driver) throws BackendException;

    /** Puts the device back on its saved driver and override; does nothing when it already is. */
    void restore(DriverState saved) throws BackendException;

    /**
     * Opens the device through VFIO.
     *
     * @param openPath group, cdev or auto
     * @param irqs interrupt indexes to set up with eventfds
     */
    DeviceHandle open(String device, String openPath, List<Integer> irqs) throws BackendException;

    @Override
    default void close() {
    }
}
