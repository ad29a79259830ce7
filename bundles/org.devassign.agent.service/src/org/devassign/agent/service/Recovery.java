package org.devassign.agent.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.DeviceRequest;
import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.api.StepKind;
import org.devassign.agent.api.VfRequest;
import org.devassign.agent.service.Holdings.Held;
import org.devassign.agent.service.backend.BackendException;
import org.devassign.agent.service.backend.BoardBackend;
import org.devassign.agent.service.backend.DriverState;
import org.devassign.agent.service.backend.SriovState;
import org.devassign.agent.service.journal.Journal;
import org.devassign.agent.service.journal.JournalDamage;
import org.devassign.agent.service.journal.JournalRecord;
import org.devassign.agent.service.journal.JournalRecord.Begin;
import org.devassign.agent.service.journal.JournalRecord.Commit;
import org.devassign.agent.service.journal.JournalRecord.Done;
import org.devassign.agent.service.journal.JournalRecord.Intent;
import org.devassign.agent.service.journal.JournalRecord.Operation;
import org.devassign.agent.service.journal.VfDetail;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.text.Plural;

/**
 * What the agent does with the journal at start-up. Replaying it gives the devices the last
 * committed deployment holds and what an unfinished transaction took on top. A transaction without
 * commit or abort is undone: every device it or an earlier committed one took goes back to its saved
 * driver, then the virtual functions they created are removed (the PF keeps its driver, its
 * autoprobe is set back), journaled as a recovery transaction. A committed deployment is taken up again: its devices
 * are re-opened (descriptors die with a process). A journal that cannot be trusted is a
 * {@link JournalDamage}, and nothing is done: the agent then stays in its safe state ({@link Agent}).
 */
final class Recovery {

    private final BoardBackend backend;
    private final Journal journal;
    private final Holdings holdings;

    Recovery(BoardBackend backend, Journal journal, Holdings holdings) {
        this.backend = backend;
        this.journal = journal;
        this.holdings = holdings;
    }

    java.nio.file.Path journalFile() {
        return journal.file();
    }

    /**
     * @return what was found and done, for status and the audit log; null when there was nothing to do
     * @throws JournalDamage when the journal cannot be trusted (nothing was done then)
     * @throws IOException when the journal cannot be read or written
     */
    String recover() throws IOException {
        JournalReplay replay = JournalReplay.of(Journal.read(journal.file()));
        holdings.seenTx(replay.lastTx);
        holdings.outcome(replay.outcome);
        if (replay.openTx >= 0) {
            Map<DeviceId, DriverState> undo = replay.taken();
            Map<DeviceId, Boolean> vfs = replay.vfsTaken();
            String what = "transaction " + replay.openTx + " (" + replay.openOp.keyword() + ") was unfinished: "
                    + restoreAll(undo, vfs, "unfinished transaction " + replay.openTx);
            holdings.recovered(what);
            holdings.outcome("recovered");
            return what;
        }
        if (replay.committedDeployment != null && (!replay.committed.isEmpty() || !replay.committedVfs.isEmpty())) {
            holdings.recovered(takeUp(replay.committedDeployment, replay.committed, replay.committedVfs));
        }
        return holdings.recovered();
    }

