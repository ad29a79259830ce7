package org.devassign.dsl.ui;

import org.devassign.dsl.ide.AssignIdeSetup;

import com.google.inject.Injector;

/**
 * The language in the workbench: its one injector, with the IDE services (content assist, hover,
 * formatter), set up by {@link AssignIdeSetup} through {@link org.devassign.dsl.LanguageInjector}.
 * Everything in the workbench that reads configs (editor, diagram, deploy UI) gets the injector
 * here, so the IDE setup is the one that creates it.
 */
public final class AssignLanguage {

    public static final String EXTENSION = "assign";
    public static final String CONTENT_TYPE = "org.devassign.dsl.ui.assign";
    /** Eclipse's generic editor: the .assign editor is that editor with this bundle's contributions. */
    public static final String EDITOR_ID = "org.eclipse.ui.genericeditor.GenericEditor";

    private AssignLanguage() {
    }

    public static Injector injector() {
        return new AssignIdeSetup().createInjectorAndDoEMFRegistration();
    }

    public static <T> T get(Class<T> type) {
        return injector().getInstance(type);
    }
}
