package org.devassign.discovery.devicetree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole device tree: the root node, memory reservations, and lookups by path, alias and phandle.
 * Built by the DTB, DTS and sysfs readers; read by {@link DeviceTreeBoards}.
 */
public final class DeviceTree {

    /** One {@code /memreserve/} entry. */
    public record Reservation(long address, long size) {
    }

    private final DtNode root;
    private final List<Reservation> reservations;
    private final long bootCpu;
    private Map<Long, DtNode> phandles;

    public DeviceTree(DtNode root, List<Reservation> reservations, long bootCpu) {
        this.root = root;
        this.reservations = List.copyOf(reservations);
        this.bootCpu = bootCpu;
    }

    public DtNode root() {
        return root;
    }

    public List<Reservation> reservations() {
        return reservations;
    }

    public long bootCpu() {
        return bootCpu;
    }

    /** The node with this {@code phandle} (or legacy {@code linux,phandle}), or null. */
    public DtNode byPhandle(long phandle) {
        if (phandles == null) {
            phandles = new HashMap<>();
            for (DtNode node : nodes()) {
                long p = node.u32("phandle", node.u32("linux,phandle", 0));
                if (p != 0 && p != 0xffffffffL) {
                    phandles.putIfAbsent(p, node);
                }
            }
        }
        return phandles.get(phandle);
    }

    /** Forgets cached lookups after the tree was changed. */
    public void changed() {
        phandles = null;
    }

    /** The node at an absolute path ({@code /soc/uart@1000}) or an alias path ({@code serial0/...}); null if none. */
    public DtNode node(String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        DtNode node;
        String rest;
        if (path.startsWith("/")) {
            node = root;
            rest = path.substring(1);
        } else {
            int slash = path.indexOf('/');
            String alias = slash < 0 ? path : path.substring(0, slash);
            DtNode aliases = root.child("aliases");
            String target = aliases == null ? null : aliases.string(alias);
            if (target == null || !target.startsWith("/")) {
                return null;
            }
            node = node(target);
            rest = slash < 0 ? "" : path.substring(slash + 1);
        }
        for (String part : rest.split("/")) {
            if (node == null) {
                return null;
            }
            if (!part.isEmpty()) {
                node = childByPathPart(node, part);
            }
        }
        return node;
    }

    /** A path component may leave out the unit address when it is unambiguous, as in dtc. */
    private static DtNode childByPathPart(DtNode node, String part) {
        DtNode exact = node.child(part);
        if (exact != null || part.indexOf('@') >= 0) {
            return exact;
        }
        DtNode found = null;
        for (DtNode child : node.children()) {
            if (child.baseName().equals(part)) {
                if (found != null) {
                    return null;
                }
                found = child;
            }
        }
        return found;
    }

    /** Every node, parents before children, in source order. */
    public List<DtNode> nodes() {
        List<DtNode> all = new ArrayList<>();
        Deque<DtNode> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            DtNode node = todo.pop();
            all.add(node);
            List<DtNode> children = new ArrayList<>(node.children());
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
        return all;
    }
}
