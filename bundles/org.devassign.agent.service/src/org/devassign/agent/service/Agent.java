package org.devassign.agent.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.devassign.agent.api.ApplyResult;
import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.DeviceState;
import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.api.PlanResult;
import org.devassign.agent.api.Progress;
import org.devassign.agent.api.RegisterAccess;
import org.devassign.agent.api.RegisterValue;
import org.devassign.agent.api.Status;
import org.devassign.agent.service.Holdings.Held;
import org.devassign.agent.service.backend.BackendException;
import org.devassign.agent.service.backend.BoardBackend;
import org.devassign.agent.service.journal.Journal;
import org.devassign.agent.service.unix.HandoffServer;
import org.devassign.core.identity.DeviceId;

/**
 * The agent: what it holds on the board and the requests on it, one transaction at a time. Each
 * concern is a class of its own, and this one puts them together under one lock: the checks before
 * anything changes ({@link DeploymentCheck}), the steps ({@link StepPlanner}), taking them
 * ({@link Transactions}), the journal at start-up ({@link Recovery}), the shared inventory
 * ({@link InventoryCache}), registers ({@link Registers}), interrupts ({@link Interrupts}) and the
 * fd hand-off ({@link HandoffOffers}). The board ends a transaction fully applied or fully as the
 * agent found it; the same deployment applied again takes no step.
 */
public final class Agent {

    private final BoardBackend backend;
    private final AuditLog audit;
    private final Holdings holdings = new Holdings();
    private final DeploymentCheck check;
    private final Transactions transactions;
    private final Recovery recovery;
    private final InventoryCache inventory;
    private final Registers registers;
    private final Interrupts interrupts;
    private final HandoffOffers handoff;
    private final long started = System.nanoTime();

    /**
     * @param protect devices the agent's config protects besides those the board's own use protects
     * @param allow when not empty, the only devices the agent may take
     */
    public Agent(BoardBackend backend, Journal journal, AuditLog audit, List<DeviceId> protect, List<DeviceId> allow) {
        this.backend = backend;
        this.audit = audit;
        this.check = new DeploymentCheck(backend, protect, allow);
        this.transactions = new Transactions(backend, journal, audit, holdings);
        this.recovery = new Recovery(backend, journal, holdings);
        this.inventory = new InventoryCache(backend, holdings::changes);
        this.registers = new Registers(holdings);
        this.interrupts = new Interrupts(holdings);
        this.handoff = new HandoffOffers(holdings, audit);
    }

    public BoardBackend backend() {
        return backend;
    }

    /** The live board as .board text (shared and cached, see {@link InventoryCache}). */
    public String inventoryXml() throws AgentException {
        return inventory.xml();
    }

    /** A dry run: the steps {@link #apply} would take now. */
    public synchronized PlanResult plan(Deployment deployment) throws AgentException {
        StepPlanner.Planned planned = planned(deployment);
        return new PlanResult(deployment.config(), planned.steps(), planned.unchanged(), planned.notes(), planned.losses());
    }

    private StepPlanner.Planned planned(Deployment deployment) throws AgentException {
        check.check(deployment, holdings.devices());
        try {
            return StepPlanner.plan(deployment, holdings, backend);
        } catch (BackendException e) {
            throw AgentException.of(e, null);
        }
    }

    public synchronized ApplyResult apply(Deployment deployment, String who, Consumer<Progress> progress) throws AgentException {
        long t0 = System.nanoTime();
        StepPlanner.Planned planned = planned(deployment);
        if (planned.steps().isEmpty()) {
            holdings.activate(deployment, holdings.lastOutcome());
            audit.record(who, "apply " + deployment.config(), "unchanged", "the board already is as requested");
            return new ApplyResult(holdings.lastTx(), deployment.config(), false, List.of(), states(holdings, backend),
                    (System.nanoTime() - t0) / 1e6);
        }
        return transactions.apply(deployment, planned.steps(), who, progress);
    }

    /** Restores every device the agent holds; {@code config}, when given, must be the active deployment's. */
    public synchronized ApplyResult rollback(String config, String who, Consumer<Progress> progress) throws AgentException {
        Deployment active = holdings.active();
        if (config != null && active != null && !config.equals(active.config())) {
            throw AgentException.of(ErrorCode.NOT_DEPLOYED, "the active deployment is " + active.config() + ", not " + config);
        }
        if (holdings.isEmpty()) {
            holdings.activate(null, holdings.lastOutcome());
            audit.record(who, "rollback", "unchanged", "nothing deployed");
            return new ApplyResult(holdings.lastTx(), config, false, List.of(), List.of(), 0);
        }
        return transactions.rollback(active == null ? null : active.config(), who, progress);
    }

    /** Reads the journal at start-up and finishes or undoes what it finds ({@link Recovery}). */
    public synchronized String recover() throws IOException {
        return recovery.recover();
    }

    public synchronized Status status(String agentName) {
        Deployment active = holdings.active();
        return new Status(agentName, active == null ? null : active.config(), active == null ? null : active.digest(),
                states(holdings, backend), holdings.lastTx(), holdings.lastOutcome(), holdings.recovered(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The devices held, as the kernel has them now. */
    static List<DeviceState> states(Holdings holdings, BoardBackend backend) {
        List<DeviceState> states = new ArrayList<>();
        for (Held h : holdings.all()) {
            String driver;
            try {
                driver = backend.driverOf(h.device());
            } catch (BackendException e) {
                driver = "?";
            }
            states.add(new DeviceState(h.device(), h.request.label(), driver, h.handle != null, h.request.consumer(), h.saved.driver()));
        }
        return states;
    }

    public RegisterValue access(RegisterAccess access, boolean write) throws AgentException {
        return registers.access(access, write);
    }

    Interrupts interrupts() {
        return interrupts;
    }

    /** What the fd hand-off server offers consumers. */
    public HandoffServer.Source handoff() {
        return handoff;
    }

    /** Closes every handle (the devices stay bound: the journal's committed state says so). */
    public synchronized void shutdown() {
        holdings.closeAll();
    }

    /** For tests: the devices the agent holds now. */
    public synchronized Set<DeviceId> heldDevices() {
        return holdings.devices();
    }
}
