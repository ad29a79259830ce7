package org.devassign.dsl.generator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Where an element of a config is written, for the start of a refusal: "vm-q35.assign:24: ". */
final class Where {

    private Where() {
    }

    static String of(EObject element) {
        String file = element.eResource() == null || element.eResource().getURI() == null ? "config"
                : element.eResource().getURI().lastSegment();
        ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
        return file + (node == null ? "" : ":" + node.getStartLine()) + ": ";
    }
}
