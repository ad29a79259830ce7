package org.devassign.ui.diagram.editor;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The diagram editor's page in the Outline view: the overview of the whole diagram (a click or a
 * drag shows that part in the editor), where Eclipse users look for one. It selects nothing.
 */
final class DiagramOutlinePage extends Page implements IContentOutlinePage {

    private final DiagramCanvas canvas;
    private DiagramOverview overview;

    DiagramOutlinePage(DiagramCanvas canvas) {
        this.canvas = canvas;
    }

    @Override
    public void createControl(Composite parent) {
        overview = new DiagramOverview(parent, canvas);
    }

    @Override
    public Control getControl() {
        return overview;
    }

    @Override
    public void setFocus() {
        overview.setFocus();
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        // the overview has no selection of its own
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        // the overview has no selection of its own
    }

    @Override
    public ISelection getSelection() {
        return StructuredSelection.EMPTY;
    }

    @Override
    public void setSelection(ISelection selection) {
        // the overview has no selection of its own
    }
}
