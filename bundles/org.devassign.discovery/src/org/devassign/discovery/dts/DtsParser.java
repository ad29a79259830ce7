package org.devassign.discovery.dts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * A recursive-descent parser for dtc's source syntax, scanning characters directly: names, numbers
 * and labels overlap lexically, and context decides which is meant, as dtc's lexer start conditions
 * do. References are resolved once the whole tree is read (a label may be defined after its use),
 * assigning phandles to referenced nodes that have none, as dtc does.
 */
final class DtsParser {

    private static final int MAX_INCLUDE_DEPTH = 32;
    private static final int MAX_NODE_DEPTH = 256;

    /** A piece of a property value that needs the finished tree: a phandle cell or a path string. */
    private record Fixup(boolean phandle, String target, int offset, Path file, int line, int column) {
    }

    /** A property value under construction: bytes, with references to fill in later. */
    private static final class Value {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<Fixup> fixups = new ArrayList<>();
    }

    /** A pending value: node and property object at parse time, so a later redefinition or deletion wins. */
    private record Pending(DtNode node, DtProperty property, List<Fixup> fixups) {
    }

    private final Deque<SourceText> sources = new ArrayDeque<>();
    private final List<Path> includeDirectories;
    private final Path mainFile;
    private final DtNode root = new DtNode("");
    private final List<org.devassign.discovery.devicetree.DeviceTree.Reservation> reservations = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();
    private final Set<DtNode> omitIfNoRef = new HashSet<>();
    private boolean sawVersion;

    DtsParser(String text, Path file, List<Path> includeDirectories) {
        this.mainFile = file;
        this.includeDirectories = includeDirectories;
        sources.push(new SourceText(text, file));
    }

    DeviceTree parse() throws DtsSyntaxException {
        parseTopLevel();
        Set<DtNode> referenced = resolveReferences();
        for (DtNode node : omitIfNoRef) {
            if (!referenced.contains(node) && node.parent() != null) {
                node.parent().removeChild(node.name());
            }
        }
        return new DeviceTree(root, reservations, 0);
    }

    // ------------------------------------------------------------------ structure

    private void parseTopLevel() throws DtsSyntaxException {
        while (true) {
            skipSpace();
            if (atEnd()) {
                break;
            }
            if (eat("/dts-v1/")) {
                expect(';');
                sawVersion = true;
                continue;
            }
            if (startsWith("/plugin/")) {
                throw error("device-tree overlays (/plugin/) are not boards: apply the overlay to its base tree first "
                        + "(fdtoverlay), then import the result.");
            }
            if (!sawVersion) {
                throw error("the source does not start with /dts-v1/; : only version 1 sources are read "
                        + "(add /dts-v1/; as the first statement).");
            }
            List<String> labels = labels();
            if (eat("/memreserve/")) {
                long address = integerPrimary();
                long size = integerPrimary();
                expect(';');
                reservations.add(new DeviceTree.Reservation(address, size));
                continue;
            }
            if (eat("/delete-node/")) {
                Reference ref = reference();
                expect(';');
                DtNode node = findReference(ref);
                if (node == null) {
                    throw errorAt(ref, "/delete-node/ names " + ref.describe() + ", which no node has.");
                }
                if (node.parent() != null) {
                    node.parent().removeChild(node.name());
                }
                continue;
            }
            if (eat("/omit-if-no-ref/")) {
                Reference ref = reference();
                expect(';');
                DtNode node = findReference(ref);
                if (node == null) {
                    throw errorAt(ref, "/omit-if-no-ref/ names " + ref.describe() + ", which no node has.");
                }
                omitIfNoRef.add(node);
                continue;
            }
            if (peek() == '/') {
                next();
                labels.forEach(root::addLabel);
                nodeBody(root, 0);
                continue;
            }
            if (peek() == '&') {
                Reference ref = reference();
                DtNode node = findReference(ref);
                if (node == null) {
                    throw errorAt(ref, "cannot amend " + ref.describe() + ": no node has it (is the label defined, "
                            + "and the file that defines it included before this point?).");
                }
                labels.forEach(node::addLabel);
                nodeBody(node, 0);
                continue;
            }
            throw error("expected a node ('/ {', '&label {'), /memreserve/, /delete-node/ or /include/, found "
                    + describeNext() + ".");
        }
    }

