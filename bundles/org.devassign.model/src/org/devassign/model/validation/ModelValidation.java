package org.devassign.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.devassign.model.DevAssignPackage;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

/** Entry point for validating a board or a config with {@link ModelValidator}. */
public final class ModelValidation {

    private static final Diagnostician DIAGNOSTICIAN = new Diagnostician(registry());

    private ModelValidation() {
    }

    /**
     * Registers the validator in EMF's global registry, for frameworks that look it up there
     * (Xtext's validation of .assign files). {@link #validate} does not need it.
     */
    public static void register() {
        EValidator.Registry.INSTANCE.put(DevAssignPackage.eINSTANCE, ModelValidator.INSTANCE);
    }

    /** Validates the element and everything it contains. */
    public static Diagnostic validate(EObject root) {
        return DIAGNOSTICIAN.validate(root);
    }

    /** The leaf diagnostics of a validation, at least as severe as {@code minSeverity}. */
    public static List<Diagnostic> problems(Diagnostic result, int minSeverity) {
        List<Diagnostic> leaves = new ArrayList<>();
        collect(result, minSeverity, leaves);
        return leaves;
    }

    private static void collect(Diagnostic diagnostic, int minSeverity, List<Diagnostic> into) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() >= minSeverity && diagnostic.getSeverity() != Diagnostic.OK) {
                into.add(diagnostic);
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, minSeverity, into);
        }
    }

    private static EValidator.Registry registry() {
        EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
        registry.put(DevAssignPackage.eINSTANCE, ModelValidator.INSTANCE);
        return registry;
    }
}
