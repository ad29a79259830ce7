package org.devassign.agent.service.journal;

import org.devassign.agent.service.journal.JournalRecord.Abort;
import org.devassign.agent.service.journal.JournalRecord.Begin;
import org.devassign.agent.service.journal.JournalRecord.Commit;

/**
 * The order records come in, as the agent writes them: a transaction's id is larger than every id
 * before it; its intent, done, commit and abort records follow its begin and stop at its commit or
 * abort. A begin may come while an earlier transaction is open: that one was cut short by a crash,
 * and the new one (recovery's) undoes it. Anything else means records were lost or edited.
 */
final class JournalSequence {

    private long highest;
    private long open = -1;

    /** Why {@code record} cannot come here, or null when it can. */
    String check(JournalRecord record) {
        long tx = record.tx();
        if (record instanceof Begin) {
            if (tx <= highest) {
                return "transaction " + tx + " begins after transaction " + highest + ": transaction ids only grow";
            }
            highest = tx;
            open = tx;
            return null;
        }
        if (tx != open) {
            return "a " + record.type() + " record of transaction " + tx + " where " + (open < 0 ? "no transaction is open"
                    : "transaction " + open + " is open");
        }
        if (record instanceof Commit || record instanceof Abort) {
            open = -1;
        }
        return null;
    }
}
