package org.devassign.ui.deploy.targets;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.devassign.agent.api.HelloResult;
import org.devassign.agent.api.IrqCounts;
import org.devassign.agent.api.Progress;
import org.devassign.agent.api.Status;
import org.devassign.deploy.AgentLink;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;

/**
 * The workbench's targets and their connection state, shared by the views. "Connected" means the
 * agent answered hello and status over mutual TLS with the viewer identity; each operation opens
 * its own link with the role it needs (operator to deploy, debugger for registers), as the agent
 * authorizes by client certificate.
 */
public final class Targets {

    private static final Targets INSTANCE = new Targets();

    private final Map<String, TargetState> states = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private boolean loaded;

    public static Targets get() {
        return INSTANCE;
    }

    public synchronized List<TargetState> all() {
        if (!loaded) {
            loaded = true;
            for (AgentTarget t : TargetStore.load()) {
                states.put(t.name(), new TargetState(t, TargetState.DISCONNECTED, null, null, null));
            }
        }
        return new ArrayList<>(states.values());
    }

    public synchronized TargetState state(String name) {
        all();
        return states.get(name);
    }

    /** The first connected target, for actions that need one when none is selected. */
    public TargetState firstConnected() {
        return all().stream().filter(TargetState::connected).findFirst().orElse(null);
    }

    public void add(AgentTarget target) {
        synchronized (this) {
            all();
            states.put(target.name(), new TargetState(target, TargetState.DISCONNECTED, null, null, null));
            TargetStore.save(states.values().stream().map(TargetState::target).toList());
        }
        changed();
    }

    public void remove(String name) {
        synchronized (this) {
            all();
            states.remove(name);
            TargetStore.save(states.values().stream().map(TargetState::target).toList());
        }
        changed();
    }

    public void disconnect(String name) {
        update(name, s -> new TargetState(s.target(), TargetState.DISCONNECTED, null, null, null));
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    private void update(String name, java.util.function.UnaryOperator<TargetState> change) {
        synchronized (this) {
            TargetState s = states.get(name);
            if (s == null) {
                return;
            }
            states.put(name, change.apply(s));
        }
        changed();
    }

    /**
     * Opens a link to {@code target} with the client identity of {@code role}; a target with an
     * identity (the agent's SHA-256 fingerprint) is pinned to it.
     */
    public static AgentLink open(AgentTarget target, String role, Consumer<Progress> progress, Consumer<IrqCounts> irqs) throws IOException {
        return AgentLink.connect(target.pinnedAddress(), target.identity(role), progress, irqs);
    }

    public static AgentLink open(AgentTarget target, String role) throws IOException {
        return open(target, role, p -> {
        }, c -> {
        });
    }

    /** Connects (hello, status) in a job; the state moves to connected or failed with the reason. */
    public Job connect(String name) {
        TargetState state = state(name);
        Job job = Job.create("Connect to " + state.target(), (IProgressMonitor monitor) -> {
            refresh(name);
            return org.eclipse.core.runtime.Status.OK_STATUS;
        });
        update(name, s -> new TargetState(s.target(), TargetState.CONNECTING, null, null, null));
        job.schedule();
        return job;
    }

    /** Asks the agent for hello and status now (blocking; call from a job). */
    public IStatus refresh(String name) {
        TargetState state = state(name);
        if (state == null) {
            return org.eclipse.core.runtime.Status.CANCEL_STATUS;
        }
        try (AgentLink link = open(state.target(), "viewer")) {
            HelloResult hello = link.hello();
            Status status = link.call(link.agent().status());
            String unpinned = link.pinned() ? null : link.agentFingerprint();
            update(name, s -> new TargetState(s.target(), TargetState.CONNECTED, hello, status, null, unpinned));
            return org.eclipse.core.runtime.Status.OK_STATUS;
        } catch (IOException | RuntimeException e) {
            String reason = ConnectionErrors.explain(state.target(), "viewer", e);
            update(name, s -> new TargetState(s.target(), TargetState.FAILED, null, null, reason));
            // the view shows the reason; the log keeps the details
            org.eclipse.core.runtime.ILog.of(Targets.class).log(org.eclipse.core.runtime.Status.warning(reason, e));
            return org.eclipse.core.runtime.Status.OK_STATUS;
        }
    }
}
