package org.devassign.dsl.resource;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.Triple;

/**
 * A config's resource. Each time a link resolves, Xtext removes that link's stale "no such name"
 * diagnostic, and to find it first builds the whole unresolved-name message (with its "did you
 * mean", an edit distance against every name in scope) as soon as the resource holds any error or
 * warning: one unknown name or one syntax error in a config of 5,000 assignments cost 5,000 such
 * messages, seconds in the editor. A link's diagnostic sits on the link's own node, so the message
 * is built only when a linking diagnostic covers the same text as that node; what is removed is
 * what Xtext removes.
 *
 * <p>Its linker ({@link org.devassign.dsl.linking.AssignLinker}) links every name that resolves as
 * it parses and leaves Xtext's lazy proxy only where a name does not resolve; when it left none,
 * the validator's pass over every reference of the config to resolve such proxies has nothing to do
 * and is skipped.
 */
public class AssignResource extends LazyLinkingResource {

    /** Whether the last linking left a lazy proxy (true until a linker says otherwise). */
    private boolean lazyLinks = true;

    /** Whether the resource is being loaded from its text: its elements are new, with no reference set. */
    private boolean parsing;

    public boolean isParsing() {
        return parsing;
    }

    @Override
    protected void doLoad(InputStream in, Map<?, ?> options) throws IOException {
        parsing = true;
        try {
            super.doLoad(in, options);
        } finally {
            parsing = false;
        }
    }

    /** Told by the linker: as it starts (none yet), and on each proxy it leaves. */
    public void lazyLinks(boolean left) {
        lazyLinks = left;
    }

    @Override
    public void resolveLazyCrossReferences(CancelIndicator cancel) {
        if (lazyLinks) {
            super.resolveLazyCrossReferences(cancel);
        }
    }

    @Override
    protected void removeDiagnostic(Triple<EObject, EReference, INode> triple) {
        INode node = triple.getThird();
        if (node == null || linkingDiagnosticAt(getErrors(), node) || linkingDiagnosticAt(getWarnings(), node)) {
            super.removeDiagnostic(triple);
        }
    }

    /**
     * Whether a linking diagnostic covers the node's text. Xtext's linking diagnostics are equal only
     * on the same node ({@link XtextLinkingDiagnostic#equals}), and a diagnostic's offset and length
     * are its node's: without one here, the message could remove nothing.
     */
    private static boolean linkingDiagnosticAt(List<Resource.Diagnostic> diagnostics, INode node) {
        if (diagnostics.isEmpty()) {
            return false;
        }
        int offset = node.getOffset();
        int length = node.getLength();
        for (Resource.Diagnostic diagnostic : diagnostics) {
            if (diagnostic instanceof XtextLinkingDiagnostic linking && linking.getOffset() == offset && linking.getLength() == length) {
                return true;
            }
        }
        return false;
    }
}
