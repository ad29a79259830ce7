package org.devassign.agent.service;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Who may be in a TLS handshake with the agent. A connection that has not proven a client
 * certificate yet costs a virtual thread and a socket, and is counted apart from authenticated
 * sessions: at most {@link Limits#perSource} per source address (more are closed at once, before
 * any TLS), at most {@link Limits#handshakes} in all (then the oldest gives way: a real client's
 * handshake takes milliseconds, so it is never the oldest for long), and each within
 * {@link Limits#handshakeMillis} from accept to finished, however slowly its bytes trickle in.
 * Slow or idle connections can therefore neither exhaust threads nor keep a real client out.
 */
final class Admission {

    /**
     * @param handshakes TLS handshakes in progress at a time, from all sources
     * @param perSource of which from one address
     * @param handshakeMillis the whole handshake, from accept
     * @param idleMillis an authenticated session with nothing in flight and no bytes either way for this long is closed
     */
    record Limits(int handshakes, int perSource, long handshakeMillis, long idleMillis) {
    }

    /** Why a pending handshake ended before it finished, when the agent ended it. */
    enum Ending {
        DEADLINE, EVICTED
    }

    /** One connection in its handshake. */
    final class Pending {
        final Socket socket;
        final InetAddress source;
        private ScheduledFuture<?> deadline;
        private volatile Ending ending;
        private boolean counted = true;

        private Pending(Socket socket, InetAddress source) {
            this.socket = socket;
            this.source = source;
        }

        /** Why the agent ended it (deadline, evicted), or null when the handshake ended on its own. */
        Ending ending() {
            return ending;
        }

        private void end(Ending why) {
            ending = why;
            try {
                socket.close();
            } catch (IOException e) {
                // closing
            }
        }
    }

    private final Limits limits;
    private final ScheduledExecutorService timer;
    private final LinkedHashSet<Pending> pending = new LinkedHashSet<>();
    private final Map<InetAddress, Integer> perSource = new HashMap<>();

    Admission(Limits limits, ScheduledExecutorService timer) {
        this.limits = limits;
        this.timer = timer;
    }

    Limits limits() {
        return limits;
    }

    /**
     * Admits {@code socket} into its handshake, or returns null when its source has
     * {@link Limits#perSource} handshakes in progress already (the caller closes it). When all
     * {@link Limits#handshakes} are taken, the oldest is ended to make room.
     */
    Pending admit(Socket socket) {
        InetAddress source = socket.getInetAddress();
        Pending admitted;
        Pending evicted = null;
        synchronized (this) {
            if (perSource.getOrDefault(source, 0) >= limits.perSource()) {
                return null;
            }
            if (pending.size() >= limits.handshakes()) {
                evicted = pending.iterator().next();
                release(evicted);
            }
            admitted = new Pending(socket, source);
            pending.add(admitted);
            perSource.merge(source, 1, Integer::sum);
        }
        if (evicted != null) {
            evicted.deadline.cancel(false);
            evicted.end(Ending.EVICTED);
        }
        // admit runs on the accept thread only, and the handshake starts after it returns: the deadline is set before either can end it
        admitted.deadline = timer.schedule(() -> expire(admitted), limits.handshakeMillis(), TimeUnit.MILLISECONDS);
        return admitted;
    }

    /** The deadline: a handshake still in progress is ended (one that just finished is left alone). */
    private void expire(Pending p) {
        synchronized (this) {
            if (!p.counted) {
                return;
            }
            release(p);
        }
        p.end(Ending.DEADLINE);
    }

    /** The handshake of {@code p} is over, whichever way: its place is free. */
    void finished(Pending p) {
        if (p.deadline != null) {
            p.deadline.cancel(false);
        }
        synchronized (this) {
            release(p);
        }
    }

    private void release(Pending p) {
        if (p.counted) {
            p.counted = false;
            pending.remove(p);
            perSource.computeIfPresent(p.source, (s, n) -> n > 1 ? n - 1 : null);
        }
    }

    /** Handshakes in progress now. */
    synchronized int pending() {
        return pending.size();
    }
}
