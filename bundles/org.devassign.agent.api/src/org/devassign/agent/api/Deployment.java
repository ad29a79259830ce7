package org.devassign.agent.api;

import java.util.List;

/**
 * What a client wants on the board: a config's devices, and the virtual functions it creates on
 * SR-IOV physical functions before those devices are taken ({@code virtualFunctions}; null
 * means none). {@code digest} identifies the content, so an
 * agent recognizes the same deployment applied twice.
 *
 * @param consumers the user and group of each user-space consumer ({@link ConsumerCredentials});
 *            optional (absent when the config states none): a user-space consumer
 *            without credentials gets a hand-off socket only root may use
 */
public record Deployment(String config, String digest, List<DeviceRequest> devices, List<VfRequest> virtualFunctions,
        List<ConsumerCredentials> consumers) {

    /** A deployment that creates no virtual functions and states no consumer credentials. */
    public Deployment(String config, String digest, List<DeviceRequest> devices) {
        this(config, digest, devices, List.of(), null);
    }

    /** A deployment that states no consumer credentials. */
    public Deployment(String config, String digest, List<DeviceRequest> devices, List<VfRequest> virtualFunctions) {
        this(config, digest, devices, virtualFunctions, null);
    }

    /** The VFs to create; empty when none (also when the client sent none). */
    public List<VfRequest> vfs() {
        return virtualFunctions == null ? List.of() : virtualFunctions;
    }

    /** The credentials stated for {@code consumer}, or null. */
    public ConsumerCredentials credentialsOf(ConsumerName consumer) {
        if (consumers != null) {
            for (ConsumerCredentials c : consumers) {
                if (c != null && consumer.equals(c.consumer())) {
                    return c;
                }
            }
        }
        return null;
    }
}
