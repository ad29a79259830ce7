package org.devassign.ui.deploy.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.devassign.agent.api.PlanResult;
import org.devassign.deploy.AgentFailure;
import org.devassign.deploy.AgentLink;
import org.devassign.deploy.DeployErrors;
import org.devassign.deploy.Planner;
import org.devassign.dsl.ui.AssignLanguage;
import org.devassign.dsl.ui.editor.ProblemMarkers;
import org.devassign.dsl.workspace.ConfigWorkspace;
import org.devassign.dsl.workspace.Problem;
import org.devassign.model.AssignmentConfig;
import org.devassign.ui.deploy.targets.AgentTarget;
import org.devassign.ui.deploy.targets.Targets;
import org.eclipse.core.resources.IFile;
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
        IFile f = DeployMarkers.file(file);
        return f != null ? f.getFullPath().makeRelative().toString() : file.toString();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask("Planning " + file.getFileName() + " on " + target, 3);
        DeployMarkers.clear(file, DeployMarkers.PROBLEM);
        try {
            ConfigWorkspace workspace = ConfigWorkspace.create(AssignLanguage.injector());
            AssignmentConfig config = workspace.config(file);
            List<Problem> errors = workspace.validate(file).stream().filter(Problem::isError).toList();
            if (config == null || !errors.isEmpty()) {
                // the language's own markers show the problems (once each, as the editor does): no second copy of them
                IFile workspaceFile = DeployMarkers.file(file);
                if (workspaceFile != null) {
                    ProblemMarkers.validateSaved(workspaceFile);
                }
                return Status.error(name(file) + (errors.size() == 1 ? " has an error" : " has " + errors.size() + " errors")
                        + ": fix " + (errors.size() == 1 ? "it" : "them") + " before deploying (see the Problems view; first: "
                        + (errors.isEmpty() ? "the file is empty" : errors.get(0)) + ")");
            }
            monitor.worked(1);
            plan = Planner.plan(config, name(file));
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            monitor.subTask("Asking " + target + " for its dry run");
            try (AgentLink link = Targets.open(target, "operator")) {
                planned = link.call(link.agent().plan(plan.deployment()));
            }
            monitor.worked(2);
            return Status.OK_STATUS;
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
