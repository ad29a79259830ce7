package org.devassign.agent.service;

/**
 * How many interrupt watches may run: each holds a thread and wakes it at every interval, so a client
 * could otherwise start them without end.
 *
 * @param perConnection watches one connection may run at a time (config: limits.watches.connection)
 * @param total watches the agent runs at a time, every connection together (config: limits.watches.total)
 */
public record WatchLimits(int perConnection, int total) {

    public static final WatchLimits DEFAULT = new WatchLimits(8, 64);
}
