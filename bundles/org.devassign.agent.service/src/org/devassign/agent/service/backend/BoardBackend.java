package org.devassign.agent.service.backend;

import java.util.List;
import java.util.Optional;

import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.GroupMember;
import org.devassign.core.rules.OpenPath;
import org.devassign.core.rules.ProtectionPolicy;
import org.devassign.core.rules.Vfio;
import org.devassign.model.Board;

/**
 * The board under the agent: what is there, who drives it, and access to the devices. Devices are
 * canonical identities: a backend never sees a name it would have to check.
 */
public interface BoardBackend extends AutoCloseable {

    /** A short name for status and logs: "core (sysfs /sys)", "simulated (vm-q35.board)". */
    String describe();

    /** The live board, read fresh. */
    Board inventory() throws BackendException;

    boolean exists(DeviceId device);

    /** The devices the board itself protects now (root file system, the agent's own connection), with the reasons. */
    ProtectionPolicy protection() throws BackendException;

    /** The device's current driver, or null when it has none. */
    String driverOf(DeviceId device) throws BackendException;

    /** The device's driver and driver_override now, as {@link #restore} would put them back. */
    DriverState stateOf(DeviceId device) throws BackendException;

    /** Every device of the device's IOMMU group (itself included), bridges included. */
    List<DeviceId> groupOf(DeviceId device) throws BackendException;

    /** The device as group viability sees it (driver, bridge); protection is the caller's policy. */
    GroupMember member(DeviceId device) throws BackendException;

    /** The device this one sits in on its bus (an fsl-mc object's container), or empty. */
    Optional<DeviceId> parentOf(DeviceId device);

    /**
     * Binds the device to its VFIO driver (driver_override + drivers_probe, verified) and returns what
     * it was on before. On failure the device is left as it was.
     */
    DriverState bind(DeviceId device, Vfio driver) throws BackendException;

    /** Puts the device back on its saved driver and override; does nothing when it already is. */
    void restore(DriverState saved) throws BackendException;

    /**
     * Opens the device through VFIO.
     *
     * @param irqs interrupt indexes to set up with eventfds
     */
    DeviceHandle open(DeviceId device, OpenPath path, List<Integer> irqs) throws BackendException;

    @Override
    default void close() {
    }
}
