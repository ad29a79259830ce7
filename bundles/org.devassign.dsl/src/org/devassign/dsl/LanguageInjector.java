package org.devassign.dsl;

import com.google.inject.Injector;

/**
 * The language's one Guice injector in this process, and the one place that creates it. Each Xtext
 * setup creates an injector and registers the language in EMF's global registries; two of them in
 * one process (the workbench had an IDE one for the editor and a standalone one for configs read
 * by jobs) mean two resource service providers, two sets of singletons, and registrations that
 * overwrite each other. Every setup of the language ends here
 * ({@link AssignStandaloneSetup#createInjectorAndDoEMFRegistration()}, which Xtext's language
 * server also calls through its ISetup service): the first creates the injector and registers it,
 * the later ones get the same injector.
 *
 * <p>A richer setup may serve a plainer one (the IDE injector answers standalone requests), never
 * the other way round: a process that needs the IDE services (the workbench, the language server)
 * must ask for them first, and asking too late fails loudly instead of making a second injector.
 */
public final class LanguageInjector {

    private static Injector injector;
    private static Class<? extends AssignStandaloneSetup> createdBy;
    private static int creations;

    private LanguageInjector() {
    }

    /** The process's injector; created now by {@link AssignStandaloneSetup} if no setup ran yet. */
    public static Injector get() {
        return AssignStandaloneSetup.doSetup();
    }

    /** How many injectors of the language this process created (and registered with EMF): one at most. */
    public static synchronized int creations() {
        return creations;
    }

    /** The setup class that created the injector, or null before any did. */
    public static synchronized Class<? extends AssignStandaloneSetup> createdBy() {
        return createdBy;
    }

    static synchronized Injector obtain(AssignStandaloneSetup setup) {
        if (injector == null) {
            injector = setup.createAndRegister();
            createdBy = setup.getClass();
            creations++;
        } else if (!setup.getClass().isAssignableFrom(createdBy)) {
            throw new IllegalStateException("The assignment language was set up by " + createdBy.getSimpleName() + " before "
                    + setup.getClass().getSimpleName() + " asked for its services: a process has one injector of the language,"
                    + " so set it up with " + setup.getClass().getSimpleName() + " before anything reads a config.");
        }
        return injector;
    }
}
