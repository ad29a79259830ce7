package org.devassign.agent.service;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.devassign.agent.api.ApplyResult;
import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.DeviceRequest;
import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.api.Progress;
import org.devassign.agent.api.ProgressState;
import org.devassign.agent.api.Step;
import org.devassign.agent.api.StepKind;
import org.devassign.agent.api.VfRequest;
import org.devassign.agent.service.Holdings.Held;
import org.devassign.agent.service.backend.BackendException;
import org.devassign.agent.service.backend.BoardBackend;
import org.devassign.agent.service.backend.DeviceHandle;
import org.devassign.agent.service.backend.DriverState;
import org.devassign.agent.service.backend.SriovState;
import org.devassign.agent.service.journal.Journal;
import org.devassign.agent.service.journal.JournalRecord.Abort;
import org.devassign.agent.service.journal.JournalRecord.Begin;
import org.devassign.agent.service.journal.JournalRecord.Commit;
import org.devassign.agent.service.journal.JournalRecord.Done;
import org.devassign.agent.service.journal.JournalRecord.Intent;
import org.devassign.agent.service.journal.JournalRecord.Operation;
import org.devassign.agent.service.journal.VfDetail;
import org.devassign.core.identity.DeviceId;

/**
 * Takes the steps of a transaction: journal first (the intent, with the saved driver state), then
 * the step, then its done record; commit at the end. On any failure of a step, a checked one or an
 * unchecked one (a defect must not leave devices bound), every device the agent holds is closed and
 * restored, last taken first, then the virtual functions it created are removed, and the
 * transaction is journaled as aborted. A device that cannot be
 * restored makes the failure {@link ErrorCode#RESTORE_FAILED}: the board is not as it was, and the
 * message says which device and what to do.
 */
final class Transactions {

    private static final System.Logger LOG = AgentLog.logger();

    private final BoardBackend backend;
    private final Journal journal;
    private final AuditLog audit;
    private final Holdings holdings;

    Transactions(BoardBackend backend, Journal journal, AuditLog audit, Holdings holdings) {
        this.backend = backend;
        this.journal = journal;
        this.audit = audit;
        this.holdings = holdings;
    }

    /** A failed step: why, on which device, with which code; what the undo could not restore. */
    private record Failed(ErrorCode code, DeviceId device, String message, String detail) {
    }

    /**
     * A listener that fails (a client that went away) must not stop a transaction or its undo half-way:
     * what it throws is logged and the steps go on.
     */
    private static Consumer<Progress> guarded(Consumer<Progress> progress) {
        return p -> {
            try {
                progress.accept(p);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a progress listener failed at step " + p.index() + " of transaction " + p.transaction() + ": " + e);
            }
        };
    }

    ApplyResult apply(Deployment deployment, List<Step> steps, String who, Consumer<Progress> listener) throws AgentException {
        long t0 = System.nanoTime();
        Consumer<Progress> progress = guarded(listener);
        long tx = holdings.nextTx();
        Map<DeviceId, DeviceRequest> wanted = new LinkedHashMap<>();
        deployment.devices().forEach(r -> wanted.put(r.device(), r));
        Map<DeviceId, VfRequest> vfs = new LinkedHashMap<>();
        deployment.vfs().forEach(r -> vfs.put(r.physicalFunction(), r));
        Failed failed = run(tx, Operation.APPLY, deployment, who, steps, wanted, vfs, progress);
        if (failed != null) {
            List<String> unrestored = undoAll(tx, failed.message(), progress);
            audit.record(who, "apply " + deployment.config(), "failed", failed.message() + (failed.detail() == null ? "" : " (" + failed.detail() + ")"));
            DeviceRequest request = failed.device() == null ? null : wanted.get(failed.device());
            throw failure(failed, unrestored, request == null ? null : request.source());
        }
        for (DeviceRequest request : deployment.devices()) {
            Held h = holdings.get(request.device());
            if (h != null) { // a device already on its VFIO driver, not through this agent, is taken as it is and not held
                h.request = request;
            }
        }
        holdings.activate(deployment, "committed");
        holdings.changed(); // an inventory read during the steps is stale now
        audit.record(who, "apply " + deployment.config(), "ok", "transaction " + tx + ": " + steps.size() + " steps");
        return new ApplyResult(tx, deployment.config(), true, steps, Agent.states(holdings, backend), millis(t0));
    }

