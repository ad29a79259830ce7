package org.devassign.dsl.ide.server;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.findReferences.IReferenceFinder.IResourceAccess;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

/**
 * Go-to-definition for names that link into .board files: Xtext's own lookup re-reads the target
 * through the index and finds no text locations in XMI; the linked element itself is at hand.
 */
public class BoardDefinitions extends DocumentSymbolService {

    @Inject
    private EObjectAtOffsetHelper elements;

    @Override
    public List<? extends Location> getDefinitions(XtextResource resource, int offset, IResourceAccess access, CancelIndicator cancel) {
        INode node = elements.getCrossReferenceNode(resource, new TextRegion(offset, 0));
        EObject target = node == null ? null : elements.getCrossReferencedElement(node);
        if (target != null && !target.eIsProxy() && target.eResource() != null && !(target.eResource() instanceof XtextResource)) {
            return List.of(BoardAwareLocations.locate(target));
        }
        return super.getDefinitions(resource, offset, access, cancel);
    }
}
