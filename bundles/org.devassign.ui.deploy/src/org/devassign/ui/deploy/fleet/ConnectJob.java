package org.devassign.ui.deploy.fleet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Connects the {@link FleetSession} to a broker off the UI thread: the TLS handshake and the
 * retained presences of every board take seconds. The outcome, good or bad, is the session's
 * status line in the Fleet view (a failure is not a dialog: the view says what to fix).
 */
public final class ConnectJob extends Job {

    private final FleetSettings settings;

    public ConnectJob(FleetSettings settings) {
        super("Connect to the broker " + settings.broker());
        this.settings = settings;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == RolloutJob.FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            FleetSession.get().connect(settings);
            return Status.OK_STATUS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        } finally {
            monitor.done();
        }
    }
}
