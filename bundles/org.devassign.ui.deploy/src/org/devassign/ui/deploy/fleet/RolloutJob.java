package org.devassign.ui.deploy.fleet;

import java.io.IOException;
import java.util.List;

import org.devassign.agent.api.Deployment;
import org.devassign.fleet.client.FleetConnection;
import org.devassign.fleet.rollout.Rollout;
import org.devassign.fleet.rollout.RolloutState;
import org.devassign.fleet.rollout.RolloutStore;
import org.devassign.ui.deploy.deploy.ConfigPlan;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.progress.IProgressConstants;

/**
 * A rollout from the Fleet view, as {@code devassign fleet deploy}, {@code deploy --resume} and
 * {@code rollback} run it ({@link Rollout}, the state file in the CLI's folder), in a job whose
 * progress (boards settled of the rollout's boards, the wave in the task name) is in the Progress
 * view. The view follows the state as it changes. A problem is the job's status and the view's
 * rollout line, not a dialog: a rollout ends in the background.
 */
public final class RolloutJob extends Job {

    /** The family of the Fleet view's jobs (tests wait on it). */
    public static final Object FAMILY = RolloutJob.class;

    private enum Kind {
        START, RESUME, ROLLBACK
    }

    private final Kind kind;
    private final RolloutRequest request;
    private final RolloutState resumed;
    private volatile RolloutState state;

    private RolloutJob(String name, Kind kind, RolloutRequest request, RolloutState resumed) {
        super(name);
        this.kind = kind;
        this.request = request;
        this.resumed = resumed;
        setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
        setProperty(IProgressConstants.KEEP_PROPERTY, Boolean.TRUE);
    }

    public static RolloutJob start(RolloutRequest request) {
        return new RolloutJob("Roll out " + ConfigPlan.name(request.config()) + " " + request.target(), Kind.START, request, null);
    }

    public static RolloutJob resume(RolloutState state) {
        return new RolloutJob("Resume the rollout " + state.id, Kind.RESUME, null, state);
    }

    public static RolloutJob rollback(RolloutState state) {
        return new RolloutJob("Roll back the rollout " + state.id, Kind.ROLLBACK, null, state);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /**
     * Cancel (in the Progress view) stops the rollout where it is, as the CLI's Ctrl+C does: the state
     * file, saved before every step, lets Resume finish it, asking boards in flight rather than applying twice.
     */
    @Override
    protected void canceling() {
        Thread thread = getThread();
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        FleetSession session = FleetSession.get();
        if (session.connection() == null) {
            return problem("Connect to the broker first (the Fleet view's Connect).");
        }
        RolloutStore store = session.store();
        if (store == null) {
            return problem("Cannot keep a rollout's state: " + FleetSettings.noStateFolder() + ".");
        }
        // the view lists with the viewer identity; the commands are the operator's, on a connection of the rollout's own
        FleetConnection fleet;
        try {
            fleet = session.openOperator();
        } catch (IOException e) {
            return problem(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return problem("Interrupted while connecting with the operator identity: nothing was sent.");
        }
        try (fleet) {
            // a resume or rollback reads the state file again: another process (the CLI) may have moved the rollout on since it was shown
            state = kind == Kind.START ? plan(fleet, session.settings().broker()) : store.load(resumed.id);
            if (state == null) {
                return Status.error(session.status());
            }
            if (kind == Kind.RESUME && state.finished() && state.outcome != RolloutState.Outcome.INCOMPLETE) {
                session.rollout(state, false);
                return problem("The rollout " + state.id + " is finished (" + RolloutRows.headline(state) + "): nothing to resume.");
            }
            monitor.beginTask(getName(), state.boards.size());
            session.rollout(state, true);
            Progress progress = new Progress(monitor, session);
            Rollout rollout = new Rollout(fleet, store, new Rollout.Options(session.settings().answerTimeout(),
                    session.settings().offlineWait()), progress);
            state = kind == Kind.ROLLBACK ? rollout.rollback(state) : rollout.run(state);
            session.rollout(state, false);
            return switch (state.outcome) {
                case DONE, ROLLED_BACK -> Status.OK_STATUS;
                default -> Status.warning(RolloutRows.headline(state));
            };
        } catch (IOException e) {
            return problem("The rollout's state file in " + store.dir() + " cannot be read or written: " + FleetErrors.detail(e));
        } catch (RuntimeException e) {
            return problem("The rollout stopped: " + FleetErrors.detail(e) + ". Resume in the Fleet view finishes it.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return problem("Interrupted: Resume in the Fleet view (or 'devassign fleet deploy --resume') finishes the rollout.");
        } finally {
            if (state != null && session.rolloutRunning()) {
                session.rollout(state, false);
            }
            monitor.done();
        }
    }

    private RolloutState plan(FleetConnection fleet, String broker) {
        Deployment deployment;
        try {
            deployment = ConfigPlan.of(request.config()).deployment();
        } catch (ConfigPlan.Invalid | IllegalArgumentException e) {
            FleetSession.get().report(e.getMessage(), true);
            return null;
        }
        try {
            return Rollout.plan(deployment, broker.strip(), request.selector(), request.candidates(fleet.boards().values()), request.canary(),
                    request.wave());
        } catch (IllegalArgumentException e) {
            FleetSession.get().report("Cannot roll out " + request.target() + ": " + e.getMessage(), true);
            return null;
        }
    }

    private static IStatus problem(String message) {
        FleetSession.get().report(message, true);
        return Status.error(message);
    }

    /** The state as the job left it (null before it planned). */
    public RolloutState state() {
        return state;
    }

    /** The rollout's events as the job's progress and the view's refreshes. */
    private static final class Progress implements Rollout.Events {
        private final IProgressMonitor monitor;
        private final FleetSession session;
        private int reported;

        Progress(IProgressMonitor monitor, FleetSession session) {
            this.monitor = monitor;
            this.session = session;
        }

        @Override
        public void wave(RolloutState state, int index, List<String> boards) {
            monitor.subTask(state.waveName(index) + ": " + boards.size() + (boards.size() == 1 ? " board" : " boards"));
            session.changed();
        }

        @Override
        public void board(RolloutState state, RolloutState.Board board) {
            int settled = RolloutRows.settled(state);
            if (settled > reported) {
                monitor.worked(settled - reported);
                reported = settled;
            }
            session.changed();
        }

        @Override
        public void note(String text) {
            monitor.subTask(text);
            session.changed();
        }
    }
}
