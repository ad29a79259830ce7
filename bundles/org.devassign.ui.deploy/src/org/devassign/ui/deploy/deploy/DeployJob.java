package org.devassign.ui.deploy.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.devassign.agent.api.ApplyResult;
import org.devassign.agent.api.DeviceState;
import org.devassign.agent.api.Progress;
import org.devassign.agent.api.ProgressState;
import org.devassign.core.identity.DeviceId;
import org.devassign.deploy.AgentFailure;
import org.devassign.deploy.AgentLink;
import org.devassign.deploy.DeployErrors;
import org.devassign.deploy.Planner;
import org.devassign.model.naming.Labels;
import org.devassign.ui.deploy.targets.AgentTarget;
import org.devassign.ui.deploy.targets.Targets;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * The second half of a deploy: apply the planned deployment as one transaction, showing the agent's
 * progress per device step. Cancelling closes the connection; the agent then finishes or undoes the
 * transaction from its journal, and the target's status shows which. Failures are explained in
 * model terms and marked on the config line of the assignment concerned.
 */
public final class DeployJob extends Job {

    /** The family of plan, deploy and rollback jobs (tests and the UI wait on it). */
    public static final Object FAMILY = DeployJob.class;

    private final Path file;
    private final AgentTarget target;
    private final Planner.Plan plan;
    private final List<String> progressLines = new ArrayList<>();
    private volatile ApplyResult result;

    public DeployJob(Path file, AgentTarget target, Planner.Plan plan) {
        super("Deploy " + plan.deployment().config() + " to " + target);
        this.file = file;
        this.target = target;
        this.plan = plan;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    private String label(DeviceId device) {
        Planner.Origin origin = plan.origin(device);
        return origin != null ? Labels.of(origin.device()) : String.valueOf(device);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask("Applying " + plan.deployment().config() + " on " + target, IProgressMonitor.UNKNOWN);
        DeployMarkers.clear(file, DeployMarkers.PROBLEM);
        int[] begun = { 0 };
        AgentLink link = null;
        try {
            link = Targets.open(target, "operator", (Progress p) -> {
                // the agent numbers steps from 1 (Step.index), as the CLI's [i/n] shows them
                String line = "step " + p.index() + "/" + p.total() + ": " + p.action() + " " + label(p.device()) + " "
                        + p.state() + (p.detail() == null ? "" : " (" + p.detail() + ")");
                synchronized (progressLines) {
                    progressLines.add(line);
                    if (begun[0] == 0) {
                        begun[0] = p.total();
                        monitor.setTaskName("Applying " + plan.deployment().config() + " on " + target + ": " + p.total() + " steps");
                    }
                }
                monitor.subTask(line);
                if (p.state() == ProgressState.DONE) {
                    monitor.worked(1);
                }
            }, c -> {
            });
            CompletableFuture<ApplyResult> future = link.agent().apply(plan.deployment());
            while (true) {
                try {
                    future.get(200, TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException e) {
                    if (monitor.isCanceled()) {
                        link.close();
                        Targets.get().refresh(target.name());
                        record("cancelled", 0, List.of("the connection was closed mid-apply: the agent finishes or undoes the "
                                + "transaction from its journal; the target's state shows which"));
                        return Status.CANCEL_STATUS;
                    }
                } catch (ExecutionException e) {
                    break; // link.call below turns it into the agent's error
                }
            }
            result = link.call(future);
            List<String> devices = new ArrayList<>();
            for (DeviceState d : result.devices()) {
                devices.add((d.label() == null ? d.device() : d.label()) + "  " + (d.driver() == null ? "(no driver)" : d.driver())
                        + (d.open() ? ", open" : ", bound") + " for " + d.consumer());
            }
            record(result.changed() ? "applied" : "unchanged", result.transaction(), devices);
            Deployed.get().put(new Deployed.Entry(target, plan, result.devices()));
            Targets.get().refresh(target.name());
            return Status.OK_STATUS;
        } catch (AgentFailure e) {
            String message = DeployErrors.explain(e, plan);
            Planner.Origin origin = plan.origin(e.error().device());
            DeployMarkers.add(file, DeployMarkers.PROBLEM, origin == null ? 0 : origin.line(), IMarker.SEVERITY_ERROR, message);
            record("failed", 0, List.of(message));
            Targets.get().refresh(target.name());
            return Status.error(message, e);
        } catch (IOException | InterruptedException | RuntimeException e) {
            String message = "Deploying " + plan.deployment().config() + " to " + target + " failed: " + e.getMessage();
            record("failed", 0, List.of(message));
            return Status.error(message, e);
        } finally {
            if (link != null) {
                link.close();
            }
            monitor.done();
        }
    }

    private void record(String outcome, long transaction, List<String> devices) {
        DeploymentHistory.get().add(new DeploymentRecord(Instant.now().toString(), target.name(), target.address().toString(),
                plan.deployment().config(), PlanJob.name(file), "deploy", transaction, outcome, devices));
    }

    public ApplyResult result() {
        return result;
    }

    public List<String> progressLines() {
        synchronized (progressLines) {
            return List.copyOf(progressLines);
        }
    }
}
