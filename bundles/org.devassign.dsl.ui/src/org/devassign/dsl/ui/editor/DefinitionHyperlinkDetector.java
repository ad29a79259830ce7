package org.devassign.dsl.ui.editor;

import java.nio.file.Path;

import org.devassign.dsl.ui.AssignLanguage;
import org.devassign.dsl.ui.WorkbenchConfigs;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Go to definition (F3, Ctrl+click) in .assign text: a device, group, region or interrupt opens
 * the board file at its element; a consumer jumps to its declaration.
 */
public class DefinitionHyperlinkDetector extends AbstractHyperlinkDetector {

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
        Path file = EditedFiles.path(viewer.getDocument());
        if (file == null || !file.toString().endsWith("." + AssignLanguage.EXTENSION)) {
            return null;
        }
        Definition definition = definitionAt(file, viewer.getDocument().get(), region.getOffset());
        return definition == null ? null : new IHyperlink[] { new DefinitionHyperlink(definition) };
    }

    /** Where a name links to: the name's range in the text, and the target file with its line/column or offset. */
    public record Definition(IRegion name, Path file, int line, int column, int offset, int length, String label) {
    }

    public static Definition definitionAt(Path file, String text, int offset) {
        return WorkbenchConfigs.get().read(file, text, CancelIndicator.NullImpl, parsed -> {
            INode node = parsed.referenceNodeAt(offset);
            EObject target = node == null ? null : parsed.elementAt(offset);
            if (target == null || target.eResource() == null || !target.eResource().getURI().isFile()) {
                return null;
            }
            IRegion name = new Region(node.getOffset(), node.getLength());
            Path targetFile = Path.of(target.eResource().getURI().toFileString());
            String label = org.devassign.model.naming.Labels.of(target);
            if (target.eResource() instanceof XtextResource) {
                INode declaration = NodeModelUtils.findActualNodeFor(target);
                return declaration == null ? null
                        : new Definition(name, targetFile, -1, -1, declaration.getOffset(), declaration.getLength(), label);
            }
            Location location = parsed.injector().getInstance(DocumentExtensions.class).newLocation(target);
            return new Definition(name, targetFile, location.getRange().getStart().getLine(), location.getRange().getStart().getCharacter(),
                    -1, 0, label);
        });
    }
}
