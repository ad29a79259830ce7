package org.devassign.agent.api;

import java.util.List;

/**
 * @param config the active deployment's config name, or null
 * @param lastTransaction the last transaction's number and outcome ("committed", "rolled-back", ...)
 * @param recovered what the agent did at start-up with a transaction it found unfinished, or null
 */
public record Status(String agent, String config, String digest, List<DeviceState> devices, long lastTransaction,
        String lastOutcome, String recovered, long uptimeMillis) {
}
