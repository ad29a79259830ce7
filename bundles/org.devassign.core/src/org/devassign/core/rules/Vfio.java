package org.devassign.core.rules;

import java.util.Optional;
import java.util.Set;

import org.devassign.core.identity.Bus;
import org.devassign.core.identity.DeviceId;

/**
 * The VFIO drivers, one per bus: the one rule for "which driver does this device get". A config may
 * only state the driver its device's bus has ({@link #forBus}); the planner sends that driver and
 * the agent binds nothing else.
 */
public enum Vfio {
    PCI("vfio-pci", Bus.PCI),
    PLATFORM("vfio-platform", Bus.PLATFORM),
    FSL_MC("vfio-fsl-mc", Bus.FSL_MC);

    /**
     * Host drivers that leave an IOMMU group viable although they are not VFIO's: the kernel marks
     * them {@code driver_managed_dma} (pci-stub claims a device to keep others off it; pcieport drives
     * a bridge's port services, never DMA).
     */
    private static final Set<String> DMA_SAFE_HOST_DRIVERS = Set.of("pci-stub", "pcieport");

    private final String driverName;
    private final Bus bus;

    Vfio(String driverName, Bus bus) {
        this.driverName = driverName;
        this.bus = bus;
    }

    /** The kernel driver's name: {@code vfio-pci}. */
    public String driverName() {
        return driverName;
    }

    public Bus bus() {
        return bus;
    }

    /** The VFIO driver of a bus. */
    public static Vfio forBus(Bus bus) {
        return switch (bus) {
            case PCI -> PCI;
            case PLATFORM -> PLATFORM;
            case FSL_MC -> FSL_MC;
        };
    }

    /** The VFIO driver of a device. */
    public static Vfio forDevice(DeviceId device) {
        return forBus(device.bus());
    }

    /** Whether a device may be bound to this driver: its bus must be this driver's. */
    public boolean drives(DeviceId device) {
        return device.bus() == bus;
    }

    /** {@code vfio-pci} and the like; empty for any other text. */
    public static Optional<Vfio> ofDriverName(String name) {
        for (Vfio vfio : values()) {
            if (vfio.driverName.equals(name)) {
                return Optional.of(vfio);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a bound driver is a VFIO driver: ours, or a vendor's variant of vfio-pci
     * ({@code mlx5_vfio_pci}, {@code nvgrace_gpu_vfio_pci}).
     */
    public static boolean isVfioDriver(String driver) {
        return driver != null && (ofDriverName(driver).isPresent() || driver.endsWith("_vfio_pci"));
    }

    /** Whether a group companion bound to {@code driver} (null: none) still lets VFIO open the group. */
    public static boolean leavesGroupViable(String driver) {
        return driver == null || driver.isEmpty() || isVfioDriver(driver) || DMA_SAFE_HOST_DRIVERS.contains(driver);
    }

    @Override
    public String toString() {
        return driverName;
    }
}
