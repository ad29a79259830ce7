package org.devassign.dsl.ui.outline;

import org.devassign.dsl.ui.AssignLanguage;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/** Gives text editors on .assign files an outline (the generic editor has none of its own). */
public class OutlineAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> type) {
        if (type == IContentOutlinePage.class && adaptable instanceof ITextEditor editor && editor.getEditorInput() != null
                && editor.getEditorInput().getName().endsWith("." + AssignLanguage.EXTENSION)) {
            return type.cast(new AssignOutlinePage(editor));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IContentOutlinePage.class };
    }
}
