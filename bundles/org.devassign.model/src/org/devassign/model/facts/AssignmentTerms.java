package org.devassign.model.facts;

import java.util.Optional;

import org.devassign.core.rules.Mmap;
import org.devassign.core.rules.OpenPath;
import org.devassign.core.rules.PciIrq;
import org.devassign.core.rules.Vfio;
import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.model.InterruptKind;
import org.devassign.model.KernelCapability;
import org.devassign.model.PciDevice;
import org.devassign.model.Region;
import org.devassign.model.RegionKind;
import org.devassign.model.VfioDriver;
import org.devassign.model.naming.Labels;

/**
 * The language's words (the model's enums, which the grammar and the .board format use) as the
 * core's terms. {@code auto} in a config means "the rule decides": it maps to empty or AUTO here,
 * never to a guess.
 */
public final class AssignmentTerms {

    private AssignmentTerms() {
    }

    /** The driver a config states; empty for {@code auto} (the device's bus decides, {@link Vfio#forBus}). */
    public static Optional<Vfio> driver(VfioDriver stated) {
        return switch (stated == null ? VfioDriver.AUTO : stated) {
            case AUTO -> Optional.empty();
            case VFIO_PCI -> Optional.of(Vfio.PCI);
            case VFIO_PLATFORM -> Optional.of(Vfio.PLATFORM);
            case VFIO_FSL_MC -> Optional.of(Vfio.FSL_MC);
        };
    }

    /** The board capability that says a kernel has this VFIO driver. */
    public static KernelCapability capability(Vfio vfio) {
        return switch (vfio) {
            case PCI -> KernelCapability.VFIO_PCI;
            case PLATFORM -> KernelCapability.VFIO_PLATFORM;
            case FSL_MC -> KernelCapability.VFIO_FSL_MC;
        };
    }

    public static OpenPath openPath(org.devassign.model.OpenPath stated) {
        return switch (stated == null ? org.devassign.model.OpenPath.AUTO : stated) {
            case AUTO -> OpenPath.AUTO;
            case GROUP -> OpenPath.GROUP;
            case CDEV -> OpenPath.CDEV;
        };
    }

    /** VFIO's PCI interrupt index kind; empty for platform interrupts. */
    public static Optional<PciIrq> pciIrq(InterruptKind kind) {
        return switch (kind == null ? InterruptKind.PLATFORM : kind) {
            case INTX -> Optional.of(PciIrq.INTX);
            case MSI -> Optional.of(PciIrq.MSI);
            case MSIX -> Optional.of(PciIrq.MSIX);
            case ERR -> Optional.of(PciIrq.ERR);
            case REQ -> Optional.of(PciIrq.REQ);
            case PLATFORM -> Optional.empty();
        };
    }

    /** The facts {@link Mmap#refusal} needs, with the page size of the region's board. */
    public static Mmap.Facts mmapFacts(Region region) {
        boolean pci = SriovFacts.ownerOf(region) instanceof PciDevice;
        RegionKind kind = region.getKind() == null ? RegionKind.MMIO : region.getKind();
        return new Mmap.Facts(kind == RegionKind.PIO, kind == RegionKind.CONFIG, pci && kind == RegionKind.MMIO, region.getBase(),
                region.getSize(), pageSize(region));
    }

    /**
     * Why the kernel will not mmap a region, with the region's numbers: "its base 0xfe400800 is not
     * aligned to the 4 KiB page".
     */
    public static String explain(Region region, Mmap.Refusal refusal) {
        String page = Labels.size(pageSize(region));
        return switch (refusal) {
            case BASE_MISALIGNED -> "its base " + Labels.hex(region.getBase()) + " is not aligned to the " + page + " page";
            case SIZE_MISALIGNED -> "its size " + Labels.hex(region.getSize()) + " is not a multiple of the " + page + " page";
            case IO_PORT, CONFIG_SPACE -> refusal.why();
        };
    }

    /** Whether the board's kernel offers VFIO's character devices, which {@link OpenPath#resolve} needs. */
    public static boolean cdevAvailable(Board board) {
        return board != null && board.getKernelCapabilities().contains(KernelCapability.VFIO_CDEV);
    }

    /** The page size of the region's board (4 KiB when it states none usable). */
    public static long pageSize(Region region) {
        Device owner = SriovFacts.ownerOf(region);
        Object board = owner == null ? null : owner.eContainer();
        return Mmap.usablePage(board instanceof Board b ? b.getPageSize() : 4096);
    }
}
