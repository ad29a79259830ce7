package org.devassign.model.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Collects the diagnostics of one element for the invariant classes; data is the element, the
 * feature, then related elements (what quick fixes and markers point at).
 */
final class Report {

    private final DiagnosticChain chain;
    private boolean ok = true;

    Report(DiagnosticChain chain) {
        this.chain = chain;
    }

    boolean ok() {
        return ok;
    }

    void error(ModelProblem problem, EObject element, EStructuralFeature feature, String message, Object... related) {
        ok = false;
        if (chain == null) {
            return;
        }
        Object[] data = new Object[2 + related.length];
        data[0] = element;
        data[1] = feature;
        System.arraycopy(related, 0, data, 2, related.length);
        chain.add(new BasicDiagnostic(Diagnostic.ERROR, ModelValidator.SOURCE, problem.code(), message, data));
    }
}
