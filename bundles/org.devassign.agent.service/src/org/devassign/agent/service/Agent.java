package org.devassign.agent.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.devassign.agent.api.ApplyResult;
import org.devassign.agent.api.ConsumerCredentials;
import org.devassign.agent.api.ConsumerKind;
import org.devassign.agent.api.ConsumerName;
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
import org.devassign.agent.service.journal.JournalDamage;
import org.devassign.agent.service.journal.JournalRecord;
import org.devassign.agent.service.unix.HandoffServer;
import org.devassign.core.identity.DeviceId;

/**
 * The agent: what it holds on the board and the requests on it, one transaction at a time. Each
 * concern is a class of its own, and this one puts them together under one lock: the checks before
 * anything changes ({@link DeploymentCheck}), the steps ({@link StepPlanner}), taking them
 * ({@link Transactions}), the journal at start-up ({@link Recovery}), the shared inventory
 * ({@link InventoryCache}), registers ({@link Registers}), interrupts ({@link Interrupts}) and the
 * fd hand-off ({@link HandoffOffers}, served by a {@link HandoffServer}, whose sockets follow every
 * change). The board ends a transaction fully applied or fully as the agent found it; the same
 * deployment applied again takes no step. A journal that cannot be trusted puts the agent in its
 * safe state: it serves and reports, and refuses every change ({@link ErrorCode#JOURNAL_DAMAGED}).
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
    private HandoffServer handoffServer;
    private String handoffProblem;
    /** Set when the journal cannot be trusted: the agent then changes nothing (its safe state). */
    private volatile JournalDamage damage;

    /**
     * @param protect devices the agent's config protects besides those the board's own use protects
     * @param allow when not empty, the only devices the agent may take
     * @param watches how many interrupt watches a connection, and the agent, may run at a time
     */
    public Agent(BoardBackend backend, Journal journal, AuditLog audit, List<DeviceId> protect, List<DeviceId> allow, WatchLimits watches) {
        this.backend = backend;
        this.audit = audit;
        this.check = new DeploymentCheck(backend, protect, allow);
        this.transactions = new Transactions(backend, journal, audit, holdings);
        this.recovery = new Recovery(backend, journal, holdings);
        this.inventory = new InventoryCache(backend, holdings::changes);
        this.registers = new Registers(holdings);
        this.interrupts = new Interrupts(holdings, watches);
        this.handoff = new HandoffOffers(holdings, audit);
    }

    public BoardBackend backend() {
        return backend;
    }

    /** The live board as .board text (shared and cached, see {@link InventoryCache}). */
    public String inventoryXml() throws AgentException {
        return inventory.xml();
    }

    /** A dry run: the steps {@link #apply} would take now, and where each user-space consumer takes its descriptors. */
    public synchronized PlanResult plan(Deployment deployment) throws AgentException {
        StepPlanner.Planned planned = planned(deployment);
        List<String> notes = new ArrayList<>(planned.notes());
        notes.addAll(handoffNotes(deployment));
        if (damage != null) {
            notes.add("the agent's journal is damaged (" + damage.describe() + "): apply is refused until it is dealt with");
        }
        return new PlanResult(deployment.config(), planned.steps(), planned.unchanged(), notes, planned.losses());
    }

    private List<String> handoffNotes(Deployment deployment) {
        Set<ConsumerName> userspace = new LinkedHashSet<>();
        deployment.devices().stream().filter(r -> r.consumerKind() == ConsumerKind.USERSPACE && r.open() != null)
                .forEach(r -> userspace.add(r.consumer()));
        List<String> notes = new ArrayList<>();
        for (ConsumerName consumer : userspace) {
            ConsumerCredentials ids = deployment.credentialsOf(consumer);
            String who = ids == null ? "root only: the deployment states no uid and gid for it"
                    : "uid " + ids.uid() + " gid " + ids.gid() + ", or root";
            if (handoffServer != null) {
                notes.add(consumer + " receives its descriptors on " + handoffServer.socketOf(consumer.name()) + " (" + who + ")");
            } else {
                notes.add(consumer + " cannot receive its descriptors: this agent serves no hand-off ("
                        + (handoffProblem != null ? AgentLog.safe(handoffProblem) : "set handoff.dir in its config") + ")");
            }
        }
        return notes;
    }

    /** Refuses a change while the journal cannot be trusted, or when it has no transaction id left. */
    private void checkJournal() throws AgentException {
        JournalDamage d = damage;
        if (d != null) {
            throw AgentException.of(ErrorCode.JOURNAL_DAMAGED, "the agent's journal " + d.describe() + ". " + d.advice());
        }
        if (holdings.lastTx() >= JournalRecord.MAX_TX) {
            throw AgentException.of(ErrorCode.JOURNAL_DAMAGED, "the agent's journal has used every transaction id (the last is "
                    + holdings.lastTx() + "); ids never wrap. Stop the agent, run '" + JournalDamage.COMMAND
                    + " --set-aside' and start it again");
        }
    }

    private StepPlanner.Planned planned(Deployment deployment) throws AgentException {
        check.check(deployment, holdings.devices());
        try {
            return StepPlanner.plan(deployment, holdings, backend);
        } catch (BackendException e) {
            throw AgentException.of(e, null);
        }
    }

    /**
     * Applies a deployment as one transaction. Any failure of a step, an exception of any kind
     * included, undoes the whole transaction ({@link Transactions}).
     */
    public synchronized ApplyResult apply(Deployment deployment, String who, Consumer<Progress> progress) throws AgentException {
        checkJournal();
        long t0 = System.nanoTime();
        StepPlanner.Planned planned = planned(deployment);
        try {
            if (planned.steps().isEmpty() && sameCredentials(deployment, holdings.active())) {
                holdings.activate(deployment, holdings.lastOutcome());
                audit.record(who, "apply " + deployment.config(), "unchanged", "the board already is as requested");
                return new ApplyResult(holdings.lastTx(), deployment.config(), false, List.of(), states(holdings, backend),
                        (System.nanoTime() - t0) / 1e6);
            }
            // new consumer ids with no step to take still go through the journal: a restart takes them up again
            return transactions.apply(deployment, planned.steps(), who, progress);
        } finally {
            publishHandoff();
        }
    }

    /** Whether two deployments state the same uid and gid for each consumer (none counts as none). */
    private static boolean sameCredentials(Deployment a, Deployment b) {
        return credentials(a).equals(credentials(b));
    }

    private static Set<ConsumerCredentials> credentials(Deployment d) {
        return d == null || d.consumers() == null ? Set.of() : new HashSet<>(d.consumers());
    }

    /** Restores every device the agent holds; {@code config}, when given, must be the active deployment's. */
    public synchronized ApplyResult rollback(String config, String who, Consumer<Progress> progress) throws AgentException {
        checkJournal();
        try {
            return rollbackNow(config, who, progress);
        } finally {
            publishHandoff();
        }
    }

    private ApplyResult rollbackNow(String config, String who, Consumer<Progress> progress) throws AgentException {
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

    /**
     * Reads the journal at start-up and finishes or undoes what it finds ({@link Recovery}). A journal
     * that cannot be trusted, or a recovery that fails, leaves the agent in its safe state instead of
     * ending it (under systemd that would be a crash loop): it serves, changes nothing, and says why.
     *
     * @return what was found and done, or why the agent is in its safe state; null when there was nothing to do
     */
    public synchronized String recover() {
        try {
            return recovery.recover();
        } catch (JournalDamage d) {
            return safeState(d, null);
        } catch (IOException | RuntimeException e) {
            return safeState(new JournalDamage(recovery.journalFile(), 0, "recovery failed: " + e.getMessage(), null), e);
        } finally {
            publishHandoff();
        }
    }

    private String safeState(JournalDamage d, Throwable cause) {
        damage = d;
        holdings.clear();
        holdings.activate(null, "journal damaged");
        AgentLog.logger().log(System.Logger.Level.ERROR, "the journal " + d.describe() + ". " + d.advice(), cause);
        return "safe state: the journal " + d.describe();
    }

    /** Why the journal cannot be trusted, or null. */
    public JournalDamage journalDamage() {
        return damage;
    }

    public synchronized Status status(String agentName) {
        Deployment active = holdings.active();
        JournalDamage d = damage;
        return new Status(agentName, active == null ? null : active.config(), active == null ? null : active.digest(),
                states(holdings, backend), holdings.lastTx(), holdings.lastOutcome(), holdings.recovered(),
                (System.nanoTime() - started) / 1_000_000, d == null ? null : "damaged: " + d.describe() + ". " + d.advice());
    }

    /** The devices held, as the kernel has them now. */
    static List<DeviceState> states(Holdings holdings, BoardBackend backend) {
        List<DeviceState> states = new ArrayList<>();
        for (Held h : holdings.all()) {
            String driver;
            try {
                driver = backend.driverOf(h.device());
            } catch (BackendException | RuntimeException e) {
                driver = "?"; // a report, after the transaction's end: it must not fail what is done
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

    /** Interrupt watches running now, every connection together (for tests and the abuse figures). */
    public int watchesRunning() {
        return interrupts.running();
    }

    /** What the fd hand-off server offers consumers. */
    public HandoffServer.Source handoff() {
        return handoff;
    }

    /** Serves the hand-off through {@code server} from now on: its sockets follow what the agent holds. */
    public synchronized void serveHandoff(HandoffServer server) {
        this.handoffServer = server;
        publishHandoff();
    }

    /** The hand-off is configured but could not start: plans say so. */
    public synchronized void handoffUnavailable(String why) {
        this.handoffProblem = why;
    }

    /** The sockets as what the agent holds now asks; a socket that cannot be made is logged and audited, the rest served. */
    private void publishHandoff() {
        if (handoffServer == null) {
            return;
        }
        try {
            handoffServer.publish(handoff.consumers());
        } catch (IOException e) {
            AgentLog.logger().log(System.Logger.Level.ERROR, AgentLog.safe(e.getMessage()));
            audit.record("agent", "handoff", "failed", e.getMessage());
        }
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
