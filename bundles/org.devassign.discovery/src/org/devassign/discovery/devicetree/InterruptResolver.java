package org.devassign.discovery.devicetree;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves a node's {@code interrupts} / {@code interrupts-extended} to interrupt controllers and
 * their specifiers, as the kernel's of_irq_parse_one / of_irq_parse_raw do: the interrupt parent is
 * found through {@code interrupt-parent} or the tree, nexus nodes map specifiers through
 * {@code interrupt-map} (masked by {@code interrupt-map-mask}) until a node that is an
 * {@code interrupt-controller} without a map.
 */
public final class InterruptResolver {

    private static final int MAX_HOPS = 32;

    /** One interrupt of a node: the controller that finally receives it and its specifier there. */
    public record Resolved(DtNode controller, long[] specifier, String failure) {
        public boolean ok() {
            return failure == null;
        }
    }

    /** A node's interrupts: one entry per specifier, or a problem that stopped the parse. */
    public record Interrupts(List<Resolved> interrupts, String problem) {
    }

    private final DeviceTree tree;

    public InterruptResolver(DeviceTree tree) {
        this.tree = tree;
    }

    /** The interrupt parent of {@code node}: of_irq_find_parent. Null when there is none. */
    public DtNode interruptParent(DtNode node) {
        DtNode child = node;
        for (int hops = 0; hops < MAX_HOPS; hops++) {
            DtProperty ref = child.property("interrupt-parent");
            DtNode p = ref != null && ref.length() >= 4 ? tree.byPhandle(ref.cell(0)) : child.parent();
            if (p == null || p.has("#interrupt-cells")) {
                return p;
            }
            child = p;
        }
        return null;
    }

    /** Whether the node declares interrupts at all. */
    public static boolean hasInterrupts(DtNode node) {
        return node.has("interrupts-extended") || node.has("interrupts");
    }

    /** Every interrupt of {@code node}, resolved to its controller. */
    public Interrupts resolve(DtNode node) {
        List<Resolved> out = new ArrayList<>();
        long[] unitAddress = unitAddress(node);
        DtProperty extended = node.property("interrupts-extended");
        if (extended != null) {
            int i = 0;
            while (i < extended.cellCount()) {
                long phandle = extended.cell(i);
                DtNode parent = tree.byPhandle(phandle);
                if (parent == null) {
                    return new Interrupts(out, "interrupts-extended names phandle 0x" + Long.toHexString(phandle)
                            + ", which no node has");
                }
                int cells = (int) parent.u32("#interrupt-cells", -1);
                if (cells < 0) {
                    return new Interrupts(out, "interrupts-extended names " + parent.path() + ", which has no #interrupt-cells");
                }
                if (i + 1 + cells > extended.cellCount()) {
                    return new Interrupts(out, "interrupts-extended ends inside a specifier for " + parent.path());
                }
                long[] spec = slice(extended, i + 1, cells);
                out.add(resolveRaw(parent, spec, unitAddress));
                i += 1 + cells;
            }
            return new Interrupts(out, extended.length() % 4 != 0 ? "interrupts-extended is not a whole number of cells" : null);
        }
        DtProperty interrupts = node.property("interrupts");
        if (interrupts == null) {
            return new Interrupts(out, null);
        }
        DtNode parent = interruptParent(node);
        if (parent == null) {
            return new Interrupts(out, "has 'interrupts' but no interrupt parent (no interrupt-parent here or above)");
        }
        int cells = (int) parent.u32("#interrupt-cells", 0);
        if (cells <= 0) {
            return new Interrupts(out, "its interrupt parent " + parent.path() + " has #interrupt-cells 0");
        }
        int count = interrupts.cellCount() / cells;
        for (int n = 0; n < count; n++) {
            out.add(resolveRaw(parent, slice(interrupts, n * cells, cells), unitAddress));
        }
        String problem = interrupts.length() % (4 * cells) != 0
                ? "'interrupts' has " + interrupts.length() + " bytes, not a whole number of " + cells + "-cell specifiers of "
                        + parent.path()
                : null;
        return new Interrupts(out, problem);
    }

