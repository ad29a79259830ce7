package org.devassign.model.facts;

import java.util.Optional;

import org.devassign.core.identity.Bus;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.identity.DeviceNameException;
import org.devassign.core.identity.PciAddress;
import org.devassign.core.identity.Printable;
import org.devassign.core.rules.Bridges;
import org.devassign.core.rules.GroupMember;
import org.devassign.core.rules.Protection;
import org.devassign.core.rules.ProtectionKind;
import org.devassign.core.rules.Vfio;
import org.devassign.model.Device;
import org.devassign.model.FslMcContainer;
import org.devassign.model.FslMcObject;
import org.devassign.model.PciDevice;

/** A model device as the core sees it. */
public final class DeviceFacts {

    private DeviceFacts() {
    }

    /** The bus a device is on, from its kind. */
    public static Bus bus(Device device) {
        if (device instanceof PciDevice) {
            return Bus.PCI;
        }
        if (device instanceof FslMcContainer || device instanceof FslMcObject) {
            return Bus.FSL_MC;
        }
        return Bus.PLATFORM;
    }

    /**
     * The device's canonical identity: its sysfs name parsed, or for a PCI function without one its
     * address fields. Empty when the model names the device in no valid way, or when the name is
     * valid but of another bus than the device's kind ({@link #nameProblem} says which); the
     * language's validator refuses to assign such a device, as the agent would.
     */
    public static Optional<DeviceId> id(Device device) {
        Optional<DeviceId> parsed = DeviceId.tryParse(device.getSysfsName());
        if (parsed.isPresent()) {
            return parsed.get().bus() == bus(device) ? parsed : Optional.empty();
        }
        if (device instanceof PciDevice pci && (device.getSysfsName() == null || device.getSysfsName().isEmpty())) {
            return Optional.of(address(pci));
        }
        return Optional.empty();
    }

    /** Why the device has no {@link #id}, in words for a message; empty when it has one. */
    public static Optional<String> nameProblem(Device device) {
        if (id(device).isPresent()) {
            return Optional.empty();
        }
        String name = device.getSysfsName();
        try {
            DeviceId parsed = DeviceId.parse(name);
            return Optional.of(Printable.quote(name) + " names a " + parsed.bus().label() + " device, but the board model has a "
                    + bus(device).label() + " device there: " + DeviceNameException.VALID_FORMS);
        } catch (DeviceNameException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The PCI address the device's fields state. */
    public static PciAddress address(PciDevice device) {
        return new PciAddress(device.getDomain(), device.getBus(), device.getSlot(), device.getFunction());
    }

    /** The VFIO driver the device gets (the one rule: {@link Vfio#forBus}). */
    public static Vfio vfio(Device device) {
        return Vfio.forBus(bus(device));
    }

    public static boolean isBridge(Device device) {
        return device instanceof PciDevice pci && (pci.isBridge() || Bridges.isPciBridge(pci.getClassCode(), -1));
    }

    public static boolean isHostBridge(Device device) {
        return device instanceof PciDevice pci && !pci.isBridge() && Bridges.isHostBridge(pci.getClassCode());
    }

    /** A bridge with nothing to do: not bound, planned or handed over ({@link Bridges#isIdle}). */
    public static boolean isIdleBridge(Device device) {
        return Bridges.isIdle(isBridge(device), device.getDriver());
    }

    /** Why the board model protects the device; empty when it does not. */
    public static Optional<Protection> protection(Device device) {
        if (device.getProtection() == null || device.getProtection() == org.devassign.model.Protection.NONE) {
            return Optional.empty();
        }
        return ProtectionKind.ofLiteral(device.getProtection().getLiteral()).map(Protection::of);
    }

    /**
     * Why the device never leaves its host driver, in the words the validator and the diagram both
     * use ("The device nic (0000:00:02.0) is protected (network): ..."), or empty when it may.
     */
    public static Optional<String> protectedBecause(Device device) {
        return protection(device).map(p -> "The " + org.devassign.model.naming.Labels.of(device) + " is protected ("
                + p.kind().literal() + "): " + p.describe());
    }

    /** The device as a member of its IOMMU group, for {@link org.devassign.core.rules.GroupViability}; empty without an identity. */
    public static Optional<GroupMember> member(Device device) {
        return id(device).map(id -> new GroupMember(id, device.getDriver(), isBridge(device), protection(device)));
    }
}
