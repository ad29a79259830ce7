package org.devassign.agent.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.devassign.agent.api.ApplyResult;
import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.DeviceRequest;
import org.devassign.agent.api.DeviceState;
import org.devassign.agent.api.IrqCounts;
import org.devassign.agent.api.PlanResult;
import org.devassign.agent.api.Progress;
import org.devassign.agent.api.Protocol;
import org.devassign.agent.api.RegisterAccess;
import org.devassign.agent.api.RegisterValue;
import org.devassign.agent.api.Status;
import org.devassign.agent.api.Step;
import org.devassign.agent.service.backend.BackendException;
import org.devassign.agent.service.backend.BoardBackend;
import org.devassign.agent.service.backend.DeviceHandle;
import org.devassign.agent.service.backend.DriverState;
import org.devassign.agent.service.backend.HandoffFd;
import org.devassign.agent.service.unix.HandoffServer;
import org.devassign.agent.service.unix.Native;

import com.google.gson.Gson;

/**
 * The agent's transactions on the board. One at a time: validate everything first (nothing changes
 * on a refusal), journal each step before taking it, and on any failure undo every device the
 * agent holds, so the board ends fully applied or fully as the agent found it. The same deployment
 * applied again takes no step. {@link #recover()} does the same for a transaction a crash left
 * unfinished.
 */
public final class Agent implements HandoffServer.Source {

    private static final Set<String> VFIO_DRIVERS = Set.of("vfio-pci", "vfio-platform");
    private static final Gson GSON = new com.google.gson.GsonBuilder().disableHtmlEscaping().create();

    /** A device the agent holds: what was asked, what it was on before, and its open handle (if the agent opens it). */
    private static final class Held {
        DeviceRequest request;
        final DriverState saved;
        DeviceHandle handle;

        Held(DeviceRequest request, DriverState saved) {
            this.request = request;
            this.saved = saved;
        }
    }

    private final BoardBackend backend;
    private final Journal journal;
    private final AuditLog audit;
    private final Set<String> protect;
    private final Set<String> allow;
    private final long started = System.nanoTime();

    private final Map<String, Held> held = new LinkedHashMap<>();
    private Deployment active;
    private long lastTx;
    private String lastOutcome = "none";
    private String recovered;

    public Agent(BoardBackend backend, Journal journal, AuditLog audit, List<String> protect, List<String> allow) {
        this.backend = backend;
        this.journal = journal;
        this.audit = audit;
        this.protect = new HashSet<>(protect);
        this.allow = new HashSet<>(allow);
    }

    public BoardBackend backend() {
        return backend;
    }

    // ---------------------------------------------------------------- inventory

    /** How long a read of the live board answers further inventory requests (sysfs is slow to walk, and rarely changes). */
    private static final long INVENTORY_MAX_AGE_NANOS = 2_000_000_000L;

    private final Object inventoryLock = new Object();
    private volatile long changes;
    private String inventoryXml;
    private long inventoryTime;
    private long inventoryChanges = -1;

    /**
     * The live board as .board text. Concurrent requests share one read; a read is reused for up to
     * two seconds unless a transaction of this agent changed the board since.
     */
    public String inventoryXml() throws AgentException {
        synchronized (inventoryLock) {
            long now = System.nanoTime();
            if (inventoryXml == null || inventoryChanges != changes || now - inventoryTime > INVENTORY_MAX_AGE_NANOS) {
                long seen = changes;
                try {
                    inventoryXml = BoardXml.write(backend.inventory());
                } catch (BackendException e) {
                    throw AgentException.of(e, null);
                }
                inventoryTime = System.nanoTime();
                inventoryChanges = seen;
            }
            return inventoryXml;
        }
    }

    // ---------------------------------------------------------------- plan

    private record Planned(List<Step> steps, List<String> unchanged, List<String> notes) {
    }

    /** A dry run: the steps {@link #apply} would take now. */
    public synchronized PlanResult plan(Deployment deployment) throws AgentException {
        Planned planned = planSteps(deployment);
        return new PlanResult(deployment.config(), planned.steps(), planned.unchanged(), planned.notes());
    }