    private String takeUp(Deployment deployment, Map<DeviceId, DriverState> committed, Map<DeviceId, Boolean> committedVfs)
            throws IOException {
        Map<DeviceId, DeviceRequest> requests = new LinkedHashMap<>();
        deployment.devices().forEach(r -> requests.put(r.device(), r));
        try {
            for (VfRequest request : deployment.vfs()) {
                Boolean autoprobe = committedVfs.get(request.physicalFunction());
                if (autoprobe == null) {
                    continue; // VFs the PF had already: not the agent's
                }
                holdings.createdVfs(request, autoprobe);
                int now = backend.sriov(request.physicalFunction()).map(SriovState::numVfs).orElse(0);
                if (now != request.count()) {
                    throw new BackendException(ErrorCode.BIND_FAILED, request.physicalFunction(), request.physicalFunction() + " has "
                            + Plural.count(now, "VF", "VFs") + ", not " + request.count() + " as deployed", null);
                }
            }
            for (Map.Entry<DeviceId, DriverState> entry : committed.entrySet()) {
                DeviceId device = entry.getKey();
                DeviceRequest request = requests.get(device);
                if (request == null) {
                    throw new BackendException(ErrorCode.INTERNAL_ERROR, device, device + " is in the journal but not in the deployment "
                            + deployment.config() + " it committed", null);
                }
                Held h = holdings.take(request, entry.getValue());
                String driver = backend.driverOf(device);
                if (!request.driver().driverName().equals(driver)) {
                    throw new BackendException(ErrorCode.BIND_FAILED, device, device + " is on " + StepPlanner.driverText(driver)
                            + ", not " + request.driver() + " as deployed", null);
                }
                if (request.open() != null) {
                    h.handle = backend.open(device, request.open(), request.irqs() == null ? List.of() : request.irqs());
                }
            }
            holdings.activate(deployment, "committed");
            long open = holdings.all().stream().filter(h -> h.handle != null).count();
            return "took up " + deployment.config() + " (transaction " + holdings.lastTx() + "): "
                    + Plural.count(holdings.all().size(), "device", "devices") + ", " + open + " re-opened";
        } catch (BackendException | RuntimeException e) {
            // a device not as deployed, or a defect: what the committed deployment holds goes back rather than half of it
            holdings.clear();
            String why = e instanceof BackendException ? e.getMessage() : "the agent failed: " + e;
            return "could not take up " + deployment.config() + " (" + why + "): " + restoreAll(committed, committedVfs, why);
        }
    }

    /** Restores the devices, last taken first, then removes the VFs the agent created (PF -> its autoprobe before). */
    private String restoreAll(Map<DeviceId, DriverState> devices, Map<DeviceId, Boolean> vfs, String reason) throws IOException {
        if (holdings.lastTx() >= JournalRecord.MAX_TX) {
            throw new JournalDamage(journal.file(), 0, "every transaction id is used (the last is " + holdings.lastTx()
                    + "): recovery cannot begin one", null);
        }
        long tx = holdings.nextTx();
        journal.append(new Begin(tx, Operation.RECOVER, null, reason));
        List<String> restored = new ArrayList<>();
        List<DriverState> order = new ArrayList<>(devices.values());
        Collections.reverse(order);
        for (DriverState saved : order) {
            journal.append(Intent.saving(tx, StepKind.RESTORE, saved, "recover"));
            try {
                backend.restore(saved);
                restored.add(saved.device() + " -> " + StepPlanner.driverText(saved.driver()));
            } catch (BackendException | RuntimeException e) {
                restored.add(saved.device() + " FAILED: " + e.getMessage());
            }
            journal.append(new Done(tx, StepKind.RESTORE, saved.device(), "recover"));
        }
        List<String> removed = new ArrayList<>();
        List<Map.Entry<DeviceId, Boolean>> pfs = new ArrayList<>(vfs.entrySet());
        Collections.reverse(pfs);
        for (Map.Entry<DeviceId, Boolean> pf : pfs) {
            String detail = new VfDetail(0, pf.getValue()).text() + ", recover";
            journal.append(Intent.of(tx, StepKind.REMOVE_VFS, pf.getKey(), detail));
            try {
                backend.removeVfs(pf.getKey(), pf.getValue());
                removed.add(pf.getKey() + " -> 0 VFs");
            } catch (BackendException e) {
                removed.add(pf.getKey() + " FAILED: " + e.getMessage());
            }
            journal.append(new Done(tx, StepKind.REMOVE_VFS, pf.getKey(), detail));
        }
        journal.append(new Commit(tx));
        holdings.clear();
        holdings.activate(null, holdings.lastOutcome());
        return "restored " + Plural.count(restored.size(), "device", "devices") + (restored.isEmpty() ? "" : " (" + String.join(", ", restored) + ")")
                + (removed.isEmpty() ? "" : "; removed the VFs the agent created (" + String.join(", ", removed) + ")");
    }
}