    ApplyResult rollback(String config, String who, Consumer<Progress> listener) throws AgentException {
        long t0 = System.nanoTime();
        Consumer<Progress> progress = guarded(listener);
        long tx = holdings.nextTx();
        List<Step> steps = new ArrayList<>();
        List<Held> all = holdings.lastFirst();
        for (Held h : all) {
            if (h.handle != null) {
                steps.add(StepPlanner.step(StepKind.CLOSE, h.request, "release the VFIO descriptors"));
            }
        }
        for (Held h : all) {
            String now;
            try {
                now = backend.driverOf(h.device());
            } catch (BackendException e) {
                now = "?";
            }
            steps.add(StepPlanner.step(StepKind.RESTORE, h.request, StepPlanner.driverText(now) + " -> " + StepPlanner.driverText(h.saved.driver())));
        }
        for (Holdings.CreatedVfs c : holdings.createdLastFirst()) {
            steps.add(StepPlanner.vfStep(StepKind.REMOVE_VFS, c.request(), c.request().count() + " VFs -> 0"));
        }
        for (int i = 0; i < steps.size(); i++) {
            steps.set(i, steps.get(i).at(i + 1));
        }
        Failed failed = run(tx, Operation.ROLLBACK, null, who, steps, Map.of(), Map.of(), progress);
        if (failed != null) {
            List<String> unrestored = undoAll(tx, failed.message(), progress);
            audit.record(who, "rollback " + config, "failed", failed.message());
            throw failure(new Failed(failed.code() == ErrorCode.INTERNAL_ERROR ? ErrorCode.INTERNAL_ERROR : ErrorCode.RESTORE_FAILED,
                    failed.device(), "rollback: " + failed.message(), failed.detail()), unrestored, null);
        }
        holdings.activate(null, "rolled back");
        holdings.changed();
        audit.record(who, "rollback " + config, "ok", "transaction " + tx + ": " + steps.size() + " steps");
        return new ApplyResult(tx, config, true, steps, Agent.states(holdings, backend), millis(t0));
    }

