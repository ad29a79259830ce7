package org.devassign.ui.diagram.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the diagram of the .assign file in the active editor (it shares the text editor's document). */
public class OpenDiagramHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        IFile file = editor == null ? null : editor.getEditorInput().getAdapter(IFile.class);
        if (file == null) {
            return null;
        }
        try {
            AssignDiagramEditor.open(editor.getSite().getPage(), file);
        } catch (PartInitException e) {
            throw new ExecutionException("cannot open the diagram of " + file.getName(), e);
        }
        return null;
    }
}
