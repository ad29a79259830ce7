package org.devassign.dsl.ui.editor;

import org.devassign.dsl.ui.WorkbenchConfigs;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Contributed to the generic editor for .assign: hovering a device, group, region, interrupt or
 * consumer shows the board's facts about it (the language server's hover text, as plain text).
 */
public class DeviceFactsTextHover implements ITextHover {

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        return facts(EditedFiles.pathOrPlaceholder(viewer.getDocument()), viewer.getDocument().get(), region.getOffset());
    }

    /** The facts about the element named at {@code offset}, or null when nothing is named there. */
    public static String facts(java.nio.file.Path file, String text, int offset) {
        return WorkbenchConfigs.get().read(file, text, CancelIndicator.NullImpl, parsed -> {
            if (parsed.referenceNodeAt(offset) == null) {
                return null; // keywords, numbers, comments: nothing to say
            }
            EObject element = parsed.elementAt(offset);
            if (element == null || !(parsed.injector().getInstance(IHoverService.class) instanceof HoverService hover)) {
                return null;
            }
            String markdown = hover.getContents(element);
            return markdown == null || markdown.isBlank() ? null : plain(markdown);
        });
    }

    /** The hover text is Markdown for LSP clients; JFace's default hover shows plain text. */
    static String plain(String markdown) {
        return markdown.replace("**", "").replace("\n- ", "\n  \u2022 ");
    }

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        try {
            IRegion name = WorkbenchConfigs.get().read(EditedFiles.pathOrPlaceholder(viewer.getDocument()), viewer.getDocument().get(),
                    CancelIndicator.NullImpl, parsed -> {
                        INode node = parsed.referenceNodeAt(offset);
                        return node == null ? null : new Region(node.getOffset(), node.getLength());
                    });
            if (name != null) {
                return name;
            }
        } catch (RuntimeException e) {
            // fall back to the caret position
        }
        return new Region(offset, 0);
    }
}
