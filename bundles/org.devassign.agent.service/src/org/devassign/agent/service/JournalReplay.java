package org.devassign.agent.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.StepKind;
import org.devassign.agent.service.backend.DriverState;
import org.devassign.agent.service.journal.JournalRecord;
import org.devassign.agent.service.journal.JournalRecord.Abort;
import org.devassign.agent.service.journal.JournalRecord.Begin;
import org.devassign.agent.service.journal.JournalRecord.Commit;
import org.devassign.agent.service.journal.JournalRecord.Done;
import org.devassign.agent.service.journal.JournalRecord.Intent;
import org.devassign.agent.service.journal.JournalRecord.Operation;
import org.devassign.agent.service.journal.VfDetail;
import org.devassign.core.identity.DeviceId;

/**
 * What the journal's records leave, replayed in order: the devices the last committed deployment
 * holds with the driver state each goes back to, and what a transaction still open took on top.
 * Start-up ({@link Recovery}) acts on it; {@code recover --inspect} shows it to a person.
 */
final class JournalReplay {

    Map<DeviceId, DriverState> committed = new LinkedHashMap<>();
    Map<DeviceId, DriverState> pending;
    /** PF -> its autoprobe before the agent created VFs on it: committed, and with the open transaction's. */
    Map<DeviceId, Boolean> committedVfs = new LinkedHashMap<>();
    Map<DeviceId, Boolean> pendingVfs = new LinkedHashMap<>();
    Deployment committedDeployment;
    Deployment pendingDeployment;
    long openTx = -1;
    Operation openOp;
    long lastTx;
    long committedTx;
    String outcome = "none";

    static JournalReplay of(List<JournalRecord> records) {
        JournalReplay replay = new JournalReplay();
        records.forEach(replay::apply);
        return replay;
    }

    void apply(JournalRecord record) {
        lastTx = Math.max(lastTx, record.tx());
        switch (record) {
            case Begin b -> {
                pending = new LinkedHashMap<>(committed);
                pendingVfs = new LinkedHashMap<>(committedVfs);
                pendingDeployment = b.deployment();
                openTx = b.tx();
                openOp = b.operation();
            }
            case Intent i -> {
                if (pending != null && i.action() == StepKind.BIND) {
                    pending.putIfAbsent(i.device(), i.saved());
                }
                if (pending != null && i.action() == StepKind.CREATE_VFS) {
                    pendingVfs.putIfAbsent(i.device(), VfDetail.parse(i.detail()).savedAutoprobe());
                }
            }
            case Done d -> {
                if (pending != null && d.action() == StepKind.RESTORE) {
                    pending.remove(d.device());
                }
                if (pending != null && d.action() == StepKind.REMOVE_VFS) {
                    pendingVfs.remove(d.device());
                }
            }
            case Commit c -> {
                boolean release = openOp == Operation.ROLLBACK || openOp == Operation.RECOVER;
                if (release) {
                    committed = new LinkedHashMap<>();
                    committedVfs = new LinkedHashMap<>();
                } else if (pending != null) {
                    committed = pending;
                    committedVfs = pendingVfs;
                }
                committedDeployment = release ? null : pendingDeployment;
                committedTx = c.tx();
                close("committed");
            }
            case Abort a -> {
                committed = new LinkedHashMap<>();
                committedVfs = new LinkedHashMap<>();
                committedDeployment = null;
                close("aborted");
            }
        }
    }

    private void close(String what) {
        pending = null;
        openTx = -1;
        outcome = what;
    }

    /** Every PF the journal says the agent created VFs on (committed or in the open transaction), with its autoprobe before. */
    Map<DeviceId, Boolean> vfsTaken() {
        Map<DeviceId, Boolean> all = new LinkedHashMap<>(committedVfs);
        if (pending != null) {
            pendingVfs.forEach(all::putIfAbsent);
        }
        return all;
    }

    /** Every device the journal says the agent took, committed or in the open transaction, with its saved state. */
    Map<DeviceId, DriverState> taken() {
        Map<DeviceId, DriverState> all = new LinkedHashMap<>(committed);
        if (pending != null) {
            pending.forEach(all::putIfAbsent);
        }
        return all;
    }
}
