package org.devassign.discovery.dts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.devassign.discovery.devicetree.DeviceTree;
import org.devassign.discovery.devicetree.DtNode;
import org.devassign.discovery.devicetree.DtProperty;
import org.devassign.discovery.dts.DtsLexer.Token;
import org.devassign.discovery.dts.DtsReferences.Reference;
import org.devassign.discovery.dts.DtsValues.Value;

/**
 * A recursive-descent parser for dtc's source syntax that builds the tree: the statements of a
 * version 1 source ({@code /dts-v1/}, {@code /memreserve/}, the root node, {@code &label} and
 * {@code &{/path}} amendments, {@code /delete-node/}, {@code /omit-if-no-ref/}) and node bodies with
 * their properties, subnodes and deletions, merged into what is there as dtc merges them. Tokens come
 * from {@link DtsLexer}, numbers from {@link DtsExpressions}, values from {@link DtsValues}; references
 * in values are resolved by {@link DtsReferences} once the whole tree is read. Node nesting is bounded
 * at {@value #MAX_NODE_DEPTH} levels.
 */
final class DtsParser {

    private static final int MAX_NODE_DEPTH = 256;

    private final DtsLexer lexer;
    private final DtsExpressions expressions;
    private final DtsValues values;
    private final DtsReferences references;
    private final DtNode root = new DtNode("");
    private final List<DeviceTree.Reservation> reservations = new ArrayList<>();
    private final Set<DtNode> omitIfNoRef = new HashSet<>();
    private boolean sawVersion;

    DtsParser(String text, Path file, List<Path> includeDirectories) {
        this.lexer = new DtsLexer(text, file, new DtsIncludes(includeDirectories, file));
        this.expressions = new DtsExpressions(lexer);
        this.values = new DtsValues(lexer, expressions);
        this.references = new DtsReferences(root, file);
    }

    DeviceTree parse() throws DtsSyntaxException {
        parseTopLevel();
        Set<DtNode> referenced = references.resolve();
        for (DtNode node : omitIfNoRef) {
            if (!referenced.contains(node) && node.parent() != null) {
                node.parent().removeChild(node.name());
            }
        }
        return new DeviceTree(root, reservations, 0);
    }

    private void parseTopLevel() throws DtsSyntaxException {
        while (true) {
            lexer.skipSpace();
            if (lexer.atEnd()) {
                return;
            }
            if (lexer.eat("/dts-v1/")) {
                lexer.expect(';');
                sawVersion = true;
                continue;
            }
            if (lexer.startsWith("/plugin/")) {
                throw lexer.error("device-tree overlays (/plugin/) are not boards: apply the overlay to its base tree "
                        + "first (fdtoverlay), then import the result.");
            }
            if (!sawVersion) {
                throw lexer.error("the source does not start with /dts-v1/; : only version 1 sources are read "
                        + "(add /dts-v1/; as the first statement).");
            }
            List<String> labels = lexer.labels();
            if (lexer.eat("/memreserve/")) {
                long address = expressions.primary();
                long size = expressions.primary();
                lexer.expect(';');
                reservations.add(new DeviceTree.Reservation(address, size));
            } else if (lexer.eat("/delete-node/")) {
                DtNode node = referencedNode("/delete-node/ names ", ", which no node has.");
                if (node.parent() != null) {
                    node.parent().removeChild(node.name());
                }
            } else if (lexer.eat("/omit-if-no-ref/")) {
                omitIfNoRef.add(referencedNode("/omit-if-no-ref/ names ", ", which no node has."));
            } else if (lexer.peek() == '/') {
                lexer.next();
                labels.forEach(root::addLabel);
                nodeBody(root, 0);
            } else if (lexer.peek() == '&') {
                Reference ref = DtsReferences.read(lexer);
                DtNode node = references.find(ref);
                if (node == null) {
                    throw ref.at().error("cannot amend " + ref.describe() + ": no node has it (is the label defined, "
                            + "and the file that defines it included before this point?).");
                }
                labels.forEach(node::addLabel);
                nodeBody(node, 0);
            } else {
                throw lexer.error("expected a node ('/ {', '&label {'), /memreserve/, /delete-node/ or /include/, found "
                        + lexer.describeNext() + ".");
            }
        }
    }

    /** {@code &label;} or {@code &{/path};} after a top-level directive: the node it names, which must exist. */
    private DtNode referencedNode(String before, String after) throws DtsSyntaxException {
        Reference ref = DtsReferences.read(lexer);
        lexer.expect(';');
        DtNode node = references.find(ref);
        if (node == null) {
            throw ref.at().error(before + ref.describe() + after);
        }
        return node;
    }

    /** {@code { properties and subnodes };} into {@code node}, merging with what is there. */
    private void nodeBody(DtNode node, int depth) throws DtsSyntaxException {
        if (depth > MAX_NODE_DEPTH) {
            throw lexer.error("nodes nest deeper than " + MAX_NODE_DEPTH + " levels.");
        }
        lexer.expect('{');
        while (true) {
            lexer.skipSpace();
            if (lexer.atEnd()) {
                throw lexer.error("the file ends inside node " + node.path() + ": a '};' is missing.");
            }
            if (lexer.peek() == '}') {
                lexer.next();
                lexer.expect(';');
                return;
            }
            if (lexer.eat("/delete-property/")) {
                String name = lexer.propertyOrNodeName().text();
                lexer.expect(';');
                node.removeProperty(name);
                continue;
            }
            if (lexer.eat("/delete-node/")) {
                deleteNode(node);
                continue;
            }
            boolean omit = lexer.eat("/omit-if-no-ref/");
            List<String> labels = lexer.labels();
            Token name = lexer.propertyOrNodeName();
            lexer.skipSpace();
            char c = lexer.peek();
            if (c == '{') {
                DtNode child = node.addChild(new DtNode(name.text()));
                labels.forEach(child::addLabel);
                if (omit) {
                    omitIfNoRef.add(child);
                }
                nodeBody(child, depth + 1);
            } else if (c == '=') {
                lexer.next();
                Value value = values.propertyValue();
                lexer.expect(';');
                define(node, name.text(), value);
            } else if (c == ';') {
                lexer.next();
                define(node, name.text(), new Value());
            } else {
                throw name.at().error("after '" + name.text() + "' expected '=' (a property), ';' (an empty property) "
                        + "or '{' (a node), found " + lexer.describeNext() + ".");
            }
        }
    }

    /** {@code /delete-node/ name;} (a child) or {@code /delete-node/ &label;} (any node) inside a node body. */
    private void deleteNode(DtNode node) throws DtsSyntaxException {
        lexer.skipSpace();
        if (lexer.peek() == '&') {
            Reference ref = DtsReferences.read(lexer);
            lexer.expect(';');
            DtNode target = references.find(ref);
            if (target != null && target.parent() != null) {
                target.parent().removeChild(target.name());
            }
        } else {
            String name = lexer.propertyOrNodeName().text();
            lexer.expect(';');
            node.removeChild(name);
        }
    }

    private void define(DtNode node, String name, Value value) {
        DtProperty property = new DtProperty(name, value.bytes.toByteArray());
        node.put(property);
        references.defer(node, property, value.fixups);
    }
}
