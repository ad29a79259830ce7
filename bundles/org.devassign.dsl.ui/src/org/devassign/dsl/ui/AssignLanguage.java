package org.devassign.dsl.ui;

import org.devassign.dsl.ide.AssignIdeSetup;

import com.google.inject.Injector;

/** The language's injector with its IDE services (content assist, hover, formatter), set up once per workbench. */
public final class AssignLanguage {

    public static final String EXTENSION = "assign";
    public static final String CONTENT_TYPE = "org.devassign.dsl.ui.assign";
    /** Eclipse's generic editor: the .assign editor is that editor with this bundle's contributions. */
    public static final String EDITOR_ID = "org.eclipse.ui.genericeditor.GenericEditor";

    private static Injector injector;

    private AssignLanguage() {
    }

    public static synchronized Injector injector() {
        if (injector == null) {
            injector = new AssignIdeSetup().createInjectorAndDoEMFRegistration();
        }
        return injector;
    }

    public static <T> T get(Class<T> type) {
        return injector().getInstance(type);
    }
}
