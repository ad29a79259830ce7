package org.devassign.core.rules;

/**
 * PCI bridges in an IOMMU group. VFIO does not need a bridge bound to view the group as viable when
 * it has no driver (or a DMA-safe one, see {@link Vfio#leavesGroupViable}): such a bridge is an idle
 * companion, which nothing binds, plans or hands over. A host bridge is not a device to assign.
 */
public final class Bridges {

    private static final int CLASS_HOST_BRIDGE = 0x0600;
    private static final int CLASS_PCI_BRIDGE = 0x0604;
    private static final int CLASS_CARDBUS_BRIDGE = 0x0607;
    private static final int CLASS_SEMI_TRANSPARENT_BRIDGE = 0x0609;

    private Bridges() {
    }

    /**
     * Whether a PCI function is a bridge to another PCI bus: its class (the 24-bit class code, as
     * sysfs's {@code class} holds it) says PCI-to-PCI, semi-transparent or CardBus, or its config
     * header is type 1 or 2 ({@code headerType} -1 when unknown).
     */
    public static boolean isPciBridge(int classCode, int headerType) {
        int subclass = classCode >>> 8 & 0xffff;
        int layout = headerType < 0 ? 0 : headerType & 0x7f;
        return subclass == CLASS_PCI_BRIDGE || subclass == CLASS_SEMI_TRANSPARENT_BRIDGE || subclass == CLASS_CARDBUS_BRIDGE
                || layout == 1 || layout == 2;
    }

    /** A host bridge (class 0x0600): the CPU's way into PCI, never a device to give away. */
    public static boolean isHostBridge(int classCode) {
        return (classCode >>> 8 & 0xffff) == CLASS_HOST_BRIDGE;
    }

    /** A bridge that needs nothing done: no driver, or one that leaves the group viable. */
    public static boolean isIdle(boolean bridge, String driver) {
        return bridge && (driver == null || driver.isEmpty() || Vfio.leavesGroupViable(driver));
    }
}
