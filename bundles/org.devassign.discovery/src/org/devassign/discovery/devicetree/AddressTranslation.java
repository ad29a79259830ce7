package org.devassign.discovery.devicetree;

/**
 * Bus addresses to CPU physical addresses through the parents' {@code ranges}, the way the kernel's
 * of_translate_address does: cell counts come from {@code #address-cells} / {@code #size-cells} of the
 * nearest ancestor that has them (default 1, as Linux), an empty {@code ranges} is a 1:1 mapping, and
 * a bus without {@code ranges} stops translation (its children are not memory-mapped: I2C, SPI, CPUs).
 */
public final class AddressTranslation {

    /** Linux's OF_ROOT_NODE_ADDR_CELLS_DEFAULT and OF_ROOT_NODE_SIZE_CELLS_DEFAULT. */
    private static final int DEFAULT_ADDRESS_CELLS = 1;
    private static final int DEFAULT_SIZE_CELLS = 1;
    private static final int MAX_LEVELS = 64;

    /** A translated address, or why there is none. */
    public record Result(long address, String failure) {
        public boolean ok() {
            return failure == null;
        }
    }

    private AddressTranslation() {
    }

    /** Cells of an address in {@code node}'s {@code reg}: from its parent upwards. */
    public static int addressCells(DtNode node) {
        return childCells(node.parent() != null ? node.parent() : node, "#address-cells", DEFAULT_ADDRESS_CELLS);
    }

    /** Cells of a size in {@code node}'s {@code reg}. */
    public static int sizeCells(DtNode node) {
        return childCells(node.parent() != null ? node.parent() : node, "#size-cells", DEFAULT_SIZE_CELLS);
    }

    /** The cells {@code bus} gives its children's addresses or sizes: its own property, else an ancestor's. */
    public static int childCells(DtNode bus, String property, int fallback) {
        DtNode n = bus;
        for (int level = 0; n != null && level < MAX_LEVELS; n = n.parent(), level++) {
            DtProperty p = n.property(property);
            if (p != null && p.length() >= 4) {
                return (int) Math.min(p.cell(0), 8);
            }
        }
        return fallback;
    }

    /** Whether {@code node} sits on a PCI bus (its reg is a PCI config address, not MMIO). */
    public static boolean onPciBus(DtNode node) {
        DtNode parent = node.parent();
        if (parent == null) {
            return false;
        }
        String type = parent.string("device_type");
        return "pci".equals(type) || "pciex".equals(type);
    }

    /**
     * Translates an address of {@code node}'s {@code reg} (given as its cells, {@code count} of them
     * from {@code start} in {@code reg}) to a CPU physical address.
     */
    public static Result translate(DtNode node, DtProperty reg, int start, int count) {
        long[] address = new long[count];
        for (int i = 0; i < count; i++) {
            address[i] = reg.cell(start + i);
        }
        int na = count;
        DtNode bus = node.parent();
        for (int level = 0; level < MAX_LEVELS; level++) {
            if (bus == null || bus.parent() == null) {
                return new Result(number(address, 0, na), null);
            }
            DtProperty ranges = bus.property("ranges");
            if (ranges == null) {
                return new Result(0, bus.path() + " has no 'ranges': the addresses of its children are not CPU addresses");
            }
            int pna = addressCells(bus);
            int ns = childCells(bus, "#size-cells", DEFAULT_SIZE_CELLS);
            long[] next = new long[pna];
            if (ranges.isEmpty()) {
                long value = number(address, 0, na);
                setNumber(next, value);
            } else {
                int entry = na + pna + ns;
                if (entry == 0 || ranges.cellCount() < entry) {
                    return new Result(0, bus.path() + " has a 'ranges' shorter than one entry of " + entry + " cells");
                }
                long da = number(address, 0, na);
                boolean found = false;
                for (int e = 0; e + entry <= ranges.cellCount(); e += entry) {
                    long childBase = ranges.number(e, na);
                    long size = ranges.number(e + na + pna, ns);
                    if (Long.compareUnsigned(da, childBase) >= 0 && Long.compareUnsigned(da - childBase, size) < 0) {
                        setNumber(next, ranges.number(e + na, pna) + (da - childBase));
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return new Result(0, "address 0x" + Long.toHexString(da) + " lies in none of the 'ranges' of " + bus.path());
                }
            }
            address = next;
            na = pna;
            bus = bus.parent();
        }
        return new Result(0, "more than " + MAX_LEVELS + " bus levels");
    }

    private static long number(long[] cells, int start, int count) {
        long r = 0;
        for (int i = 0; i < count; i++) {
            r = (r << 32) | cells[start + i];
        }
        return r;
    }

    private static void setNumber(long[] cells, long value) {
        for (int i = cells.length - 1; i >= 0; i--) {
            cells[i] = value & 0xffffffffL;
            value >>>= 32;
        }
    }
}
