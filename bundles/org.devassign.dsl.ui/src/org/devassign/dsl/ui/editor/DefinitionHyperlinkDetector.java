package org.devassign.dsl.ui.editor;

import java.nio.file.Path;

import org.devassign.dsl.ui.WorkbenchConfigs;
import org.devassign.dsl.workspace.ParsedConfig;
import org.eclipse.emf.common.util.URI;
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
 * the board file at its element; a consumer jumps to its declaration. Detecting a link runs on the
 * UI thread at every mouse move with Ctrl held, so it only looks the name up in the links of the
 * latest finished check (while the text is unchanged since); where the name points is worked out in
 * a job when the link is opened.
 */
public class DefinitionHyperlinkDetector extends AbstractHyperlinkDetector {

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
        EditorSession session = EditorSession.of(viewer.getDocument());
        EditorState state = session == null ? null : session.currentState();
        SemanticStyles.Link link = state == null ? null : state.linkAt(region.getOffset());
        return link == null ? null : new IHyperlink[] { new DefinitionHyperlink(session.file(), link) };
    }

    /** Where a name links to: the name's range in the text, and the target file with its line/column or offset. */
    public record Definition(IRegion name, Path file, int line, int column, int offset, int length, String label) {
    }

    /** Where {@code link} of {@code file} points, on the workspace's latest parse (nothing is parsed); null when it is gone. Call it from a job. */
    static Definition resolve(Path file, SemanticStyles.Link link) {
        return WorkbenchConfigs.get().readLatest(file, parsed -> {
            EObject target = parsed.resource().getResourceSet().getEObject(URI.createURI(link.target()), false);
            return target == null ? null : definition(parsed, new Region(link.offset(), link.length()), target);
        }).orElse(null);
    }

    /** Where the name at {@code offset} of {@code text} points (parses {@code text}: tests, and callers off the UI thread). */
    public static Definition definitionAt(Path file, String text, int offset) {
        return WorkbenchConfigs.get().read(file, text, CancelIndicator.NullImpl, parsed -> {
            INode node = parsed.referenceNodeAt(offset);
            EObject target = node == null ? null : parsed.elementAt(offset);
            return target == null ? null : definition(parsed, new Region(node.getOffset(), node.getLength()), target);
        });
    }

    private static Definition definition(ParsedConfig parsed, IRegion name, EObject target) {
        if (target.eResource() == null || !target.eResource().getURI().isFile()) {
            return null;
        }
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
    }
}
