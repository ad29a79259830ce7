package org.devassign.ui.deploy.deploy;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.devassign.agent.api.ApplyResult;
import org.devassign.agent.api.DeviceState;
import org.devassign.agent.api.RollbackRequest;
import org.devassign.deploy.AgentFailure;
import org.devassign.deploy.AgentLink;
import org.devassign.deploy.DeployErrors;
import org.devassign.ui.deploy.targets.AgentTarget;
import org.devassign.ui.deploy.targets.Targets;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/** Rolls back the active deployment of a target: every device back on the driver it had before. */
public final class RollbackJob extends Job {

    private final AgentTarget target;
    private final String config;
    private volatile ApplyResult result;

    /** @param config roll back only if this config is the active one (null: whatever is active) */
    public RollbackJob(AgentTarget target, String config) {
        super("Roll back " + (config == null ? "the deployment" : config) + " on " + target);
        this.target = target;
        this.config = config;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == DeployJob.FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try (AgentLink link = Targets.open(target, "operator", p -> monitor.subTask(p.action() + " " + p.device() + " " + p.state()), c -> {
        })) {
            result = link.call(link.agent().rollback(new RollbackRequest(config)));
            List<String> devices = new ArrayList<>();
            for (DeviceState d : result.devices()) {
                devices.add((d.label() == null ? d.device() : d.label()) + "  back on " + (d.driver() == null ? "(no driver)" : d.driver()));
            }
            record("rolled back", result.transaction(), devices);
            Deployed.get().remove(target.name());
            return Status.OK_STATUS;
        } catch (AgentFailure e) {
            String message = "Rollback on " + target + ": " + DeployErrors.explain(e, null);
            record("failed", 0, List.of(message));
            return Status.error(message, e);
        } catch (IOException e) {
            return Status.error("Cannot roll back on " + target + ": " + org.devassign.ui.deploy.targets.ConnectionErrors.explain(target, "operator", e), e);
        } finally {
            Targets.get().refresh(target.name());
            monitor.done();
        }
    }

    private void record(String outcome, long transaction, List<String> devices) {
        DeploymentHistory.get().add(new DeploymentRecord(Instant.now().toString(), target.name(), target.address().toString(),
                config, null, "rollback", transaction, outcome, devices));
    }

    public ApplyResult result() {
        return result;
    }
}
