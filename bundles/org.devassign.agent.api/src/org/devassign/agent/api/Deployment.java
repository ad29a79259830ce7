package org.devassign.agent.api;

import java.util.List;

/**
 * What a client wants on the board: a config's devices, and the virtual functions it creates on
 * SR-IOV physical functions before those devices are taken ({@code virtualFunctions}; null from a
 * client that predates SR-IOV, which means none). {@code digest} identifies the content, so an
 * agent recognizes the same deployment applied twice.
 */
public record Deployment(String config, String digest, List<DeviceRequest> devices, List<VfRequest> virtualFunctions) {

    /** A deployment that creates no virtual functions. */
    public Deployment(String config, String digest, List<DeviceRequest> devices) {
        this(config, digest, devices, List.of());
    }

    /** The VFs to create; empty when none (also when the client sent none). */
    public List<VfRequest> vfs() {
        return virtualFunctions == null ? List.of() : virtualFunctions;
    }
}
