package org.devassign.discovery.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The oracle side of the dtc cross-check: reads what {@code dtc -I dtb -O dts} prints (one node or
 * property per line, cells as {@code <0x..>}) with line-based text matching, and computes from it,
 * independently of the importer's code, the addresses, sizes and interrupt counts a device should have.
 */
final class DtcText {

    /** A node as dtc printed it: raw property texts and children. */
    static final class Node {
        final String name;
        final Node parent;
        final Map<String, String> properties = new LinkedHashMap<>();
        final List<Node> children = new ArrayList<>();

        Node(String name, Node parent) {
            this.name = name;
            this.parent = parent;
        }

        String path() {
            return parent == null ? "/" : (parent.parent == null ? "" : parent.path()) + "/" + name;
        }

        /**
         * All cells of a property; null when absent. dtc prints values as cells, bytes or strings by
         * what they look like (a reg can come out as a string), so every form is turned back into bytes.
         */
        long[] cells(String property) {
            String text = properties.get(property);
            if (text == null) {
                return null;
            }
            byte[] bytes = bytes(text);
            long[] cells = new long[bytes.length / 4];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = ((bytes[4 * i] & 0xffL) << 24) | ((bytes[4 * i + 1] & 0xffL) << 16) | ((bytes[4 * i + 2] & 0xffL) << 8)
                        | (bytes[4 * i + 3] & 0xffL);
            }
            return cells;
        }

