package org.devassign.core.rules;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * VFIO's interrupt indexes of a PCI function (VFIO_PCI_*_IRQ_INDEX): the index is the ordinal.
 * A function signals through one of INTx, MSI and MSI-X at a time: vfio-pci refuses to enable a
 * second one while another is active.
 */
public enum PciIrq {
    INTX("INTx"),
    MSI("MSI"),
    MSIX("MSI-X"),
    ERR("error"),
    REQ("request");

    private static final Set<PciIrq> SIGNALLING = EnumSet.of(INTX, MSI, MSIX);

    private final String label;

    PciIrq(String label) {
        this.label = label;
    }

    public int index() {
        return ordinal();
    }

    public String label() {
        return label;
    }

    public static Optional<PciIrq> ofIndex(int index) {
        return index >= 0 && index < values().length ? Optional.of(values()[index]) : Optional.empty();
    }

    /** The signalling kinds bound together that cannot be, e.g. [INTX, MSI]; empty when they can. */
    public static Set<PciIrq> conflicting(Collection<PciIrq> bound) {
        EnumSet<PciIrq> signalling = EnumSet.noneOf(PciIrq.class);
        for (PciIrq irq : bound) {
            if (SIGNALLING.contains(irq)) {
                signalling.add(irq);
            }
        }
        return signalling.size() > 1 ? signalling : EnumSet.noneOf(PciIrq.class);
    }

    /** Whether vectors {@code start .. start+count-1} exist on an interrupt with {@code available} vectors (overflow-safe). */
    public static boolean inRange(long start, long count, long available) {
        return start >= 0 && count >= 1 && available >= 0 && start <= available && count <= available - start;
    }
}
