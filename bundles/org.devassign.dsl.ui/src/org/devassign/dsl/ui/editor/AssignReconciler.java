package org.devassign.dsl.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;

/**
 * Contributed to the generic editor for .assign: gives each document the editor shows an
 * {@link EditorSession}, which checks the text in a job after each change (the UI thread never
 * parses or validates) and draws markers, semantic colours and links from the latest finished check.
 * Closing the editor gives the file's saved text back to the workspace.
 */
public class AssignReconciler implements IReconciler, ITextInputListener {

    private ITextViewer viewer;
    private EditorSession session;

    @Override
    public void install(ITextViewer textViewer) {
        viewer = textViewer;
        viewer.addTextInputListener(this);
        if (viewer.getDocument() != null) {
            start(viewer.getDocument());
        }
    }

    @Override
    public void uninstall() {
        if (viewer != null) {
            viewer.removeTextInputListener(this);
        }
        stop();
    }

    @Override
    public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
        stop();
    }

    @Override
    public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
        if (newInput != null) {
            start(newInput);
        }
    }

    private void start(IDocument document) {
        stop();
        session = new EditorSession(viewer, document);
        session.start();
    }

    private void stop() {
        if (session != null) {
            session.dispose();
            session = null;
        }
    }

    @Override
    public IReconcilingStrategy getReconcilingStrategy(String contentType) {
        return null;
    }
}
