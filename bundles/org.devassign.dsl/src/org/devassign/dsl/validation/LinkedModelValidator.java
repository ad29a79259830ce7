package org.devassign.dsl.validation;

import java.util.Map;

import org.devassign.model.validation.ModelValidator;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

/**
 * The model's validator as configs need it: every model-only invariant, except EMF's "unresolved
 * proxy" check, because Xtext's linker already reports each unresolved name with what it looked
 * for and the closest names that exist.
 */
public class LinkedModelValidator extends ModelValidator {

    public static final LinkedModelValidator INSTANCE = new LinkedModelValidator();

    @Override
    public boolean validate_EveryProxyResolves(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }
}
