package org.devassign.dsl.ui.editor;

import java.util.List;

import org.devassign.dsl.ui.ParsedConfig;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.xtext.validation.Issue;

/**
 * Contributed to the generic editor for .assign: a moment after each change, parses and validates
 * the whole text (the same checks as {@code devassign validate}), then updates the problem
 * markers, the semantic colours and the views that follow the text.
 */
public class AssignReconciler extends MonoReconciler {

    private final Strategy strategy;

    public AssignReconciler() {
        this(new Strategy());
    }

    private AssignReconciler(Strategy strategy) {
        super(strategy, false);
        this.strategy = strategy;
        setDelay(300);
    }

    @Override
    public void install(ITextViewer viewer) {
        strategy.highlighter = new SemanticHighlighter(viewer);
        super.install(viewer);
    }

    @Override
    public void uninstall() {
        super.uninstall();
        if (strategy.highlighter != null) {
            strategy.highlighter.dispose();
        }
    }

    static final class Strategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
        private IDocument document;
        private IProgressMonitor monitor;
        SemanticHighlighter highlighter;

        @Override
        public void setDocument(IDocument document) {
            this.document = document;
        }

        @Override
        public void setProgressMonitor(IProgressMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public void initialReconcile() {
            reconcileAll();
        }

        @Override
        public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
            reconcileAll();
        }

        @Override
        public void reconcile(IRegion partition) {
            reconcileAll();
        }

        private void reconcileAll() {
            IDocument doc = document;
            if (doc == null) {
                return;
            }
            try {
                long stamp = doc instanceof IDocumentExtension4 stamped ? stamped.getModificationStamp()
                        : IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
                ParsedConfig parsed = ParsedConfig.parse(EditedFiles.pathOrPlaceholder(doc), doc.get());
                List<Issue> issues = parsed.validate(() -> monitor != null && monitor.isCanceled());
                if (monitor != null && monitor.isCanceled()) {
                    return;
                }
                if (highlighter != null) {
                    highlighter.update(stamp, SemanticStyles.of(parsed));
                }
                IFile file = EditedFiles.workspaceFile(doc);
                if (file != null) {
                    ProblemMarkers.replace(file, issues);
                }
                ParsedDocuments.publish(doc, parsed);
            } catch (org.eclipse.xtext.service.OperationCanceledError | org.eclipse.core.runtime.OperationCanceledException cancelled) {
                // the text changed again while checking: the next reconcile starts over
            } catch (RuntimeException | LinkageError e) {
                // never let the reconciler's thread die: the editor would stop checking
                ILog.of(AssignReconciler.class).error("cannot check the config being edited", e);
            }
        }
    }
}
