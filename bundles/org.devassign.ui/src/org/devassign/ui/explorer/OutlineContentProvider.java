package org.devassign.ui.explorer;

import java.util.List;

import org.devassign.model.edit.BoardOutline;
import org.eclipse.jface.viewers.ITreeContentProvider;

/** JFace view of {@link BoardOutline}; the input is the list of open boards. */
public final class OutlineContentProvider implements ITreeContentProvider {

    private final BoardOutline outline;

    public OutlineContentProvider(BoardOutline outline) {
        this.outline = outline;
    }

    @Override
    public Object[] getElements(Object input) {
        return input instanceof List<?> boards ? boards.toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        return outline.children(parent).toArray();
    }

    @Override
    public Object getParent(Object element) {
        return outline.parent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        return outline.hasChildren(element);
    }
}
