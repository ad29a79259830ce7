package org.devassign.dsl.ui.editor;

import java.util.List;

import org.devassign.dsl.ui.WorkbenchConfigs;
import org.devassign.dsl.workspace.Checked;
import org.devassign.dsl.workspace.ConfigWorkspace;
import org.devassign.dsl.workspace.Overlay;
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
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Contributed to the generic editor for .assign: a moment after each change, hands the text to the
 * workbench's config workspace as the file's unsaved text and checks it there (the same checks as
 * {@code devassign validate}, against the board and the other configs the workspace already holds),
 * then updates the problem markers and the semantic colours; views that follow the text listen to
 * the workspace's checks. Closing the editor gives the file's saved text back to the workspace.
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
        strategy.dispose();
        if (strategy.highlighter != null) {
            strategy.highlighter.dispose();
        }
    }

    private record Outcome(Checked checked, List<SemanticStyles.Range> styles) {
    }

    static final class Strategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
        private IDocument document;
        private IProgressMonitor monitor;
        private Overlay overlay;
        private boolean disposed;
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

        /** The editor closed: its unsaved text leaves the workspace (a reconcile still running changes nothing after this). */
        synchronized void dispose() {
            disposed = true;
            if (overlay != null) {
                overlay.close();
            }
        }

        /** The editor's overlay, made on the first reconcile; null once the editor closed. */
        private synchronized Overlay overlay(IDocument doc) {
            if (overlay == null && !disposed) {
                overlay = WorkbenchConfigs.get().overlay(EditedFiles.pathOrPlaceholder(doc));
            }
            return disposed ? null : overlay;
        }

        private void reconcileAll() {
            IDocument doc = document;
            if (doc == null) {
                return;
            }
            try {
                long stamp = doc instanceof IDocumentExtension4 stamped ? stamped.getModificationStamp()
                        : IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
                String text = doc.get();
                Overlay unsaved = overlay(doc);
                if (unsaved == null) {
                    return;
                }
                unsaved.set(text);
                ConfigWorkspace workspace = WorkbenchConfigs.get();
                CancelIndicator cancel = () -> monitor != null && monitor.isCanceled();
                Outcome outcome = workspace.check(unsaved.file(), cancel, (parsed, checked) -> new Outcome(checked, SemanticStyles.of(parsed)));
                if (cancel.isCanceled() || !outcome.checked().text().equals(text)) {
                    return; // the text changed again while checking: the next reconcile starts over
                }
                if (highlighter != null) {
                    highlighter.update(stamp, outcome.styles());
                }
                IFile file = EditedFiles.workspaceFile(doc);
                if (file != null) {
                    ProblemMarkers.replace(file, outcome.checked().issues());
                }
            } catch (org.eclipse.xtext.service.OperationCanceledError | org.eclipse.core.runtime.OperationCanceledException cancelled) {
                // the text changed again while checking: the next reconcile starts over
            } catch (RuntimeException | LinkageError e) {
                // never let the reconciler's thread die: the editor would stop checking
                ILog.of(AssignReconciler.class).error("cannot check the config being edited", e);
            }
        }
    }
}
