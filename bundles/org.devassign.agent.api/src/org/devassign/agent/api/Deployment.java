package org.devassign.agent.api;

import java.util.List;

/**
 * What a client wants on the board: a config's devices. {@code digest} identifies the content, so an
 * agent recognizes the same deployment applied twice.
 *
 * @param consumers the user and group of each user-space consumer ({@link ConsumerCredentials});
 *            optional (absent in a client of the first protocol 2 release): a user-space consumer
 *            without credentials gets a hand-off socket only root may use
 */
public record Deployment(String config, String digest, List<DeviceRequest> devices, List<ConsumerCredentials> consumers) {

    /** A deployment that states no consumer credentials. */
    public Deployment(String config, String digest, List<DeviceRequest> devices) {
        this(config, digest, devices, null);
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
