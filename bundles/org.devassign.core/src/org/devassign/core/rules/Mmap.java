package org.devassign.core.rules;

import java.util.Optional;

/**
 * Whether the kernel offers mmap for a region, predicted from the region's facts: I/O ports and PCI
 * config space never; a memory region only when its base is page aligned and its size a multiple
 * of the page, except a sub-page PCI BAR on a page boundary (vfio-pci reserves the rest of the page
 * and maps it, see vfio_pci_probe_mmaps; platform regions get no such help).
 */
public final class Mmap {

    /** Why a region cannot be mmapped. */
    public enum Refusal {
        IO_PORT("it is an I/O-port region"),
        CONFIG_SPACE("it is PCI config space, which VFIO offers through read/write only"),
        BASE_MISALIGNED("its base is not aligned to the page"),
        SIZE_MISALIGNED("its size is not a multiple of the page");

        private final String why;

        Refusal(String why) {
            this.why = why;
        }

        public String why() {
            return why;
        }
    }

    /** The facts the verdict needs. {@code pciBar}: a memory BAR of a PCI function. */
    public record Facts(boolean ioPort, boolean configSpace, boolean pciBar, long base, long size, long pageSize) {
    }

    private Mmap() {
    }

    public static Optional<Refusal> refusal(Facts region) {
        if (region.ioPort()) {
            return Optional.of(Refusal.IO_PORT);
        }
        if (region.configSpace()) {
            return Optional.of(Refusal.CONFIG_SPACE);
        }
        long page = usablePage(region.pageSize());
        if (Long.remainderUnsigned(region.base(), page) != 0) {
            return Optional.of(Refusal.BASE_MISALIGNED);
        }
        boolean subPageBar = region.pciBar() && region.size() > 0 && region.size() < page;
        if (Long.remainderUnsigned(region.size(), page) != 0 && !subPageBar) {
            return Optional.of(Refusal.SIZE_MISALIGNED);
        }
        return Optional.empty();
    }

    /** A page size a board may state: a power of two of at least 512 bytes; anything else reads as 4 KiB. */
    public static long usablePage(long pageSize) {
        return pageSize >= 512 && Long.bitCount(pageSize) == 1 ? pageSize : 4096;
    }
}
