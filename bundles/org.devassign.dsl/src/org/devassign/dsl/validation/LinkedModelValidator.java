package org.devassign.dsl.validation;

import java.util.Map;

import org.devassign.model.validation.ModelValidator;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The model's validator as configs need it: every model-only invariant, except two of EMF's default
 * constraints. The "unresolved proxy" check, because Xtext's linker already reports each unresolved
 * name with what it looked for and the closest names that exist. The "dangling reference" check
 * (every referenced object is in a resource), because a config's references are set by the linker
 * from scopes over loaded resources only, and a board read again leaves proxies, not dangling
 * objects, behind: the check could not fail, yet it was a seventh of validating 10,000 assignments.
 */
public class LinkedModelValidator extends ModelValidator {

    public static final LinkedModelValidator INSTANCE = new LinkedModelValidator();

    @Override
    public boolean validate_EveryProxyResolves(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    @Override
    public boolean validate_EveryReferenceIsContained(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return eObject.eResource() instanceof XtextResource || super.validate_EveryReferenceIsContained(eObject, diagnostics, context);
    }
}
