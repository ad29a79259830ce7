package org.devassign.dsl.formatting2;

import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.Consumer;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.Device;
import org.devassign.model.Import;
import org.devassign.model.VirtualFunctions;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The one layout of .assign files: one statement per line, blocks indented by one tab, single
 * spaces between words, at most one blank line kept between top-level elements, comments left
 * where they are, a byte order mark at the start dropped. Formatting formatted text changes nothing.
 */
public class AssignFormatter extends AbstractJavaFormatter {

    /** Keywords that start a setting of their own line inside a block. */
    private static final String[] LINE_KEYWORDS = { "memory", "vcpus", "machine", "memlock", "qemu", "libvirt", "uid", "gid", "socket",
            "driver", "open", "reset", "persistent", "force", "arch", "page", "kernel", "capabilities" };

    protected void format(AssignmentConfig config, IFormattableDocument doc) {
        if (byteOrderMarkInside(config)) {
            return; // see createCommentReplacer: such a file is left as it is
        }
        for (ISemanticRegion region : textRegionExtensions.allSemanticRegions(config)) {
            doc.append(region, it -> { it.oneSpace(); it.lowPriority(); });
            if (".".equals(region.getText()) || ",".equals(region.getText())) {
                doc.prepend(region, it -> it.noSpace());
                if (".".equals(region.getText())) {
                    doc.append(region, it -> it.noSpace());
                }
            }
        }
        for (Import imported : config.getImports()) {
            boolean last = imported == config.getImports().get(config.getImports().size() - 1);
            doc.append(imported, it -> it.setNewLines(last ? 2 : 1));
        }
        if (config.getImports().isEmpty()) {
            doc.prepend(regionFor(config).keyword("config"), it -> it.noSpace());
        } else {
            doc.prepend(config.getImports().get(0), it -> it.noSpace());
        }
        if (config.getInlineBoard() != null) {
            doc.format(config.getInlineBoard());
        }
        for (EObject element : config.eContents()) {
            if (element instanceof Consumer || element instanceof Assignment || element instanceof VirtualFunctions) {
                doc.prepend(element, it -> it.setNewLines(1, 1, 2));
                doc.format(element);
            }
        }
        doc.append(config, it -> it.setNewLines(1));
    }

    protected void format(Consumer consumer, IFormattableDocument doc) {
        block(consumer, doc);
    }

    protected void format(Assignment assignment, IFormattableDocument doc) {
        block(assignment, doc);
        // nic0.vf[0..3]: the VF range is one word
        ISemanticRegion open = regionFor(assignment).keyword("[");
        if (open != null) {
            doc.surround(open, it -> it.noSpace());
            doc.prepend(regionFor(assignment).keyword("]"), it -> it.noSpace());
            ISemanticRegion range = regionFor(assignment).keyword("..");
            if (range != null) {
                doc.surround(range, it -> it.noSpace());
            }
        }
        for (EObject member : assignment.eContents()) {
            tighten(regionFor(member).feature(DevAssignPackage.Literals.REGION_MAPPING__REGION), doc);
            tighten(regionFor(member).feature(DevAssignPackage.Literals.IRQ_BINDING__INTERRUPT), doc);
        }
    }

    /**
     * "edu2 . BAR0" becomes "edu2.BAR0". A reference written with a datatype rule is one region
     * for the formatter, so its inner spaces are replaced here, outside quotes only.
     */
    private void tighten(ISemanticRegion reference, IFormattableDocument doc) {
        if (reference == null) {
            return;
        }
        StringBuilder tight = new StringBuilder();
        boolean quoted = false;
        for (char c : reference.getText().toCharArray()) {
            quoted ^= c == '"';
            if (quoted || !Character.isWhitespace(c)) {
                tight.append(c);
            }
        }
        if (!tight.toString().equals(reference.getText())) {
            String text = tight.toString();
            doc.addReplacer(new ITextReplacer() {
                @Override
                public ITextSegment getRegion() {
                    return reference;
                }

                @Override
                public ITextReplacerContext createReplacements(ITextReplacerContext context) {
                    context.addReplacement(reference.replaceWith(text));
                    return context;
                }
            });
        }
    }

    protected void format(Board board, IFormattableDocument doc) {
        block(board, doc);
        for (Device device : board.getDevices()) {
            block(device, doc);
        }
    }

    /**
     * A byte order mark is white space to the language (terminal WS) but not to Java, so the
     * formatter's region builder takes it for a comment. At the start of the file it goes (configs
     * are UTF-8; the mark says nothing). Anywhere else, around a comment or inside a block, the
     * layout of the white space next to it cannot be made stable, so a file holding one is not
     * formatted at all ({@link #byteOrderMarkInside}).
     */
    @Override
    public ITextReplacer createCommentReplacer(IComment comment) {
        if (comment.getGrammarElement() instanceof TerminalRule rule && "WS".equals(rule.getName())) {
            return new ITextReplacer() {
                @Override
                public ITextSegment getRegion() {
                    return comment;
                }

                @Override
                public ITextReplacerContext createReplacements(ITextReplacerContext context) {
                    context.addReplacement(comment.replaceWith(""));
                    return context;
                }
            };
        }
        return super.createCommentReplacer(comment);
    }

    /** Whether the config's text holds a byte order mark after its first character. */
    private static boolean byteOrderMarkInside(AssignmentConfig config) {
        ICompositeNode node = NodeModelUtils.getNode(config);
        if (node == null) {
            return false;
        }
        for (ILeafNode leaf : node.getRootNode().getLeafNodes()) {
            int mark = leaf.isHidden() ? leaf.getText().indexOf('\uFEFF', leaf.getOffset() == 0 ? 1 : 0) : -1;
            if (mark >= 0) {
                return true;
            }
        }
        return false;
    }

    /** '{' content '}': content on lines of its own, indented; empty blocks stay '{ }' on one line. */
    private void block(EObject element, IFormattableDocument doc) {
        ISemanticRegion open = regionFor(element).keyword("{");
        ISemanticRegion close = regionFor(element).keyword("}");
        if (open == null || close == null) {
            return;
        }
        doc.prepend(open, it -> it.oneSpace());
        boolean empty = element.eContents().isEmpty() && open.getNextSemanticRegion() == close;
        if (empty) {
            doc.append(open, it -> it.oneSpace());
            return;
        }
        doc.interior(open, close, it -> it.indent());
        doc.prepend(close, it -> it.newLine());
        boolean first = true;
        for (ISemanticRegion keyword : regionFor(element).keywords(LINE_KEYWORDS)) {
            if (keyword.getOffset() > open.getOffset()) {
                doc.prepend(keyword, it -> it.newLine());
                first = false;
            }
        }
        for (EObject child : element.eContents()) {
            if (!(child instanceof Board)) {
                doc.prepend(child, it -> it.newLine());
                first = false;
            }
        }
        if (first) {
            doc.append(open, it -> it.newLine());
        }
    }
}
