package org.devassign.agent.drift;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.devassign.core.identity.Bus;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.Protection;
import org.devassign.core.rules.ProtectionKind;
import org.devassign.core.rules.ProtectionPolicy;
import org.devassign.core.sysfs.SysfsDevices;
import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.model.facts.DeviceFacts;

/**
 * The board as it is now, as far as {@link BoardDrift} asks: which devices are there, their IOMMU
 * group, driver, whether each is a bridge, and what the board protects. Read from sysfs on the board
 * itself ({@link #of(SysfsDevices, ProtectionPolicy)}), or from a live agent's inventory anywhere else
 * ({@link #of(Board)}), so the drift of a board file reads the same in both places.
 */
public interface LiveBoard {

    boolean exists(DeviceId device);

    /** The IOMMU group number, -1 for none. */
    int iommuGroup(DeviceId device);

    /** The bound driver, null for none. */
    String driver(DeviceId device);

    boolean isBridge(DeviceId device);

    /** The devices on a bus. */
    List<DeviceId> devices(Bus bus);

    /** Why the board protects the device, if it does. */
    Optional<Protection> protection(DeviceId device);

    /** The board's sysfs, with what the agent finds protected there. */
    static LiveBoard of(SysfsDevices sysfs, ProtectionPolicy protection) {
        return new LiveBoard() {
            @Override
            public boolean exists(DeviceId device) {
                return sysfs.exists(device);
            }

            @Override
            public int iommuGroup(DeviceId device) {
                return sysfs.iommuGroup(device);
            }

            @Override
            public String driver(DeviceId device) {
                return sysfs.driver(device);
            }

            @Override
            public boolean isBridge(DeviceId device) {
                return sysfs.isBridge(device);
            }

            @Override
            public List<DeviceId> devices(Bus bus) {
                return sysfs.devices(bus);
            }

            @Override
            public Optional<Protection> protection(DeviceId device) {
                return protection.check(device);
            }
        };
    }

    /**
     * A live agent's inventory: the board as the agent's discovery read it, protection included (the root
     * file system's device and the device of the board's own connection, which discovery marks).
     */
    static LiveBoard of(Board inventory) {
        Map<DeviceId, Device> devices = new LinkedHashMap<>();
        for (Device d : inventory.getDevices()) {
            DeviceFacts.id(d).ifPresent(id -> devices.putIfAbsent(id, d));
        }
        return new LiveBoard() {
            @Override
            public boolean exists(DeviceId device) {
                return devices.containsKey(device);
            }

            @Override
            public int iommuGroup(DeviceId device) {
                Device d = devices.get(device);
                return d == null || d.getIommuGroup() == null ? -1 : d.getIommuGroup().getId();
            }

            @Override
            public String driver(DeviceId device) {
                Device d = devices.get(device);
                return d == null || d.getDriver() == null || d.getDriver().isEmpty() ? null : d.getDriver();
            }

            @Override
            public boolean isBridge(DeviceId device) {
                Device d = devices.get(device);
                return d != null && DeviceFacts.isBridge(d);
            }

            @Override
            public List<DeviceId> devices(Bus bus) {
                return devices.keySet().stream().filter(id -> id.bus() == bus).toList();
            }

            @Override
            public Optional<Protection> protection(DeviceId device) {
                Device d = devices.get(device);
                return d == null ? Optional.empty() : DeviceFacts.protection(d).filter(p -> p.kind() == ProtectionKind.ROOT_FILESYSTEM
                        || p.kind() == ProtectionKind.AGENT_CONNECTION);
            }
        };
    }
}
