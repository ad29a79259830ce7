package org.devassign.dsl.ui.editor;

import org.devassign.dsl.ui.WorkbenchConfigs;
import org.devassign.dsl.workspace.ConfigWorkspace;
import org.devassign.dsl.workspace.Overlay;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Checks an editor's text in the workbench's config workspace (the checks of {@code devassign
 * validate}, against the board and the other configs of its folder) and takes the semantic colours
 * and links from the same parse. The next keystroke cancels it: a check of an older text is never
 * finished, and its outcome never shown.
 */
final class CheckJob extends Job {

    private final EditorSession session;

    CheckJob(EditorSession session) {
        super("Checking " + session.file().getFileName());
        this.session = session;
        setSystem(true);
        setPriority(Job.SHORT);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        EditorSession.Snapshot checked = session.snapshot();
        try {
            ConfigWorkspace workspace = WorkbenchConfigs.get();
            Overlay overlay = session.overlay(workspace, checked.text());
            if (overlay == null || monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            CancelIndicator cancel = workspace.cancelOnChange(monitor::isCanceled);
            EditorState state = workspace.check(overlay.file(), cancel, (parsed, outcome) -> {
                SemanticStyles.Names names = SemanticStyles.names(parsed);
                return new EditorState(checked.stamp(), outcome, names.ranges(), names.links());
            });
            if (cancel.isCanceled() || session.disposed() || !state.text().equals(checked.text())) {
                session.checkAgainIfUnchanged(checked);
                return Status.CANCEL_STATUS;
            }
            session.publish(state);
            return Status.OK_STATUS;
        } catch (OperationCanceledError | OperationCanceledException cancelled) {
            session.checkAgainIfUnchanged(checked);
            return Status.CANCEL_STATUS;
        } catch (RuntimeException | LinkageError e) {
            // logged (the Error Log shows it), not a dialog: the next keystroke checks again
            ILog.of(CheckJob.class).error("cannot check " + session.file().getFileName() + " as it is being edited", e);
            return Status.OK_STATUS;
        }
    }
}
