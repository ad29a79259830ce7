package org.devassign.dsl.formatting2;

import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.Consumer;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.Device;
import org.devassign.model.Import;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;

/**
 * The one layout of .assign files: one statement per line, blocks indented by one tab, single
 * spaces between words, at most one blank line kept between top-level elements, comments left
 * where they are. Formatting formatted text changes nothing.
 */
public class AssignFormatter extends AbstractJavaFormatter {

    /** Keywords that start a setting of their own line inside a block. */
    private static final String[] LINE_KEYWORDS = { "memory", "vcpus", "machine", "memlock", "qemu", "libvirt", "uid", "gid", "socket",
            "driver", "open", "reset", "persistent", "arch", "page", "kernel", "capabilities" };

    protected void format(AssignmentConfig config, IFormattableDocument doc) {
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
        }
        if (config.getInlineBoard() != null) {
            doc.format(config.getInlineBoard());
        }
        for (EObject element : config.eContents()) {
            if (element instanceof Consumer || element instanceof Assignment) {
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