    /** of_irq_parse_raw: walks nexus nodes until a controller takes the specifier. */
    private Resolved resolveRaw(DtNode start, long[] specifier, long[] unitAddress) {
        DtNode ipar = start;
        long[] spec = specifier;
        long[] addr = unitAddress;
        int addrSize = (int) inheritedAddressCells(ipar);
        for (int hops = 0; hops < MAX_HOPS && ipar != null; hops++) {
            boolean controller = ipar.has("interrupt-controller");
            DtProperty map = ipar.property("interrupt-map");
            if (map == null) {
                if (controller) {
                    return new Resolved(ipar, spec, null);
                }
                DtNode next = interruptParent(ipar);
                if (next == null) {
                    return new Resolved(ipar, spec, ipar.path() + " is no interrupt-controller, has no interrupt-map and no parent");
                }
                ipar = next;
                addrSize = (int) inheritedAddressCells(ipar);
                continue;
            }
            int intSize = spec.length;
            DtProperty maskProperty = ipar.property("interrupt-map-mask");
            long[] match = new long[addrSize + intSize];
            for (int i = 0; i < addrSize; i++) {
                match[i] = addr != null && i < addr.length ? addr[i] : 0;
            }
            System.arraycopy(spec, 0, match, addrSize, intSize);
            for (int i = 0; i < match.length; i++) {
                long mask = maskProperty != null && i < maskProperty.cellCount() ? maskProperty.cell(i) : 0xffffffffL;
                match[i] &= mask;
            }
            int at = 0;
            DtNode next = null;
            long[] nextSpec = null;
            long[] nextAddr = null;
            while (at + match.length + 1 <= map.cellCount()) {
                boolean equal = true;
                for (int i = 0; i < match.length; i++) {
                    if (map.cell(at + i) != match[i]) {
                        equal = false;
                    }
                }
                long phandle = map.cell(at + match.length);
                DtNode parent = tree.byPhandle(phandle);
                if (parent == null) {
                    return new Resolved(ipar, spec, "the interrupt-map of " + ipar.path() + " names phandle 0x"
                            + Long.toHexString(phandle) + ", which no node has");
                }
                int parentAddrSize = (int) parent.u32("#address-cells", 0);
                int parentIntSize = (int) parent.u32("#interrupt-cells", -1);
                if (parentIntSize < 0) {
                    return new Resolved(ipar, spec, "the interrupt-map of " + ipar.path() + " names " + parent.path()
                            + ", which has no #interrupt-cells");
                }
                int entryEnd = at + match.length + 1 + parentAddrSize + parentIntSize;
                if (entryEnd > map.cellCount()) {
                    return new Resolved(ipar, spec, "the interrupt-map of " + ipar.path() + " ends inside an entry");
                }
                if (equal) {
                    next = parent;
                    nextAddr = slice(map, at + match.length + 1, parentAddrSize);
                    nextSpec = slice(map, at + match.length + 1 + parentAddrSize, parentIntSize);
                    break;
                }
                at = entryEnd;
            }
            if (next == null) {
                return new Resolved(ipar, spec, "no entry of the interrupt-map of " + ipar.path() + " matches the specifier");
            }
            ipar = next;
            spec = nextSpec;
            addr = nextAddr;
            addrSize = nextAddr.length;
        }
        return new Resolved(ipar, spec, "more than " + MAX_HOPS + " interrupt-map hops from " + start.path());
    }

    /** The old Linux rule for interrupt-map unit addresses: #address-cells of the node or above, default 2. */
    private static long inheritedAddressCells(DtNode node) {
        for (DtNode n = node; n != null; n = n.parent()) {
            DtProperty p = n.property("#address-cells");
            if (p != null && p.length() >= 4) {
                return Math.min(p.cell(0), 8);
            }
        }
        return 2;
    }

    private static long[] unitAddress(DtNode node) {
        DtProperty reg = node.property("reg");
        return reg == null ? null : reg.cells();
    }

    private static long[] slice(DtProperty p, int start, int count) {
        long[] cells = new long[count];
        for (int i = 0; i < count; i++) {
            cells[i] = p.cell(start + i);
        }
        return cells;
    }
}
