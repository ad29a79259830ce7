package org.devassign.agent.service.unix;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGHUP, the daemon's "read your files again" ({@code systemctl reload}, {@code kill -HUP}): the
 * listeners registered here run on the JVM's signal thread, one after the other. The JVM's own
 * handler (a shutdown, as for SIGTERM) is replaced once the first listener registers, so a SIGHUP
 * never stops the agent. A process that inherited SIGHUP ignored (started under {@code nohup}) keeps
 * it ignored: the JVM will not take over an ignored SIGHUP, so nothing here ever runs, and
 * {@link #add} says so for the agent to tell its operator.
 */
public final class Hangup {

    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();
    private static boolean installed;
    private static boolean ignored;

    private Hangup() {
    }

    /**
     * Runs {@code listener} on every SIGHUP until {@link #remove}d. Returns false when SIGHUP is
     * ignored in this process (inherited from whoever started it), so that no SIGHUP will reach it.
     */
    public static synchronized boolean add(Runnable listener) {
        if (!installed) {
            SignalHandler previous = Signal.handle(new Signal("HUP"), signal -> LISTENERS.forEach(Runnable::run));
            ignored = previous == SignalHandler.SIG_IGN;
            installed = true;
        }
        LISTENERS.add(listener);
        return !ignored;
    }

    public static void remove(Runnable listener) {
        LISTENERS.remove(listener);
    }

    /** Whether SIGHUP is handled here (no longer the JVM's shutdown, and not ignored). */
    public static synchronized boolean installed() {
        return installed && !ignored;
    }
}
