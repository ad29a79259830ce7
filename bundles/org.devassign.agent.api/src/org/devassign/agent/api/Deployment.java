package org.devassign.agent.api;

import java.util.List;

/**
 * What a client wants on the board: a config's devices. {@code digest} identifies the content, so an
 * agent recognizes the same deployment applied twice.
 */
public record Deployment(String config, String digest, List<DeviceRequest> devices) {
}
