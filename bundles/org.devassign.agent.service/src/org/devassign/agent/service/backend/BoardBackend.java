package org.devassign.agent.service.backend;

import java.util.List;
import java.util.Optional;

import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.GroupMember;
import org.devassign.core.rules.HostUse;
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

    /**
     * What the host uses the device for now (block devices, mounts, interfaces, open nodes ...), read
     * afresh: the agent refuses a device in use on a host driver unless the request says force.
     */
    List<HostUse> usage(DeviceId device) throws BackendException;

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
     * it was on before. On failure the device is left as it was. Right before it leaves a host driver,
     * its host use is checked again: a device in use fails with {@code DEVICE_IN_USE} unless {@code force}.
     */
    DriverState bind(DeviceId device, Vfio driver, boolean force) throws BackendException;

    /** {@link #bind(DeviceId, Vfio, boolean)} without force. */
    default DriverState bind(DeviceId device, Vfio driver) throws BackendException {
        return bind(device, driver, false);
    }

    /** Puts the device back on its saved driver and override; does nothing when it already is. */
    void restore(DriverState saved) throws BackendException;

    /**
     * Opens the device through VFIO.
     *
     * @param irqs interrupt indexes to set up with eventfds
     */
    DeviceHandle open(DeviceId device, OpenPath path, List<Integer> irqs) throws BackendException;

    /** The device's SR-IOV state when it is a physical function; empty for any other device (and on a backend without SR-IOV). */
    default Optional<SriovState> sriov(DeviceId device) throws BackendException {
        return Optional.empty();
    }

    /**
     * Creates {@code count} virtual functions on the PF (sriov_numvfs), with host drivers kept off them
     * (sriov_drivers_autoprobe 0 until {@link #removeVfs}); the PF keeps its driver. Does nothing when it
     * has that many; refuses another count while VFs exist (the kernel changes it only from 0). On
     * failure the PF is left with no VFs and its autoprobe as it was.
     */
    default void createVfs(DeviceId pf, int count) throws BackendException {
        throw new BackendException(org.devassign.agent.api.ErrorCode.BIND_FAILED, pf, describe() + " cannot create virtual functions", null);
    }

    /** Removes every VF of the PF (sriov_numvfs 0) and sets its autoprobe back to {@code autoprobe}; does nothing to a PF without VFs. */
    default void removeVfs(DeviceId pf, boolean autoprobe) throws BackendException {
        throw new BackendException(org.devassign.agent.api.ErrorCode.RESTORE_FAILED, pf, describe() + " cannot remove virtual functions", null);
    }

    @Override
    default void close() {
    }
}