    /** {@code { properties and subnodes };} into {@code node}, merging with what is there. */
    private void nodeBody(DtNode node, int depth) throws DtsSyntaxException {
        if (depth > MAX_NODE_DEPTH) {
            throw error("nodes nest deeper than " + MAX_NODE_DEPTH + " levels.");
        }
        expect('{');
        while (true) {
            skipSpace();
            if (atEnd()) {
                throw error("the file ends inside node " + node.path() + ": a '};' is missing.");
            }
            if (peek() == '}') {
                next();
                expect(';');
                return;
            }
            if (eat("/delete-property/")) {
                String name = propertyOrNodeName();
                expect(';');
                node.removeProperty(name);
                continue;
            }
            if (eat("/delete-node/")) {
                skipSpace();
                if (peek() == '&') {
                    Reference ref = reference();
                    expect(';');
                    DtNode target = findReference(ref);
                    if (target != null && target.parent() != null) {
                        target.parent().removeChild(target.name());
                    }
                } else {
                    String name = propertyOrNodeName();
                    expect(';');
                    node.removeChild(name);
                }
                continue;
            }
            boolean omit = eat("/omit-if-no-ref/");
            List<String> labels = labels();
            int line = line();
            int column = column();
            String name = propertyOrNodeName();
            skipSpace();
            char c = peek();
            if (c == '{') {
                DtNode child = node.addChild(new DtNode(name));
                labels.forEach(child::addLabel);
                if (omit) {
                    omitIfNoRef.add(child);
                }
                nodeBody(child, depth + 1);
            } else if (c == '=') {
                next();
                Value value = propertyValue();
                expect(';');
                define(node, name, value);
            } else if (c == ';') {
                next();
                define(node, name, new Value());
            } else {
                throw new DtsSyntaxException(reportedFile(), line, column, "after '" + name + "' expected '=' (a property), "
                        + "';' (an empty property) or '{' (a node), found " + describeNext() + ".");
            }
        }
    }

    private void define(DtNode node, String name, Value value) {
        DtProperty property = new DtProperty(name, value.bytes.toByteArray());
        node.put(property);
        if (!value.fixups.isEmpty()) {
            pending.add(new Pending(node, property, value.fixups));
        }
    }

    // ------------------------------------------------------------------ property values

    private Value propertyValue() throws DtsSyntaxException {
        Value value = new Value();
        while (true) {
            labels();
            skipSpace();
            char c = peek();
            if (c == '"') {
                byte[] s = stringLiteral();
                value.bytes.writeBytes(s);
                value.bytes.write(0);
            } else if (c == '<' || startsWith("/bits/")) {
                cellArray(value);
            } else if (c == '[') {
                byteString(value);
            } else if (c == '&') {
                Reference ref = reference();
                value.fixups.add(new Fixup(false, ref.text, value.bytes.size(), reportedFile(), ref.line, ref.column));
            } else if (startsWith("/incbin/")) {
                incbin(value);
            } else {
                throw error("expected a property value (\"string\", <cells>, [bytes], &reference or /incbin/), found "
                        + describeNext() + ".");
            }
            labels();
            skipSpace();
            if (peek() == ',') {
                next();
                continue;
            }
            return value;
        }
    }

