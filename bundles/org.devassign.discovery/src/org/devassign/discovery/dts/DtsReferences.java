package org.devassign.discovery.dts;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.devassign.discovery.devicetree.DeviceTree;
import org.devassign.discovery.devicetree.DtNode;
import org.devassign.discovery.devicetree.DtProperty;

/**
 * Labels and references: {@code &label} and {@code &{/path}} where a directive or an amendment
 * names a node (found at once, in the tree as read so far), and in property values, where they are
 * resolved once the whole tree is read, since a label may be defined after its use: a reference in a
 * cell array becomes the node's phandle (assigned in tree order from 1, skipping those in use, as dtc
 * assigns them, to nodes that have none), a reference elsewhere becomes the node's path string.
 */
final class DtsReferences {

    /** {@code &label} or {@code &{/path}}, with its position. */
    record Reference(String text, Position at) {

        boolean isPath() {
            return text.startsWith("/");
        }

        String describe() {
            return isPath() ? "the path " + text : "the label '" + text + "'";
        }
    }

    /** A piece of a property value that needs the finished tree: a phandle cell or a path string at an offset. */
    record Fixup(boolean phandle, String target, int offset, Position at) {
    }

    /** A value waiting for the tree: node and property object at parse time, so a later redefinition or deletion wins. */
    private record Pending(DtNode node, DtProperty property, List<Fixup> fixups) {
    }

    private final DtNode root;
    private final Path mainFile;
    private final List<Pending> pending = new ArrayList<>();

    DtsReferences(DtNode root, Path mainFile) {
        this.root = root;
        this.mainFile = mainFile;
    }

    /** Reads {@code &label} or {@code &{/path}} at the cursor. */
    static Reference read(DtsLexer lexer) throws DtsSyntaxException {
        lexer.skipSpace();
        Position at = lexer.position();
        lexer.expect('&');
        if (lexer.peek() == '{') {
            lexer.next();
            StringBuilder path = new StringBuilder();
            while (!lexer.atSourceEnd() && lexer.peek() != '}') {
                path.append(lexer.next());
            }
            lexer.expect('}');
            return new Reference(path.toString(), at);
        }
        String label = lexer.labelName();
        if (label.isEmpty()) {
            throw at.error("'&' must be followed by a label or {/path}.");
        }
        return new Reference(label, at);
    }

    /** The node a reference names in the tree as read so far, or null. */
    DtNode find(Reference reference) {
        return find(reference.text());
    }

    private DtNode find(String target) {
        if (target.startsWith("/")) {
            return new DeviceTree(root, List.of(), 0).node(target);
        }
        Deque<DtNode> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            DtNode node = todo.pop();
            if (node.labels().contains(target)) {
                return node;
            }
            node.children().forEach(todo::push);
        }
        return null;
    }

    /** Remembers a property whose value has references, to fill them in by {@link #resolve()}. */
    void defer(DtNode node, DtProperty property, List<Fixup> fixups) {
        if (!fixups.isEmpty()) {
            pending.add(new Pending(node, property, fixups));
        }
    }

    /** Fills in phandles and paths; returns the nodes referenced. */
    Set<DtNode> resolve() throws DtsSyntaxException {
        Map<String, DtNode> labels = new HashMap<>();
        Map<Long, DtNode> phandles = new HashMap<>();
        Deque<DtNode> todo = new ArrayDeque<>();
        List<DtNode> order = new ArrayList<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            DtNode node = todo.pop();
            order.add(node);
            for (String label : node.labels()) {
                DtNode other = labels.putIfAbsent(label, node);
                if (other != null && other != node) {
                    throw new DtsSyntaxException(mainFile, 0, 0, "the label '" + label + "' is on two nodes, " + other.path()
                            + " and " + node.path() + ": labels must be unique.");
                }
            }
            long p = phandleOf(node);
            if (p != 0) {
                phandles.put(p, node);
            }
            List<DtNode> children = new ArrayList<>(node.children());
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
        Set<DtNode> referenced = new HashSet<>();
        long[] nextPhandle = { 1 };
        // in tree order, so phandles are assigned as dtc assigns them
        Map<DtNode, List<Pending>> byNode = new IdentityHashMap<>();
        for (Pending p : pending) {
            byNode.computeIfAbsent(p.node(), n -> new ArrayList<>()).add(p);
        }
        for (DtNode node : order) {
            List<Pending> list = byNode.get(node);
            if (list == null) {
                continue;
            }
            for (DtProperty property : new ArrayList<>(node.properties())) {
                for (Pending p : list) {
                    if (p.property() == property && node.property(property.name()) == property) {
                        node.put(fixUp(property, p.fixups(), labels, phandles, nextPhandle, referenced));
                    }
                }
            }
        }
        return referenced;
    }

    private DtProperty fixUp(DtProperty property, List<Fixup> fixups, Map<String, DtNode> labels, Map<Long, DtNode> phandles,
            long[] nextPhandle, Set<DtNode> referenced) throws DtsSyntaxException {
        byte[] value = property.value();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int copied = 0;
        for (Fixup fixup : fixups) {
            DtNode target = fixup.target().startsWith("/") ? find(fixup.target()) : labels.get(fixup.target());
            if (target == null) {
                throw fixup.at().error("reference to "
                        + (fixup.target().startsWith("/") ? "the path " + fixup.target() : "the label '" + fixup.target() + "'")
                        + ", which no node has (deleted, misspelt, or defined in a file that is not included).");
            }
            referenced.add(target);
            out.write(value, copied, fixup.offset() - copied);
            copied = fixup.offset();
            if (fixup.phandle()) {
                long phandle = phandleOf(target);
                if (phandle == 0) {
                    while (phandles.containsKey(nextPhandle[0])) {
                        nextPhandle[0]++;
                    }
                    phandle = nextPhandle[0];
                    phandles.put(phandle, target);
                    target.put(new DtProperty("phandle", cell(phandle)));
                }
                out.writeBytes(cell(phandle));
                copied += 4;
            } else {
                out.writeBytes(target.path().getBytes(StandardCharsets.UTF_8));
                out.write(0);
            }
        }
        out.write(value, copied, value.length - copied);
        return new DtProperty(property.name(), out.toByteArray());
    }

    private static long phandleOf(DtNode node) {
        return node.u32("phandle", node.u32("linux,phandle", 0));
    }

    private static byte[] cell(long v) {
        return new byte[] { (byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v };
    }
}
