package org.devassign.agent.service.mqtt;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.devassign.agent.api.Status;
import org.devassign.agent.api.wire.ProtocolJson;
import org.devassign.agent.service.Agent;
import org.devassign.agent.service.SessionFactory;
import org.devassign.agent.service.backend.BackendException;
import org.devassign.core.rules.Vfio;
import org.devassign.fleet.Summary;
import org.devassign.model.Board;
import org.devassign.model.Device;
import org.devassign.model.facts.DeviceFacts;

import com.google.gson.Gson;

/**
 * The board's retained summary ({@link Summary}): the inventory in numbers and what is deployed,
 * from the agent's status and its backend's inventory. Built only when the deployment or the last
 * transaction changed since the last one published (a board asked every few seconds costs one
 * status then), or on a new connection.
 */
final class Summaries {

    private static final Gson GSON = ProtocolJson.gson();

    private final Agent agent;
    private final String board;
    private String lastKey;

    Summaries(Agent agent, String board) {
        this.agent = agent;
        this.board = board;
    }

    /** The summary to publish, or null when nothing changed since the last one (and {@code always} is false). */
    synchronized byte[] next(String session, boolean always) {
        Status status = agent.status(SessionFactory.AGENT);
        String key = status.digest() + "/" + status.lastTransaction() + "/" + status.lastOutcome();
        if (!always && Objects.equals(key, lastKey)) {
            return null;
        }
        lastKey = key;
        Summary summary = new Summary(board, session, counts(), new Summary.Deployed(status.config(), status.digest(),
                status.lastTransaction(), status.lastOutcome(), status.devices()), Instant.now().toString());
        return GSON.toJson(summary).getBytes(StandardCharsets.UTF_8);
    }

    private Summary.Counts counts() {
        try {
            Board inventory = agent.backend().inventory();
            Map<String, Integer> perBus = new TreeMap<>();
            int onVfio = 0;
            for (Device device : inventory.getDevices()) {
                DeviceFacts.id(device).ifPresent(id -> perBus.merge(id.bus().sysfsName(), 1, Integer::sum));
                if (Vfio.isVfioDriver(device.getDriver())) {
                    onVfio++;
                }
            }
            return new Summary.Counts(inventory.getDevices().size(), perBus, inventory.getIommuGroups().size(), onVfio);
        } catch (BackendException | RuntimeException e) {
            return new Summary.Counts(-1, Map.of(), -1, -1);
        }
    }
}