    /**
     * Journals and takes the steps; null when all are done and committed, else what failed. The
     * caller then undoes the transaction, whatever the failure was (a checked exception or a defect):
     * even a begin record that could not be written may be on disk, and the journal's end of a failed
     * transaction (abort) means every device is back.
     */
    private Failed run(long tx, Operation operation, Deployment deployment, String who, List<Step> steps,
            Map<DeviceId, DeviceRequest> wanted, Map<DeviceId, VfRequest> vfs, Consumer<Progress> progress) {
        Step current = null;
        try {
            journal.append(new Begin(tx, operation, deployment, who));
            for (Step step : steps) {
                current = step;
                progress.accept(new Progress(tx, step.index(), steps.size(), step.action(), step.device(), ProgressState.STARTED, step.detail()));
                take(tx, step, wanted.get(step.device()), vfs.get(step.device()));
                progress.accept(new Progress(tx, step.index(), steps.size(), step.action(), step.device(), ProgressState.DONE, step.detail()));
            }
            journal.append(new Commit(tx));
            return null;
        } catch (BackendException e) {
            failedStep(tx, current, steps.size(), e.getMessage(), progress);
            return new Failed(e.code(), e.device(), e.getMessage(), e.detail());
        } catch (IOException e) {
            LOG.log(Level.ERROR, "cannot write the journal " + journal.file(), e);
            return new Failed(ErrorCode.INTERNAL_ERROR, null, "cannot write the journal: " + e.getMessage(), null);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "transaction " + tx + " failed in step " + current, e);
            failedStep(tx, current, steps.size(), String.valueOf(e.getMessage()), progress);
            String where = current == null ? "before its first step" : "at step " + current.index() + " (" + current.action() + " " + current.device() + ")";
            return new Failed(ErrorCode.INTERNAL_ERROR, current == null ? null : current.device(), "the agent failed " + where + ": "
                    + e.getMessage() + "; this is a defect of the agent, see its log", null);
        }
    }

    private static void failedStep(long tx, Step step, int total, String why, Consumer<Progress> progress) {
        if (step != null) {
            progress.accept(new Progress(tx, step.index(), total, step.action(), step.device(), ProgressState.FAILED, why));
        }
    }

    private static AgentException failure(Failed failed, List<String> unrestored, String source) {
        if (unrestored.isEmpty()) {
            return new AgentException(failed.code(), failed.message() + ". Every device the agent held is back on its previous driver",
                    failed.device(), source, failed.detail());
        }
        return new AgentException(ErrorCode.RESTORE_FAILED, failed.message() + ". Undoing the transaction did not restore "
                + String.join("; ", unrestored) + ". Put those devices back on their drivers by hand (the agent's journal names the"
                + " drivers), then check the board with devassign status", failed.device(), source, failed.detail());
    }

    private void take(long tx, Step step, DeviceRequest request, VfRequest vfs) throws BackendException, IOException {
        DeviceId device = step.device();
        switch (step.action()) {
            case CLOSE -> {
                journal.append(Intent.of(tx, StepKind.CLOSE, device, null));
                holdings.get(device).close();
                journal.append(new Done(tx, StepKind.CLOSE, device, null));
            }
            case RESTORE -> {
                Held h = holdings.get(device);
                journal.append(Intent.saving(tx, StepKind.RESTORE, h.saved, null));
                h.close();
                backend.restore(h.saved);
                holdings.release(device);
                journal.append(new Done(tx, StepKind.RESTORE, device, null));
            }
            case BIND -> {
                Held h = holdings.get(device);
                DriverState saved = h != null ? h.saved : backend.stateOf(device);
                journal.append(Intent.saving(tx, StepKind.BIND, saved, request.driver().driverName()));
                holdings.take(request, saved);
                backend.bind(device, request.driver(), request.force());
                journal.append(new Done(tx, StepKind.BIND, device, request.driver().driverName()));
            }
            case OPEN -> {
                Held h = holdings.get(device);
                if (h == null) {
                    DriverState saved = backend.stateOf(device);
                    journal.append(Intent.saving(tx, StepKind.BIND, saved, "(already bound)"));
                    h = holdings.take(request, saved);
                }
                journal.append(Intent.of(tx, StepKind.OPEN, device, request.open().keyword()));
                h.close();
                DeviceHandle handle = backend.open(device, request.open(), request.irqs() == null ? List.of() : request.irqs());
                h.handle = handle;
                h.request = request;
                journal.append(new Done(tx, StepKind.OPEN, device, request.open().keyword()));
            }
            case CREATE_VFS -> {
                boolean autoprobe = backend.sriov(device).map(SriovState::autoprobe).orElse(true);
                String detail = new VfDetail(vfs.count(), autoprobe).text();
                journal.append(Intent.of(tx, StepKind.CREATE_VFS, device, detail));
                holdings.createdVfs(vfs, autoprobe); // before the write: a failed or partial creation is undone with the rest
                backend.createVfs(device, vfs.count());
                journal.append(new Done(tx, StepKind.CREATE_VFS, device, detail));
            }
            case REMOVE_VFS -> removeVfs(tx, holdings.vfs(device), null);
        }
    }

    /** Removes VFs the agent created, journaled; {@code why} is null in a step, "undo" when undoing. */
    private void removeVfs(long tx, Holdings.CreatedVfs created, String why) throws BackendException, IOException {
        DeviceId pf = created.physicalFunction();
        String detail = new VfDetail(created.request().count(), created.savedAutoprobe()).text() + (why == null ? "" : ", " + why);
        journal.append(Intent.of(tx, StepKind.REMOVE_VFS, pf, detail));
        backend.removeVfs(pf, created.savedAutoprobe());
        holdings.removedVfs(pf);
        journal.append(new Done(tx, StepKind.REMOVE_VFS, pf, detail));
    }

    /**
     * Closes and restores every device the agent holds, last taken first, removes the VFs it created,
     * and journals the transaction's abort. Returns the devices it could not restore, each with why.
     */
    private List<String> undoAll(long tx, String reason, Consumer<Progress> progress) {
        List<Held> all = holdings.lastFirst();
        List<Holdings.CreatedVfs> vfs = holdings.createdLastFirst();
        int total = all.size() + vfs.size();
        List<String> unrestored = new ArrayList<>();
        int i = 0;
        for (Held h : all) {
            i++;
            try {
                h.close();
                journal.append(Intent.saving(tx, StepKind.RESTORE, h.saved, "undo"));
                backend.restore(h.saved);
                journal.append(new Done(tx, StepKind.RESTORE, h.device(), "undo"));
                progress.accept(new Progress(tx, i, total, StepKind.RESTORE, h.device(), ProgressState.UNDONE,
                        StepPlanner.driverText(h.saved.driver())));
            } catch (BackendException | IOException | RuntimeException e) {
                LOG.log(Level.ERROR, "cannot restore " + h.device() + " to " + StepPlanner.driverText(h.saved.driver()), e);
                unrestored.add(h.device() + " (to " + StepPlanner.driverText(h.saved.driver()) + ": " + e.getMessage() + ")");
            }
        }
        for (Holdings.CreatedVfs created : vfs) {
            i++;
            try {
                removeVfs(tx, created, "undo");
                progress.accept(new Progress(tx, i, total, StepKind.REMOVE_VFS, created.physicalFunction(), ProgressState.UNDONE, "0 VFs"));
            } catch (BackendException | IOException | RuntimeException e) {
                LOG.log(Level.ERROR, "cannot remove the VFs of " + created.physicalFunction(), e);
                unrestored.add(created.physicalFunction() + " (its " + created.request().count() + " VFs: " + e.getMessage() + ")");
            }
        }
        holdings.clear();
        holdings.activate(null, "aborted: " + reason);
        holdings.changed();
        try {
            journal.append(new Abort(tx, reason));
        } catch (IOException e) {
            LOG.log(Level.ERROR, "cannot journal the abort of transaction " + tx, e);
        }
        return unrestored;
    }

    private static double millis(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }
}