    private Planned planSteps(Deployment deployment) throws AgentException {
        validate(deployment);
        List<Step> removals = new ArrayList<>();
        List<Step> binds = new ArrayList<>();
        List<Step> opens = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, DeviceRequest> wanted = new LinkedHashMap<>();
        for (DeviceRequest request : deployment.devices()) {
            wanted.put(request.device(), request);
        }
        for (Held h : held.values()) {
            DeviceRequest now = wanted.get(h.request.device());
            boolean reopen = now != null && !sameOpen(now, h.request);
            if (h.handle != null && (now == null || reopen)) {
                removals.add(step("close", h.request, "release the VFIO descriptors"));
            }
            if (now == null) {
                removals.add(step("restore", h.request, driverText(currentDriver(h.request.device())) + " -> " + driverText(h.saved.driver())));
            }
        }
        for (DeviceRequest request : deployment.devices()) {
            String driver = currentDriver(request.device());
            Held h = held.get(request.device());
            if (!request.driver().equals(driver)) {
                binds.add(step("bind", request, driverText(driver) + " -> " + request.driver()));
            }
            boolean openNeeded = request.open() != null
                    && (h == null || h.handle == null || !sameOpen(request, h.request) || !request.driver().equals(driver));
            if (openNeeded) {
                opens.add(step("open", request, "open " + request.open() + openDetail(request)));
            }
            if (request.driver().equals(driver) && !openNeeded && h != null) {
                unchanged.add(request.device());
            } else if (request.driver().equals(driver) && !openNeeded) {
                notes.add(request.device() + " is already on " + driver + " (not through this agent): it is taken as it is");
            }
        }
        List<Step> steps = new ArrayList<>();
        removals.forEach(steps::add);
        binds.forEach(steps::add);
        opens.forEach(steps::add);
        List<Step> numbered = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            numbered.add(new Step(i + 1, s.action(), s.device(), s.label(), s.detail()));
        }
        return new Planned(numbered, unchanged, notes);
    }

    private static String openDetail(DeviceRequest request) {
        StringBuilder text = new StringBuilder();
        if (request.regions() != null && !request.regions().isEmpty()) {
            text.append(", regions ").append(request.regions());
        }
        if (request.irqs() != null && !request.irqs().isEmpty()) {
            text.append(", irqs ").append(request.irqs());
        }
        return text.toString();
    }

    private static boolean sameOpen(DeviceRequest a, DeviceRequest b) {
        return Objects.equals(a.open(), b.open()) && Objects.equals(a.irqs(), b.irqs()) && Objects.equals(a.driver(), b.driver())
                && Objects.equals(a.consumer(), b.consumer());
    }

    private static Step step(String action, DeviceRequest request, String detail) {
        return new Step(0, action, request.device(), request.label(), detail);
    }

    private static String driverText(String driver) {
        return driver == null ? "(no driver)" : driver;
    }

    private String currentDriver(String device) throws AgentException {
        try {
            return backend.driverOf(device);
        } catch (BackendException e) {
            throw AgentException.of(e, null);
        }
    }

    /** Everything that can be known before touching the board; a refusal here changes nothing. */
    private void validate(Deployment deployment) throws AgentException {
        if (deployment == null || deployment.devices() == null) {
            throw new AgentException(Protocol.INVALID_PARAMS, "a deployment needs a list of devices", null, null, null);
        }
        Set<String> seen = new HashSet<>();
        Set<String> requested = new HashSet<>();
        deployment.devices().forEach(r -> requested.add(r == null ? null : r.device()));
        for (DeviceRequest request : deployment.devices()) {
            if (request == null || request.device() == null || request.driver() == null) {
                throw new AgentException(Protocol.INVALID_PARAMS, "every device request needs a device and a driver", null, null, null);
            }
            String device = request.device();
            String source = request.source();
            if (!seen.add(device)) {
                throw new AgentException(Protocol.INVALID_PARAMS, device + " is requested twice", device, source, null);
            }
            if (!backend.exists(device)) {
                throw new AgentException(Protocol.UNKNOWN_DEVICE, "there is no device " + device + " on this board: "
                        + "check the board model against the live board (devassign inventory)", device, source, null);
            }
            if (!VFIO_DRIVERS.contains(request.driver())) {
                throw new AgentException(Protocol.BIND_FAILED, "the agent binds devices to vfio-pci or vfio-platform only, not "
                        + request.driver(), device, source, null);
            }
            Optional<String> protection = protectionOf(device);
            if (protection.isPresent()) {
                throw new AgentException(Protocol.PROTECTED_DEVICE, device + " is protected: " + protection.get()
                        + ". The agent never takes it, whatever a config says; assign another device", device, source, null);
            }
            if (!allow.isEmpty() && !allow.contains(device)) {
                throw new AgentException(Protocol.NOT_ALLOWED_BY_POLICY, device + " is not among the devices the agent's policy allows"
                        + " (policy.allow in its config)", device, source, null);
            }
            if (request.open() != null) {
                checkGroup(request, requested);
            }
        }
    }

    private Optional<String> protectionOf(String device) throws AgentException {
        if (protect.contains(device)) {
            return Optional.of("the agent's policy lists it (policy.protect)");
        }
        try {
            return backend.protection(device);
        } catch (BackendException e) {
            throw AgentException.of(e, null);
        }
    }

    /** VFIO opens a group only when no member is on a host driver: name the companions that are. */
    private void checkGroup(DeviceRequest request, Set<String> requested) throws AgentException {
        try {
            List<String> blocking = new ArrayList<>();
            for (String member : backend.groupOf(request.device())) {
                if (requested.contains(member) || backend.isBridge(member) && backend.driverOf(member) == null) {
                    continue;
                }
                String driver = backend.driverOf(member);
                Optional<String> protection = protectionOf(member);
                if (protection.isPresent()) {
                    blocking.add(member + " (protected: " + protection.get() + ")");
                } else if (driver != null && !VFIO_DRIVERS.contains(driver)) {
                    blocking.add(member + " (on " + driver + ")");
                }
            }
            if (!blocking.isEmpty()) {
                throw new AgentException(Protocol.GROUP_NOT_VIABLE, "the IOMMU group of " + request.device()
                        + " is only half assignable: " + String.join(", ", blocking) + " would stay on the host. VFIO opens a group only"
                        + " when every member is on a vfio driver or none. Assign the whole group, or move those devices off their"
                        + " host drivers first", request.device(), request.source(), null);
            }
        } catch (BackendException e) {
            throw AgentException.of(e, request.source());
        }
    }

    // ---------------------------------------------------------------- apply and rollback

    public synchronized ApplyResult apply(Deployment deployment, String who, Consumer<Progress> progress) throws AgentException {
        long t0 = System.nanoTime();
        Planned planned = planSteps(deployment);
        if (planned.steps().isEmpty()) {
            active = deployment;
            audit.record(who, "apply " + deployment.config(), "unchanged", "the board already is as requested");
            return new ApplyResult(lastTx, deployment.config(), false, List.of(), devices(), millis(t0));
        }
        long tx = ++lastTx;
        changes++;
        Map<String, DeviceRequest> wanted = new LinkedHashMap<>();
        deployment.devices().forEach(r -> wanted.put(r.device(), r));
        int total = planned.steps().size();
        try {
            journal.append(new Journal.Entry(tx, "begin", "apply", null, null, null, null, GSON.toJson(deployment), who));
            for (Step step : planned.steps()) {
                progress.accept(new Progress(tx, step.index(), total, step.action(), step.device(), "started", step.detail()));
                take(tx, step, wanted.get(step.device()));
                progress.accept(new Progress(tx, step.index(), total, step.action(), step.device(), "done", step.detail()));
            }
            for (DeviceRequest request : deployment.devices()) {
                held.get(request.device()).request = request;
            }
            journal.append(Journal.Entry.of(tx, "commit"));
        } catch (BackendException e) {
            undoAll(tx, e.getMessage(), progress);
            audit.record(who, "apply " + deployment.config(), "failed", e.getMessage() + (e.detail() == null ? "" : " (" + e.detail() + ")"));
            DeviceRequest request = e.device() == null ? null : wanted.get(e.device());
            throw new AgentException(e.code(), e.getMessage() + ". Every device the agent held is back on its previous driver",
                    e.device(), request == null ? null : request.source(), e.detail());
        } catch (IOException e) {
            undoAll(tx, "journal: " + e.getMessage(), progress);
            throw new AgentException(Protocol.INTERNAL_ERROR, "cannot write the journal: " + e.getMessage(), null, null, null);
        }
        active = deployment;
        lastOutcome = "committed";
        changes++; // an inventory read during the steps is stale now
        audit.record(who, "apply " + deployment.config(), "ok", "transaction " + tx + ": " + total + " steps");
        return new ApplyResult(tx, deployment.config(), true, planned.steps(), devices(), millis(t0));
    }

    private static double millis(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private void take(long tx, Step step, DeviceRequest request) throws BackendException, IOException {
        String device = step.device();
        switch (step.action()) {
            case "close" -> {
                Held h = held.get(device);
                journal.append(new Journal.Entry(tx, "intent", null, "close", device, null, null, null, null));
                if (h.handle != null) {
                    h.handle.close();
                    h.handle = null;
                }
                journal.append(new Journal.Entry(tx, "done", null, "close", device, null, null, null, null));
            }
            case "restore" -> {
                Held h = held.get(device);
                journal.append(new Journal.Entry(tx, "intent", null, "restore", device, h.saved.driver(), h.saved.override(), null, null));
                backend.restore(h.saved);
                held.remove(device);
                journal.append(new Journal.Entry(tx, "done", null, "restore", device, null, null, null, null));
            }
            case "bind" -> {
                Held h = held.get(device);
                DriverState saved = h != null ? h.saved : backend.stateOf(device);
                journal.append(new Journal.Entry(tx, "intent", null, "bind", device, saved.driver(), saved.override(), null, request.driver()));
                if (h == null) {
                    held.put(device, new Held(request, saved));
                }
                backend.bind(device, request.driver());
                journal.append(new Journal.Entry(tx, "done", null, "bind", device, null, null, null, request.driver()));
            }
            case "open" -> {
                Held h = held.get(device);
                if (h == null) {
                    DriverState saved = backend.stateOf(device);
                    journal.append(new Journal.Entry(tx, "intent", null, "bind", device, saved.driver(), saved.override(), null, "(already bound)"));
                    h = new Held(request, saved);
                    held.put(device, h);
                }
                journal.append(new Journal.Entry(tx, "intent", null, "open", device, null, null, null, request.open()));
                if (h.handle != null) {
                    h.handle.close();
                    h.handle = null;
                }
                h.handle = backend.open(device, request.open(), request.irqs() == null ? List.of() : request.irqs());
                h.request = request;
                journal.append(new Journal.Entry(tx, "done", null, "open", device, null, null, null, request.open()));
            }
            default -> throw new IllegalStateException("unknown step " + step.action());
        }
    }

    /** Closes and restores every device the agent holds, last taken first; journals it as the transaction's abort. */
    private void undoAll(long tx, String reason, Consumer<Progress> progress) {
        List<Held> all = new ArrayList<>(held.values());
        java.util.Collections.reverse(all);
        int i = 0;
        for (Held h : all) {
            i++;
            if (h.handle != null) {
                h.handle.close();
                h.handle = null;
            }
            try {
                journal.append(new Journal.Entry(tx, "intent", null, "restore", h.saved.device(), h.saved.driver(), h.saved.override(), null, "undo"));
                backend.restore(h.saved);
                journal.append(new Journal.Entry(tx, "done", null, "restore", h.saved.device(), null, null, null, "undo"));
                progress.accept(new Progress(tx, i, all.size(), "restore", h.saved.device(), "undone", driverText(h.saved.driver())));
            } catch (BackendException | IOException e) {
                System.err.println("agent: cannot restore " + h.saved.device() + ": " + e.getMessage());
            }
        }
        held.clear();
        active = null;
        changes++;
        lastOutcome = "aborted: " + reason;
        try {
            journal.append(new Journal.Entry(tx, "abort", null, null, null, null, null, null, reason));
        } catch (IOException e) {
            System.err.println("agent: cannot journal the abort: " + e.getMessage());
        }
    }

    public synchronized ApplyResult rollback(String config, String who, Consumer<Progress> progress) throws AgentException {
        long t0 = System.nanoTime();
        if (config != null && active != null && !config.equals(active.config())) {
            throw new AgentException(Protocol.NOT_DEPLOYED, "the active deployment is " + active.config() + ", not " + config, null, null, null);
        }
        if (held.isEmpty()) {
            active = null;
            audit.record(who, "rollback", "unchanged", "nothing deployed");
            return new ApplyResult(lastTx, config, false, List.of(), List.of(), millis(t0));
        }
        long tx = ++lastTx;
        changes++;
        List<Step> steps = new ArrayList<>();
        List<Held> all = new ArrayList<>(held.values());
        java.util.Collections.reverse(all);
        for (Held h : all) {
            if (h.handle != null) {
                steps.add(step("close", h.request, "release the VFIO descriptors"));
            }
        }
        for (Held h : all) {
            steps.add(step("restore", h.request, driverText(currentDriver(h.saved.device())) + " -> " + driverText(h.saved.driver())));
        }
        String name = active == null ? null : active.config();
        try {
            journal.append(new Journal.Entry(tx, "begin", "rollback", null, null, null, null, null, who));
            for (int i = 0; i < steps.size(); i++) {
                Step s = steps.get(i);
                Step numbered = new Step(i + 1, s.action(), s.device(), s.label(), s.detail());
                steps.set(i, numbered);
                progress.accept(new Progress(tx, i + 1, steps.size(), s.action(), s.device(), "started", s.detail()));
                take(tx, numbered, null);
                progress.accept(new Progress(tx, i + 1, steps.size(), s.action(), s.device(), "done", s.detail()));
            }
            journal.append(Journal.Entry.of(tx, "commit"));
        } catch (BackendException | IOException e) {
            undoAll(tx, e.getMessage(), progress);
            audit.record(who, "rollback " + name, "failed", e.getMessage());
            throw new AgentException(Protocol.BIND_FAILED, "rollback: " + e.getMessage(), null, null, null);
        }
        active = null;
        lastOutcome = "rolled back";
        changes++;
        audit.record(who, "rollback " + name, "ok", "transaction " + tx + ": " + steps.size() + " steps");
        return new ApplyResult(tx, name, true, steps, devices(), millis(t0));
    }

    // ---------------------------------------------------------------- recovery

    /**
     * Reads the journal at start-up. A transaction without commit or abort is undone: every device it
     * or an earlier committed one took goes back to its saved driver. A committed deployment is taken
     * up again: its devices are re-opened (descriptors die with a process).
     */
    public synchronized String recover() throws IOException {
        List<Journal.Entry> entries = Journal.read(journal.file());
        Map<String, DriverState> committed = new LinkedHashMap<>();
        Map<String, DriverState> pending = null;
        Deployment committedDeployment = null;
        Deployment pendingDeployment = null;
        long openTx = -1;
        String openOp = null;
        for (Journal.Entry e : entries) {
            lastTx = Math.max(lastTx, e.tx());
            switch (e.type()) {
                case "begin" -> {
                    pending = new LinkedHashMap<>(committed);
                    pendingDeployment = e.deployment() == null ? null : GSON.fromJson(e.deployment(), Deployment.class);
                    openTx = e.tx();
                    openOp = e.op();
                }
                case "intent" -> {
                    if (pending != null && "bind".equals(e.step())) {
                        pending.putIfAbsent(e.device(), new DriverState(e.device(), e.savedDriver(), e.savedOverride()));
                    }
                }
                case "done" -> {
                    if (pending != null && "restore".equals(e.step())) {
                        pending.remove(e.device());
                    }
                }
                case "commit" -> {
                    committed = pending == null ? committed : pending;
                    committedDeployment = "rollback".equals(openOp) || "recover".equals(openOp) ? null : pendingDeployment;
                    if ("rollback".equals(openOp) || "recover".equals(openOp)) {
                        committed = new LinkedHashMap<>();
                    }
                    pending = null;
                    openTx = -1;
                    lastOutcome = "committed";
                }
                case "abort" -> {
                    committed = new LinkedHashMap<>();
                    committedDeployment = null;
                    pending = null;
                    openTx = -1;
                    lastOutcome = "aborted";
                }
                default -> {
                }
            }
        }
        if (openTx >= 0) {
            Map<String, DriverState> undo = new LinkedHashMap<>(committed);
            pending.forEach(undo::putIfAbsent);
            recovered = "transaction " + openTx + " (" + openOp + ") was unfinished: " + restoreAll(undo, "unfinished transaction " + openTx);
            lastOutcome = "recovered";
            return recovered;
        }
        if (committedDeployment != null && !committed.isEmpty()) {
            Map<String, DeviceRequest> requests = new LinkedHashMap<>();
            committedDeployment.devices().forEach(r -> requests.put(r.device(), r));
            try {
                for (Map.Entry<String, DriverState> entry : committed.entrySet()) {
                    DeviceRequest request = requests.get(entry.getKey());
                    if (request == null) {
                        request = new DeviceRequest(entry.getKey(), entry.getKey(), null, null, null, "vfio-pci", null, List.of(), List.of());
                    }
                    Held h = new Held(request, entry.getValue());
                    held.put(entry.getKey(), h);
                    String driver = backend.driverOf(entry.getKey());
                    if (!request.driver().equals(driver)) {
                        throw new BackendException(Protocol.BIND_FAILED, entry.getKey(), entry.getKey() + " is on " + driverText(driver)
                                + ", not " + request.driver() + " as deployed", null);
                    }
                    if (request.open() != null) {
                        h.handle = backend.open(entry.getKey(), request.open(), request.irqs() == null ? List.of() : request.irqs());
                    }
                }
                active = committedDeployment;
                recovered = "took up " + committedDeployment.config() + " (transaction " + lastTx + "): " + held.size() + " devices, "
                        + held.values().stream().filter(h -> h.handle != null).count() + " re-opened";
            } catch (BackendException e) {
                held.values().forEach(h -> {
                    if (h.handle != null) {
                        h.handle.close();
                        h.handle = null;
                    }
                });
                held.clear();
                recovered = "could not take up " + committedDeployment.config() + " (" + e.getMessage() + "): " + restoreAll(committed, e.getMessage());
            }
        }
        return recovered;
    }

    private String restoreAll(Map<String, DriverState> devices, String reason) throws IOException {
        long tx = ++lastTx;
        changes++;
        journal.append(new Journal.Entry(tx, "begin", "recover", null, null, null, null, null, reason));
        List<String> restored = new ArrayList<>();
        List<DriverState> order = new ArrayList<>(devices.values());
        java.util.Collections.reverse(order);
        for (DriverState saved : order) {
            journal.append(new Journal.Entry(tx, "intent", null, "restore", saved.device(), saved.driver(), saved.override(), null, "recover"));
            try {
                backend.restore(saved);
                restored.add(saved.device() + " -> " + driverText(saved.driver()));
            } catch (BackendException e) {
                restored.add(saved.device() + " FAILED: " + e.getMessage());
            }
            journal.append(new Journal.Entry(tx, "done", null, "restore", saved.device(), null, null, null, "recover"));
        }
        journal.append(Journal.Entry.of(tx, "commit"));
        held.clear();
        active = null;
        return "restored " + restored.size() + " devices" + (restored.isEmpty() ? "" : " (" + String.join(", ", restored) + ")");
    }

    // ---------------------------------------------------------------- status, registers, interrupts, hand-off

    public synchronized Status status(String agentName) {
        return new Status(agentName, active == null ? null : active.config(), active == null ? null : active.digest(), devices(), lastTx,
                lastOutcome, recovered, (System.nanoTime() - started) / 1_000_000);
    }

    private List<DeviceState> devices() {
        List<DeviceState> states = new ArrayList<>();
        for (Held h : held.values()) {
            String driver;
            try {
                driver = backend.driverOf(h.saved.device());
            } catch (BackendException e) {
                driver = "?";
            }
            states.add(new DeviceState(h.saved.device(), h.request.label(), driver, h.handle != null, h.request.consumer(), h.saved.driver()));
        }
        return states;
    }

    private synchronized DeviceHandle handle(String device) throws AgentException {
        Held h = device == null ? null : held.get(device);
        if (h == null || h.handle == null) {
            throw new AgentException(Protocol.NOT_DEPLOYED, (device == null ? "no device given" : device
                    + " is not open in the agent") + ": deploy a config that assigns it to a consumer the agent opens (probe or userspace)",
                    device, null, null);
        }
        return h.handle;
    }

    public RegisterValue access(RegisterAccess access, boolean write) throws AgentException {
        if (access == null) {
            throw new AgentException(Protocol.INVALID_PARAMS, "a register access needs device, region, offset and width", null, null, null);
        }
        int width = access.width();
        if (width != 1 && width != 2 && width != 4 && width != 8) {
            throw new AgentException(Protocol.BAD_ACCESS, "width " + width + " is not 1, 2, 4 or 8 bytes", access.device(), null, null);
        }
        if (access.offset() < 0 || access.offset() % width != 0) {
            throw new AgentException(Protocol.BAD_ACCESS, "offset " + access.offset() + " is not aligned to the width " + width,
                    access.device(), null, null);
        }
        DeviceHandle handle = handle(access.device());
        try {
            long size = handle.regionSize(access.region());
            if (access.offset() + width > size) {
                throw new AgentException(Protocol.BAD_ACCESS, String.format("offset 0x%x + %d is past the end of region %d (size 0x%x)",
                        access.offset(), width, access.region(), size), access.device(), null, null);
            }
            long t0 = System.nanoTime();
            long value;
            if (write) {
                handle.write(access.region(), access.offset(), width, access.value());
                value = access.value();
            } else {
                value = handle.read(access.region(), access.offset(), width);
            }
            return new RegisterValue(access.device(), access.region(), access.offset(), width, value, (System.nanoTime() - t0) / 1e3);
        } catch (BackendException e) {
            throw AgentException.of(e, null);
        }
    }

    public IrqCounts irqCounts(String device, boolean last) throws AgentException {
        Map<String, Long> counts = new LinkedHashMap<>();
        handle(device).irqCounts().forEach((index, count) -> counts.put(String.valueOf(index), count));
        return new IrqCounts(device, counts, last);
    }

    @Override
    public synchronized HandoffServer.Offer offer(String consumer, Native.Credentials peer) throws IOException {
        List<Integer> fds = new ArrayList<>();
        List<Map<String, Object>> described = new ArrayList<>();
        Integer uid = null;
        for (Held h : held.values()) {
            if (!consumer.equals(h.request.consumer()) || h.handle == null) {
                continue;
            }
            for (HandoffFd fd : h.handle.handoffFds()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("index", fds.size());
                entry.put("device", h.saved.device());
                entry.put("label", h.request.label());
                entry.put("kind", fd.kind());
                entry.put("regions", fd.regionOffsets());
                described.add(entry);
                fds.add(fd.fd());
            }
        }
        if (fds.isEmpty()) {
            throw new IOException("no open device is deployed for consumer '" + consumer + "'");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("consumer", consumer);
        json.put("config", active == null ? null : active.config());
        json.put("fds", described);
        audit.record("uid " + peer.uid() + " pid " + peer.pid(), "handoff " + consumer, "ok", fds.size() + " descriptors");
        return new HandoffServer.Offer(GSON.toJson(json), fds.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Closes every handle (the devices stay bound: the journal's committed state says so). */
    public synchronized void shutdown() {
        for (Held h : held.values()) {
            if (h.handle != null) {
                h.handle.close();
                h.handle = null;
            }
        }
    }

    /** For tests: the sysfs names the agent holds now. */
    public synchronized Set<String> heldDevices() {
        return new LinkedHashSet<>(held.keySet());
    }
}
