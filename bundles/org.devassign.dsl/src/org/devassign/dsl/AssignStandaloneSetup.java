package org.devassign.dsl;

import org.devassign.dsl.resource.BoardResourceSupport;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.validation.ModelValidation;
import org.eclipse.emf.ecore.EPackage;

import com.google.inject.Injector;

/**
 * Sets the language up outside OSGi (CLI, tests, language server): registers the model's
 * package, .board files, and the model's validator, which EMF's registry then runs together with
 * the language's validator on every config.
 */
public class AssignStandaloneSetup extends AssignStandaloneSetupGenerated {

    public static Injector doSetup() {
        return new AssignStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    @Override
    public void register(Injector injector) {
        EPackage.Registry.INSTANCE.putIfAbsent(DevAssignPackage.eNS_URI, DevAssignPackage.eINSTANCE);
        ModelValidation.register();
        BoardResourceSupport.register();
        super.register(injector);
    }
}
