package org.devassign.dsl.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;

/** Contributed to the generic editor for .assign: lexical colours at every keystroke. */
public class AssignPresentationReconciler extends PresentationReconciler {

    public AssignPresentationReconciler() {
        DefaultDamagerRepairer lexical = new DefaultDamagerRepairer(new AssignTokenScanner());
        setDamager(lexical, IDocument.DEFAULT_CONTENT_TYPE);
        setRepairer(lexical, IDocument.DEFAULT_CONTENT_TYPE);
    }
}
