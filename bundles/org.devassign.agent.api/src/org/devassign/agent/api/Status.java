package org.devassign.agent.api;

import java.util.List;

/**
 * @param config the active deployment's config name, or null
 * @param lastTransaction the last transaction's number and outcome ("committed", "rolled-back", ...)
 * @param recovered what the agent did at start-up with a transaction it found unfinished, or null
 * @param journal null while the agent's journal is sound; else which record is damaged and what to
 *            do about it: the agent then refuses apply and rollback ({@link ErrorCode#JOURNAL_DAMAGED})
 */
public record Status(String agent, String config, String digest, List<DeviceState> devices, long lastTransaction,
        String lastOutcome, String recovered, long uptimeMillis, String journal) {

    /** A status with a sound journal. */
    public Status(String agent, String config, String digest, List<DeviceState> devices, long lastTransaction, String lastOutcome,
            String recovered, long uptimeMillis) {
        this(agent, config, digest, devices, lastTransaction, lastOutcome, recovered, uptimeMillis, null);
    }
}
