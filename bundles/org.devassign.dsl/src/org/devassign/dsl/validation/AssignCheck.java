package org.devassign.dsl.validation;

import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * A group of the language's checks about one concern, run as part of {@link AssignValidator}
 * through Xtext's {@code @ComposedChecks}: the injector creates it, and the composing validator
 * calls its {@code @Check} methods with its own state, so error() and warning() report to the
 * resource being validated. It never registers itself with EMF, which would run it twice.
 */
public abstract class AssignCheck extends AbstractDeclarativeValidator {

    @Override
    public void register(EValidatorRegistrar registrar) {
        // run by AssignValidator's composition only
    }
}
