package org.devassign.dsl.formatting2;

import org.devassign.model.Assignment;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.Consumer;
import org.devassign.model.Device;
import org.devassign.model.Import;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;

/**
 * The one layout of .assign files: one statement per line, blocks indented by one tab, single
 * spaces between words, at most one blank line kept between top-level elements, comments left
 * where they are. Formatting formatted text changes nothing.
 */
public class AssignFormatter extends AbstractJavaFormatter {

    /** Keywords that start a setting of their own line inside a block. */
    private static final String[] LINE_KEYWORDS = { "memory", "vcpus", "machine", "memlock", "uid", "gid", "socket",
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
            doc.append(imported, it -> it.setNewLines(1, 1, 2));
        }
        ISemanticRegion configKeyword = regionFor(config).keyword("config");
        doc.prepend(configKeyword, it -> it.noSpace());
        if (!config.getImports().isEmpty()) {
            doc.prepend(configKeyword, it -> it.setNewLines(2));
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
