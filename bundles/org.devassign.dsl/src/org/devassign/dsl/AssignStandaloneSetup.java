package org.devassign.dsl;

import org.devassign.dsl.resource.BoardResourceSupport;
import org.devassign.model.DevAssignPackage;
import org.devassign.dsl.validation.LinkedModelValidator;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;

import com.google.inject.Injector;

/**
 * Sets the language up (CLI, tests, language server, workbench): registers the model's package,
 * .board files, and the model's validator (as {@link LinkedModelValidator}), which EMF's registry
 * then runs together with the language's validator on every config. The injector is made once per
 * process, by {@link LanguageInjector}; every setup gets that one.
 */
public class AssignStandaloneSetup extends AssignStandaloneSetupGenerated {

    public static Injector doSetup() {
        return new AssignStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    /** The process's one injector: created and registered by the first setup asked, shared afterwards. */
    @Override
    public final Injector createInjectorAndDoEMFRegistration() {
        return LanguageInjector.obtain(this);
    }

    /**
     * Creates the injector and registers the language with EMF; {@link LanguageInjector} calls it
     * once per process. The model's validator goes into EMF's registry before the injector exists:
     * creating it registers the language's validator for the same package, and Xtext then composes the two.
     */
    Injector createAndRegister() {
        EPackage.Registry.INSTANCE.putIfAbsent(DevAssignPackage.eNS_URI, DevAssignPackage.eINSTANCE);
        if (!(EValidator.Registry.INSTANCE.get(DevAssignPackage.eINSTANCE) instanceof org.eclipse.xtext.validation.CompositeEValidator)) {
            EValidator.Registry.INSTANCE.put(DevAssignPackage.eINSTANCE, LinkedModelValidator.INSTANCE);
        }
        BoardResourceSupport.register();
        return super.createInjectorAndDoEMFRegistration();
    }
}
