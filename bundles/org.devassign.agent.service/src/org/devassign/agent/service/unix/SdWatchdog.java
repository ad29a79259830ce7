package org.devassign.agent.service.unix;

import java.io.IOException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Consumer;

/**
 * systemd's service watchdog ({@code WatchdogSec=} in the unit): systemd restarts the agent when no
 * {@code WATCHDOG=1} reaches {@code $NOTIFY_SOCKET} within {@code $WATCHDOG_USEC}. One daemon thread
 * sends it at half that interval, as sd_watchdog_enabled(3) advises, so one late ping is not yet a
 * restart.
 * <p>
 * A ping proves that the JVM is alive and runs its threads (a JVM stuck in a GC loop or hung in
 * native code stops them). It does not wait for the agent's lock: an apply may hold it longer than
 * the interval, and a restart in the middle of one would undo work that was going well.
 */
public final class SdWatchdog {

    /** Sends one {@code WATCHDOG=1}. */
    @FunctionalInterface
    public interface Ping {
        void send() throws IOException;
    }

    private SdWatchdog() {
    }

    /**
     * The interval within which systemd expects pings from process {@code pid}, read from the
     * environment systemd gave it; null when it expects none (no notify socket, no or a malformed
     * {@code WATCHDOG_USEC}, or a {@code WATCHDOG_PID} naming another process).
     */
    public static Duration interval(Map<String, String> env, long pid) {
        String socket = env.get("NOTIFY_SOCKET");
        String usec = env.get("WATCHDOG_USEC");
        String owner = env.get("WATCHDOG_PID");
        if (socket == null || socket.isBlank() || usec == null) {
            return null;
        }
        if (owner != null && !owner.strip().equals(Long.toString(pid))) {
            return null;
        }
        try {
            long micros = Long.parseLong(usec.strip());
            return micros > 0 ? Duration.of(micros, ChronoUnit.MICROS) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Starts pinging systemd at half the interval it asks for, saying so to {@code info}, and failures to
     * reach systemd to {@code problems}; returns the pinging thread (a daemon:
     * it ends with the JVM), or null when systemd asks for no watchdog.
     */
    public static Thread start(Map<String, String> env, long pid, Consumer<String> info, Consumer<String> problems) {
        Duration interval = interval(env, pid);
        if (interval == null) {
            return null;
        }
        String socket = env.get("NOTIFY_SOCKET");
        Duration period = interval.dividedBy(2);
        info.accept("systemd watchdog: WATCHDOG=1 every " + period.toMillis() + " ms (WatchdogSec " + interval.toMillis() + " ms)");
        return start(period, () -> SdNotify.notify(socket, "WATCHDOG=1"), problems);
    }

    /** Calls {@code ping} now and then every {@code period} until interrupted; a failure is logged once per run of failures. */
    public static Thread start(Duration period, Ping ping, Consumer<String> log) {
        return Thread.ofPlatform().daemon().name("systemd-watchdog").start(() -> {
            boolean failing = false;
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    ping.send();
                    failing = false;
                } catch (IOException | RuntimeException e) {
                    if (!failing) {
                        log.accept("systemd watchdog: cannot notify systemd (" + e.getMessage() + "); it will restart the agent if this lasts");
                    }
                    failing = true;
                }
                try {
                    Thread.sleep(period);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }
}
