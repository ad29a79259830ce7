package org.devassign.ui.deploy.deploy;

import java.io.IOException;
import java.nio.file.Path;

import org.devassign.agent.api.PlanResult;
import org.devassign.deploy.AgentFailure;
import org.devassign.deploy.AgentLink;
import org.devassign.deploy.DeployErrors;
import org.devassign.deploy.Planner;
import org.devassign.ui.deploy.targets.AgentTarget;
import org.devassign.ui.deploy.targets.Targets;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * The first half of a deploy: validate the config (as the CLI does, with the other configs of its
 * folder), compute the deployment, and ask the agent for its dry run. Problems become markers on
 * the config's lines (the language's markers for its problems, the deployment's for the agent's
 * refusals). What is deployed is the saved file: the job reads it into a config workspace
 * of its own (the plan keeps model objects, which the editors' shared workspace would change under
 * it), with the workbench's one injector.
 */
public final class PlanJob extends Job {

    private final Path file;
    private final AgentTarget target;
    private volatile Planner.Plan plan;
    private volatile PlanResult planned;

    public PlanJob(Path file, AgentTarget target) {
        super("Plan " + file.getFileName() + " on " + target);
        this.file = file;
        this.target = target;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == DeployJob.FAMILY;
    }

    /** How messages name the config: its workspace path when it has one, else the file system path. */
    static String name(Path file) {
        return ConfigPlan.name(file);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask("Planning " + file.getFileName() + " on " + target, 3);
        DeployMarkers.clear(file, DeployMarkers.PROBLEM);
        try {
            plan = ConfigPlan.of(file);
            monitor.worked(1);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            monitor.subTask("Asking " + target + " for its dry run");
            try (AgentLink link = Targets.open(target, "operator")) {
                planned = link.call(link.agent().plan(plan.deployment()));
            }
            monitor.worked(2);
            return Status.OK_STATUS;
        } catch (ConfigPlan.Invalid e) {
            return Status.error(e.getMessage());
        } catch (AgentFailure e) {
            String message = DeployErrors.explain(e, plan);
            Planner.Origin origin = plan == null ? null : plan.origin(e.error().device());
            DeployMarkers.add(file, DeployMarkers.PROBLEM, origin == null ? 0 : origin.line(), IMarker.SEVERITY_ERROR, message);
            return Status.error(message, e);
        } catch (IOException | RuntimeException e) {
            return Status.error("Cannot plan " + name(file) + " on " + target + ": "
                    + org.devassign.ui.deploy.targets.ConnectionErrors.explain(target, "operator", e), e);
        } finally {
            monitor.done();
        }
    }

    public Planner.Plan plan() {
        return plan;
    }

    public PlanResult planned() {
        return planned;
    }

    public Path file() {
        return file;
    }

    public AgentTarget target() {
        return target;
    }
}