    private void cellArray(Value value) throws DtsSyntaxException {
        int bits = 32;
        if (eat("/bits/")) {
            skipSpace();
            long b = integerPrimary();
            if (b != 8 && b != 16 && b != 32 && b != 64) {
                throw error("/bits/ must be 8, 16, 32 or 64, not " + b + ".");
            }
            bits = (int) b;
            skipSpace();
        }
        expect('<');
        while (true) {
            labels();
            skipSpace();
            char c = peek();
            if (c == '>') {
                next();
                return;
            }
            if (atEnd()) {
                throw error("the file ends inside a cell array: a '>' is missing.");
            }
            if (c == '&') {
                if (bits != 32) {
                    throw error("a phandle reference needs 32-bit cells, but this array has /bits/ " + bits + ".");
                }
                Reference ref = reference();
                value.fixups.add(new Fixup(true, ref.text, value.bytes.size(), reportedFile(), ref.line, ref.column));
                writeNumber(value.bytes, 0xffffffffL, 32);
                continue;
            }
            int line = line();
            int column = column();
            long v = integerPrimary();
            if (bits < 64) {
                long mask = (1L << bits) - 1;
                // like dtc: a value fits if its high bits are all 0 or all 1 (a negative number)
                if ((v & ~mask) != 0 && (v | mask) != -1L) {
                    throw new DtsSyntaxException(reportedFile(), line, column, "the value 0x" + Long.toHexString(v)
                            + " does not fit in a " + bits + "-bit cell.");
                }
            }
            writeNumber(value.bytes, v, bits);
        }
    }

    private void byteString(Value value) throws DtsSyntaxException {
        expect('[');
        while (true) {
            labels();
            skipSpace();
            if (peek() == ']') {
                next();
                return;
            }
            int hi = hexDigit(peek());
            int lo = hexDigit(peek(1));
            if (hi < 0 || lo < 0) {
                throw error("a byte string holds pairs of hex digits, found " + describeNext() + ".");
            }
            next();
            next();
            value.bytes.write(hi * 16 + lo);
        }
    }