        private static byte[] bytes(String text) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '<') {
                    int end = text.indexOf('>', i);
                    for (String word : text.substring(i + 1, end).trim().split("\\s+")) {
                        if (!word.isEmpty()) {
                            long v = Long.decode(word);
                            out.write((int) (v >>> 24));
                            out.write((int) (v >>> 16));
                            out.write((int) (v >>> 8));
                            out.write((int) v);
                        }
                    }
                    i = end + 1;
                } else if (c == '[') {
                    int end = text.indexOf(']', i);
                    for (String pair : text.substring(i + 1, end).trim().split("\\s+")) {
                        if (!pair.isEmpty()) {
                            out.write(Integer.parseInt(pair, 16));
                        }
                    }
                    i = end + 1;
                } else if (c == '"') {
                    i++;
                    while (text.charAt(i) != '"') {
                        char d = text.charAt(i++);
                        if (d == '\\') {
                            char e = text.charAt(i++);
                            if (e == 'x') {
                                out.write(Integer.parseInt(text.substring(i, i + 2), 16));
                                i += 2;
                            } else if (e >= '0' && e <= '7') {
                                int v = e - '0';
                                while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '7') {
                                    v = v * 8 + text.charAt(i++) - '0';
                                }
                                out.write(v);
                            } else {
                                out.write(switch (e) {
                                    case 'n' -> '\n';
                                    case 't' -> '\t';
                                    case 'r' -> '\r';
                                    case 'a' -> 7;
                                    case 'b' -> '\b';
                                    case 'f' -> '\f';
                                    case 'v' -> 11;
                                    default -> e;
                                });
                            }
                        } else {
                            out.write(d);
                        }
                    }
                    out.write(0);
                    i++;
                } else {
                    i++;
                }
            }
            return out.toByteArray();
        }

        long cell(String property, long fallback) {
            long[] cells = cells(property);
            return cells == null || cells.length == 0 ? fallback : cells[0];
        }

        boolean has(String property) {
            return properties.containsKey(property);
        }
    }

    private static final Pattern NODE = Pattern.compile("\\s*(?:[\\w]+:\\s*)*([^\\s=;{]+|/) \\{");
    private static final Pattern PROPERTY = Pattern.compile("\\s*([^\\s=;{}]+)( = (.*))?;");

    final Node root;
    private final Map<Long, Node> phandles = new HashMap<>();

    DtcText(String dts) {
        Node current = null;
        Node top = null;
        for (String line : dts.split("\n")) {
            if (line.isBlank() || line.startsWith("/dts-v1/") || line.startsWith("/memreserve/")) {
                continue;
            }
            Matcher node = NODE.matcher(line);
            if (node.matches()) {
                Node child = new Node(node.group(1), current);
                if (current == null) {
                    top = child;
                } else {
                    current.children.add(child);
                }
                current = child;
                continue;
            }
            if (line.trim().equals("};")) {
                current = current.parent;
                continue;
            }
            Matcher property = PROPERTY.matcher(line);
            if (property.matches() && current != null) {
                current.properties.put(property.group(1), property.group(3) == null ? "" : property.group(3));
            }
        }
        root = top;
        index(root);
    }

    private void index(Node node) {
        long phandle = node.cell("phandle", node.cell("linux,phandle", 0));
        if (phandle != 0) {
            phandles.put(phandle, node);
        }
        node.children.forEach(this::index);
    }

    Node node(String path) {
        Node node = root;
        for (String part : path.substring(1).split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            Node next = null;
            for (Node child : node.children) {
                if (child.name.equals(part)) {
                    next = child;
                }
            }
            if (next == null) {
                return null;
            }
            node = next;
        }
        return node;
    }

    /** #address-cells / #size-cells that apply to a node's reg: its parent's, else further up, else 1. */
    static int cells(Node node, String property) {
        for (Node n = node.parent; n != null; n = n.parent) {
            if (n.has(property)) {
                return (int) n.cell(property, 1);
            }
        }
        return 1;
    }

    /** (base, size) of each reg entry, bases translated through every parent's ranges; null when one does not translate. */
    List<long[]> regions(Node node) {
        long[] reg = node.cells("reg");
        int na = cells(node, "#address-cells");
        int ns = cells(node, "#size-cells");
        List<long[]> out = new ArrayList<>();
        for (int i = 0; i + na + ns <= reg.length; i += na + ns) {
            long address = join(reg, i, na);
            long size = join(reg, i + na, ns);
            Long translated = translate(node, address, na);
            if (translated != null && size != 0) {
                out.add(new long[] { translated, size });
            }
        }
        return out;
    }

    private Long translate(Node node, long address, int na) {
        Node bus = node.parent;
        while (bus.parent != null) {
            if (!bus.has("ranges")) {
                return null;
            }
            long[] ranges = bus.cells("ranges");
            int pna = cells(bus, "#address-cells");
            int ns = bus.has("#size-cells") ? (int) bus.cell("#size-cells", 1) : cells(new Node("x", bus), "#size-cells");
            if (ranges.length > 0) {
                Long mapped = null;
                for (int i = 0; i + na + pna + ns <= ranges.length; i += na + pna + ns) {
                    long child = join(ranges, i, na);
                    long size = join(ranges, i + na + pna, ns);
                    if (Long.compareUnsigned(address, child) >= 0 && Long.compareUnsigned(address - child, size) < 0) {
                        mapped = join(ranges, i + na, pna) + (address - child);
                        break;
                    }
                }
                if (mapped == null) {
                    return null;
                }
                address = mapped;
            }
            na = pna;
            bus = bus.parent;
        }
        return address;
    }

    /** How many interrupt specifiers a node has: interrupts-extended entries, or interrupts / the parent's #interrupt-cells. */
    int interruptCount(Node node) {
        long[] extended = node.cells("interrupts-extended");
        if (extended != null) {
            int count = 0;
            for (int i = 0; i < extended.length; count++) {
                Node controller = phandles.get(extended[i]);
                i += 1 + (int) controller.cell("#interrupt-cells", 0);
            }
            return count;
        }
        long[] interrupts = node.cells("interrupts");
        if (interrupts == null) {
            return 0;
        }
        Node parent = node;
        do {
            parent = parent.has("interrupt-parent") ? phandles.get(parent.cell("interrupt-parent", 0)) : parent.parent;
        } while (parent != null && !parent.has("#interrupt-cells"));
        return parent == null ? 0 : interrupts.length / (int) parent.cell("#interrupt-cells", 1);
    }

    private static long join(long[] cells, int start, int count) {
        long value = 0;
        for (int i = 0; i < count; i++) {
            value = (value << 32) | cells[start + i];
        }
        return value;
    }
}
