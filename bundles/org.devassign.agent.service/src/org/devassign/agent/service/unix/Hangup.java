package org.devassign.agent.service.unix;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import sun.misc.Signal;

/**
 * SIGHUP, the daemon's "read your files again" ({@code systemctl reload}, {@code kill -HUP}): the
 * listeners registered here run on the JVM's signal thread, one after the other. The JVM's own
 * handler (a shutdown, as for SIGTERM) is replaced once the first listener registers, so a SIGHUP
 * never stops the agent.
 */
public final class Hangup {

    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();
    private static boolean installed;

    private Hangup() {
    }

    /** Runs {@code listener} on every SIGHUP until {@link #remove}d. */
    public static synchronized void add(Runnable listener) {
        if (!installed) {
            Signal.handle(new Signal("HUP"), signal -> LISTENERS.forEach(Runnable::run));
            installed = true;
        }
        LISTENERS.add(listener);
    }

    public static void remove(Runnable listener) {
        LISTENERS.remove(listener);
    }

    /** Whether SIGHUP is handled here (no longer the JVM's shutdown). */
    public static synchronized boolean installed() {
        return installed;
    }
}