    private void incbin(Value value) throws DtsSyntaxException {
        int line = line();
        int column = column();
        eat("/incbin/");
        expect('(');
        skipSpace();
        String name = new String(stringLiteral(), StandardCharsets.UTF_8);
        long offset = 0;
        long length = -1;
        skipSpace();
        if (peek() == ',') {
            next();
            offset = integerPrimary();
            expect(',');
            length = integerPrimary();
        }
        expect(')');
        Path file = findFile(name);
        if (file == null) {
            throw new DtsSyntaxException(reportedFile(), line, column, "/incbin/ names \"" + name + "\", which is not found "
                    + "next to the source or in the include directories.");
        }
        try {
            byte[] all = Files.readAllBytes(file);
            if (offset < 0 || offset > all.length || (length >= 0 && offset + length > all.length)) {
                throw new DtsSyntaxException(reportedFile(), line, column, "/incbin/ asks for bytes " + offset + ".."
                        + (length < 0 ? "end" : offset + length) + " of " + file + ", which has " + all.length + ".");
            }
            value.bytes.write(all, (int) offset, length < 0 ? all.length - (int) offset : (int) length);
        } catch (IOException e) {
            throw new DtsSyntaxException(reportedFile(), line, column, "/incbin/ cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeNumber(ByteArrayOutputStream out, long v, int bits) {
        for (int shift = bits - 8; shift >= 0; shift -= 8) {
            out.write((int) (v >>> shift) & 0xff);
        }
    }

    // ------------------------------------------------------------------ references

    /** {@code &label} or {@code &{/path}}, with its position. */
    private record Reference(String text, int line, int column) {
        boolean isPath() {
            return text.startsWith("/");
        }

        String describe() {
            return isPath() ? "the path " + text : "the label '" + text + "'";
        }
    }

    private Reference reference() throws DtsSyntaxException {
        skipSpace();
        int line = line();
        int column = column();
        expect('&');
        if (peek() == '{') {
            next();
            StringBuilder path = new StringBuilder();
            while (!atEnd() && peek() != '}') {
                path.append(next());
            }
            expect('}');
            return new Reference(path.toString(), line, column);
        }
        String label = labelName();
        if (label.isEmpty()) {
            throw new DtsSyntaxException(reportedFile(), line, column, "'&' must be followed by a label or {/path}.");
        }
        return new Reference(label, line, column);
    }

    private DtNode findReference(Reference ref) {
        return find(ref.text);
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

    /** Fills in phandles and paths; returns the nodes referenced. */
    private Set<DtNode> resolveReferences() throws DtsSyntaxException {
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
            long p = node.u32("phandle", node.u32("linux,phandle", 0));
            if (p != 0) {
                phandles.put(p, node);
            }
            List<DtNode> children = new ArrayList<>(node.children());
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
        Set<DtNode> alive = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        alive.addAll(order);
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
                    if (p.property() != property || node.property(property.name()) != property) {
                        continue;
                    }
                    node.put(fixUp(property, p.fixups(), labels, phandles, nextPhandle, referenced));
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
                throw new DtsSyntaxException(fixup.file(), fixup.line(), fixup.column(), "reference to "
                        + (fixup.target().startsWith("/") ? "the path " + fixup.target() : "the label '" + fixup.target() + "'")
                        + ", which no node has (deleted, misspelt, or defined in a file that is not included).");
            }
            referenced.add(target);
            out.write(value, copied, fixup.offset() - copied);
            copied = fixup.offset();
            if (fixup.phandle()) {
                long phandle = target.u32("phandle", target.u32("linux,phandle", 0));
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

    private static byte[] cell(long v) {
        return new byte[] { (byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v };
    }

    // ------------------------------------------------------------------ integers and expressions

    /** A literal, a character literal or a parenthesised C expression, as dtc's integer_prim. */
    private long integerPrimary() throws DtsSyntaxException {
        skipSpace();
        char c = peek();
        if (c == '(') {
            next();
            long v = expression();
            expect(')');
            return v;
        }
        if (c == '\'') {
            return charLiteral();
        }
        if (c == '-' || c == '~' || c == '!') {
            // dtc wants parentheses here; sources fed through cpp sometimes lack them
            next();
            long v = integerPrimary();
            return c == '-' ? -v : c == '~' ? ~v : (v == 0 ? 1 : 0);
        }
        if (Character.isDigit(c)) {
            return literal();
        }
        throw error("expected a number, 'c' or a (expression), found " + describeNext() + ".");
    }

    private long literal() throws DtsSyntaxException {
        int line = line();
        int column = column();
        StringBuilder b = new StringBuilder();
        while (Character.isLetterOrDigit(peek())) {
            b.append(next());
        }
        String text = b.toString().replaceAll("(?i)(ull|ll|ul|lu|u|l)$", "");
        try {
            if (text.startsWith("0x") || text.startsWith("0X")) {
                return Long.parseUnsignedLong(text.substring(2), 16);
            }
            if (text.startsWith("0b") || text.startsWith("0B")) {
                return Long.parseUnsignedLong(text.substring(2), 2);
            }
            if (text.length() > 1 && text.startsWith("0")) {
                return Long.parseUnsignedLong(text.substring(1), 8);
            }
            return Long.parseUnsignedLong(text);
        } catch (NumberFormatException e) {
            throw new DtsSyntaxException(reportedFile(), line, column, "'" + b + "' is not a number.");
        }
    }

    private long charLiteral() throws DtsSyntaxException {
        expect('\'');
        byte[] bytes = escapedUntil('\'');
        if (bytes.length != 1) {
            throw error("a character literal holds one character.");
        }
        return bytes[0] & 0xff;
    }

    private long expression() throws DtsSyntaxException {
        long condition = binary(0);
        skipSpace();
        if (peek() == '?') {
            next();
            long a = expression();
            expect(':');
            long b = expression();
            return condition != 0 ? a : b;
        }
        return condition;
    }

    private static final String[][] LEVELS = {
        { "||" }, { "&&" }, { "|" }, { "^" }, { "&" }, { "==", "!=" }, { "<=", ">=", "<", ">" }, { "<<", ">>" },
        { "+", "-" }, { "*", "/", "%" }
    };

    private long binary(int level) throws DtsSyntaxException {
        if (level == LEVELS.length) {
            return unary();
        }
        long left = binary(level + 1);
        while (true) {
            skipSpace();
            String op = operatorAt(level);
            if (op == null) {
                return left;
            }
            int line = line();
            int column = column();
            for (int i = 0; i < op.length(); i++) {
                next();
            }
            long right = binary(level + 1);
            left = switch (op) {
                case "||" -> (left != 0 || right != 0) ? 1 : 0;
                case "&&" -> (left != 0 && right != 0) ? 1 : 0;
                case "|" -> left | right;
                case "^" -> left ^ right;
                case "&" -> left & right;
                case "==" -> left == right ? 1 : 0;
                case "!=" -> left != right ? 1 : 0;
                case "<=" -> Long.compareUnsigned(left, right) <= 0 ? 1 : 0;
                case ">=" -> Long.compareUnsigned(left, right) >= 0 ? 1 : 0;
                case "<" -> Long.compareUnsigned(left, right) < 0 ? 1 : 0;
                case ">" -> Long.compareUnsigned(left, right) > 0 ? 1 : 0;
                case "<<" -> left << right;
                case ">>" -> left >>> right;
                case "+" -> left + right;
                case "-" -> left - right;
                case "*" -> left * right;
                default -> {
                    if (right == 0) {
                        throw new DtsSyntaxException(reportedFile(), line, column, "division by zero.");
                    }
                    yield op.equals("/") ? Long.divideUnsigned(left, right) : Long.remainderUnsigned(left, right);
                }
            };
        }
    }

    private String operatorAt(int level) {
        for (String op : LEVELS[level]) {
            if (!startsWith(op)) {
                continue;
            }
            // a one-character operator must not be the start of a longer one
            boolean longer = switch (op) {
                case "|" -> startsWith("||");
                case "&" -> startsWith("&&");
                case "<" -> startsWith("<<") || startsWith("<=");
                case ">" -> startsWith(">>") || startsWith(">=");
                default -> false;
            };
            if (!longer) {
                return op;
            }
        }
        return null;
    }

    private long unary() throws DtsSyntaxException {
        skipSpace();
        char c = peek();
        if (c == '-' || c == '~' || c == '!') {
            next();
            long v = unary();
            return c == '-' ? -v : c == '~' ? ~v : (v == 0 ? 1 : 0);
        }
        if (c == '+') {
            next();
            return unary();
        }
        return integerPrimary();
    }

    // ------------------------------------------------------------------ names, labels, strings

    /** Labels ({@code name:}) before the next item; none is fine. */
    private List<String> labels() throws DtsSyntaxException {
        List<String> labels = new ArrayList<>();
        while (true) {
            skipSpace();
            SourceText s = sources.peek();
            int p = s.pos;
            int end = p;
            while (end < s.text.length() && isLabelChar(s.text.charAt(end))) {
                end++;
            }
            if (end > p && end < s.text.length() && s.text.charAt(end) == ':' && !Character.isDigit(s.text.charAt(p))) {
                labels.add(s.text.substring(p, end));
                while (s.pos <= end) {
                    s.next();
                }
                continue;
            }
            return labels;
        }
    }

    private String labelName() {
        StringBuilder b = new StringBuilder();
        while (isLabelChar(peek())) {
            b.append(next());
        }
        return b.toString();
    }

    private static boolean isLabelChar(char c) {
        return Character.isLetterOrDigit(c) && c < 128 || c == '_';
    }

    private static boolean isNameChar(char c) {
        return (c < 128 && Character.isLetterOrDigit(c)) || ",._+*#?@-".indexOf(c) >= 0;
    }

    private String propertyOrNodeName() throws DtsSyntaxException {
        skipSpace();
        StringBuilder b = new StringBuilder();
        while (isNameChar(peek())) {
            b.append(next());
        }
        if (b.isEmpty()) {
            throw error("expected a property or node name, found " + describeNext() + ".");
        }
        return b.toString();
    }

    private byte[] stringLiteral() throws DtsSyntaxException {
        expect('"');
        return escapedUntil('"');
    }

    private byte[] escapedUntil(char close) throws DtsSyntaxException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SourceText s = sources.peek();
        while (true) {
            if (s.atEnd() || s.peek() == '\n') {
                throw error("the string or character literal is not closed on its line.");
            }
            char c = s.next();
            if (c == close) {
                return out.toByteArray();
            }
            if (c != '\\') {
                if (c < 0x80) {
                    out.write(c);
                } else {
                    out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                }
                continue;
            }
            char e = s.atEnd() ? '\0' : s.next();
            switch (e) {
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'r' -> out.write('\r');
                case 'a' -> out.write(7);
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 'v' -> out.write(11);
                case 'x' -> {
                    int v = 0;
                    int digits = 0;
                    while (digits < 2 && hexDigit(s.peek()) >= 0) {
                        v = v * 16 + hexDigit(s.next());
                        digits++;
                    }
                    if (digits == 0) {
                        throw error("'\\x' must be followed by hex digits.");
                    }
                    out.write(v);
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int digits = 1; digits < 3 && s.peek() >= '0' && s.peek() <= '7'; digits++) {
                        v = v * 8 + (s.next() - '0');
                    }
                    out.write(v & 0xff);
                }
                default -> out.write(e);
            }
        }
    }

    private static int hexDigit(char c) {
        return Character.digit(c, 16);
    }

    // ------------------------------------------------------------------ input

    /** Skips white space, comments, cpp line markers, and enters {@code /include/} files. */
    private void skipSpace() throws DtsSyntaxException {
        while (true) {
            SourceText s = sources.peek();
            if (s.atEnd()) {
                if (sources.size() > 1) {
                    sources.pop();
                    continue;
                }
                return;
            }
            char c = s.peek();
            if (Character.isWhitespace(c)) {
                s.next();
            } else if (c == '/' && s.peek(1) == '*') {
                int line = s.line();
                int column = s.column();
                s.next();
                s.next();
                while (!(s.peek() == '*' && s.peek(1) == '/')) {
                    if (s.atEnd()) {
                        throw new DtsSyntaxException(s.reportedFile, line, column, "the comment is not closed: a '*/' is missing.");
                    }
                    s.next();
                }
                s.next();
                s.next();
            } else if (c == '/' && s.peek(1) == '/') {
                while (!s.atEnd() && s.peek() != '\n') {
                    s.next();
                }
            } else if (c == '#' && s.atLineStart() && isLineMarker(s)) {
                lineMarker(s);
            } else if (c == '/' && s.startsWith("/include/")) {
                include(s);
            } else {
                return;
            }
        }
    }

    /** {@code # 12 "file" flags} or {@code #line 12 "file"}, as cpp writes them. */
    private static boolean isLineMarker(SourceText s) {
        int p = s.pos + 1;
        String t = s.text;
        if (t.startsWith("line", p)) {
            p += 4;
        }
        if (p >= t.length() || (t.charAt(p) != ' ' && t.charAt(p) != '\t')) {
            return false;
        }
        while (p < t.length() && (t.charAt(p) == ' ' || t.charAt(p) == '\t')) {
            p++;
        }
        return p < t.length() && Character.isDigit(t.charAt(p));
    }

    private void lineMarker(SourceText s) {
        StringBuilder b = new StringBuilder();
        while (!s.atEnd() && s.peek() != '\n') {
            b.append(s.next());
        }
        if (!s.atEnd()) {
            s.next();
        }
        String[] parts = b.toString().replaceFirst("^#\\s*(line)?\\s*", "").split("\\s+", 2);
        try {
            int reported = Integer.parseInt(parts[0]);
            Path file = s.reportedFile;
            if (parts.length > 1 && parts[1].startsWith("\"")) {
                int end = parts[1].indexOf('"', 1);
                if (end > 0) {
                    file = Path.of(parts[1].substring(1, end));
                }
            }
            s.mark(reported, file);
        } catch (NumberFormatException | java.nio.file.InvalidPathException e) {
            // not a marker after all: a stray '#' line, which the parser reports where it is used
        }
    }

    private void include(SourceText s) throws DtsSyntaxException {
        int line = s.line();
        int column = s.column();
        for (int i = 0; i < "/include/".length(); i++) {
            s.next();
        }
        while (!s.atEnd() && (s.peek() == ' ' || s.peek() == '\t')) {
            s.next();
        }
        if (s.peek() != '"') {
            throw new DtsSyntaxException(s.reportedFile, line, column, "/include/ must be followed by a \"file name\".");
        }
        String name = new String(escapedUntilIn(s), StandardCharsets.UTF_8);
        if (sources.size() > MAX_INCLUDE_DEPTH) {
            throw new DtsSyntaxException(s.reportedFile, line, column, "/include/ nests deeper than " + MAX_INCLUDE_DEPTH
                    + " files: does a file include itself?");
        }
        Path file = findFile(name);
        if (file == null) {
            throw new DtsSyntaxException(s.reportedFile, line, column, "/include/ names \"" + name + "\", which is not found "
                    + "next to " + s.file.getFileName() + " or in the include directories " + includeDirectories + ".");
        }
        try {
            sources.push(new SourceText(Files.readString(file, StandardCharsets.UTF_8), file));
        } catch (IOException e) {
            throw new DtsSyntaxException(s.reportedFile, line, column, "/include/ cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private byte[] escapedUntilIn(SourceText s) throws DtsSyntaxException {
        s.next(); // the opening quote
        StringBuilder b = new StringBuilder();
        while (!s.atEnd() && s.peek() != '"' && s.peek() != '\n') {
            b.append(s.next());
        }
        if (s.peek() != '"') {
            throw new DtsSyntaxException(s.reportedFile, s.line(), s.column(), "the file name is not closed with '\"'.");
        }
        s.next();
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A file named in /include/ or /incbin/: next to the current source, then in the include directories. */
    private Path findFile(String name) {
        Path direct = Path.of(name);
        SourceText s = sources.peek();
        List<Path> candidates = new ArrayList<>();
        if (direct.isAbsolute()) {
            candidates.add(direct);
        } else {
            Path reported = s.reportedFile.toAbsolutePath().getParent();
            if (reported != null) {
                candidates.add(reported.resolve(name));
            }
            if (s.directory != null) {
                candidates.add(s.directory.resolve(name));
            }
            for (Path dir : includeDirectories) {
                candidates.add(dir.resolve(name));
            }
        }
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private boolean atEnd() {
        return sources.size() == 1 && sources.peek().atEnd();
    }

    private char peek() {
        return sources.peek().peek();
    }

    private char peek(int ahead) {
        return sources.peek().peek(ahead);
    }

    private char next() {
        return sources.peek().next();
    }

    private boolean startsWith(String s) {
        return sources.peek().startsWith(s);
    }

    private boolean eat(String word) throws DtsSyntaxException {
        skipSpace();
        if (startsWith(word)) {
            for (int i = 0; i < word.length(); i++) {
                next();
            }
            return true;
        }
        return false;
    }

    private void expect(char c) throws DtsSyntaxException {
        skipSpace();
        if (peek() != c || sources.peek().atEnd()) {
            throw error("expected '" + c + "', found " + describeNext() + ".");
        }
        next();
    }

    private String describeNext() {
        SourceText s = sources.peek();
        if (s.atEnd()) {
            return "the end of the file";
        }
        int end = s.pos;
        while (end < s.text.length() && end - s.pos < 20 && !Character.isWhitespace(s.text.charAt(end))) {
            end++;
        }
        return "'" + (end == s.pos ? s.text.charAt(s.pos) : s.text.substring(s.pos, end)) + "'";
    }

    private int line() {
        return sources.peek().line();
    }

    private int column() {
        return sources.peek().column();
    }

    private Path reportedFile() {
        return sources.peek().reportedFile;
    }

    private DtsSyntaxException error(String detail) {
        return new DtsSyntaxException(reportedFile(), line(), column(), detail);
    }

    private DtsSyntaxException errorAt(Reference ref, String detail) {
        return new DtsSyntaxException(reportedFile(), ref.line(), ref.column(), detail);
    }
}
