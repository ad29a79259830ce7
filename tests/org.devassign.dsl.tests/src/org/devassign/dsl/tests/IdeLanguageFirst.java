package org.devassign.dsl.tests;

import org.devassign.dsl.ide.AssignIdeSetup;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Sets the language up with its IDE services when the test bundle starts, before any test class
 * loads. A process has one injector of the language and the IDE one serves the plain commands too,
 * but not the other way round (LanguageInjector); these tests run the CLI, the language server and
 * the change serializer in one JVM, in an order JUnit chooses, so the IDE setup must come first
 * whatever that order is.
 */
public final class IdeLanguageFirst implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        new AssignIdeSetup().createInjectorAndDoEMFRegistration();
    }

    @Override
    public void stop(BundleContext context) {
        // the injector lives as long as the process, as in the CLI and the workbench
    }
}
