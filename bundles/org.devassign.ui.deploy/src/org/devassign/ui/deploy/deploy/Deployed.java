package org.devassign.ui.deploy.deploy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.devassign.agent.api.DeviceState;
import org.devassign.deploy.Planner;
import org.devassign.ui.deploy.targets.AgentTarget;

/**
 * What the workbench deployed on each target in this session: the plan (config, board model,
 * origins) and the devices the agent reported. The live views offer these devices, with the board
 * model's registers and interrupts.
 */
public final class Deployed {

    /** One target's deployment. */
    public record Entry(AgentTarget target, Planner.Plan plan, List<DeviceState> devices) {
    }

    private static final Deployed INSTANCE = new Deployed();

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public static Deployed get() {
        return INSTANCE;
    }

    public void put(Entry entry) {
        entries.put(entry.target().name(), entry);
        listeners.forEach(Runnable::run);
    }

    public void remove(String target) {
        if (entries.remove(target) != null) {
            listeners.forEach(Runnable::run);
        }
    }

    public List<Entry> all() {
        return List.copyOf(entries.values());
    }

    public Entry of(String target) {
        return entries.get(target);
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
