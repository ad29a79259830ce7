package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.devassign.agent.service.unix.Native;
import org.devassign.agent.service.unix.SdWatchdog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The systemd watchdog pings (WatchdogSec=): when they are due, how often, and through a real notify socket. */
class SdWatchdogTest {

    private static final long PID = 4242;

    @TempDir
    Path dir;

    @Test
    void theIntervalIsSystemdsWatchdogUsecForThisProcessOnly() {
        assertEquals(Duration.ofSeconds(20), SdWatchdog.interval(env("20000000", null), PID));
        assertEquals(Duration.ofMillis(1500), SdWatchdog.interval(env(" 1500000 ", "4242"), PID));
        assertNull(SdWatchdog.interval(env("20000000", "4243"), PID), "WATCHDOG_PID names another process");
        assertNull(SdWatchdog.interval(env("0", null), PID), "0: no watchdog");
        assertNull(SdWatchdog.interval(env("-5", null), PID));
        assertNull(SdWatchdog.interval(env("20s", null), PID), "not a number of microseconds");
        assertNull(SdWatchdog.interval(env("99999999999999999999999", null), PID), "out of range");
        assertNull(SdWatchdog.interval(Map.of("WATCHDOG_USEC", "20000000"), PID), "no notify socket: nobody to ping");
        assertNull(SdWatchdog.interval(Map.of("NOTIFY_SOCKET", "/run/systemd/notify"), PID), "no WatchdogSec in the unit");
        assertNull(SdWatchdog.start(Map.of("NOTIFY_SOCKET", "/run/systemd/notify"), PID, line -> {
        }, line -> {
        }), "nothing to start");
    }

    @Test
    void pingsRepeatAtThePeriodAndAFailureIsLoggedOncePerRun() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch six = new CountDownLatch(6);
        List<String> log = new CopyOnWriteArrayList<>();
        long started = System.nanoTime();
        Thread pinger = SdWatchdog.start(Duration.ofMillis(20), () -> {
            int call = calls.incrementAndGet();
            six.countDown();
            if (call == 2 || call == 3 || call == 5) {
                throw new IOException("Connection refused");
            }
        }, log::add);
        try {
            assertTrue(six.await(10, TimeUnit.SECONDS), "six pings");
            assertTrue(System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(5 * 20), "paced by the period, not a busy loop");
            assertTrue(pinger.isDaemon(), "it must not keep the JVM alive");
            assertEquals(2, log.size(), "failures 2-3 are one run, 5 another: " + log);
            assertTrue(log.getFirst().contains("Connection refused"), log.getFirst());
        } finally {
            pinger.interrupt();
        }
        pinger.join(5000);
        assertTrue(!pinger.isAlive(), "an interrupt ends it");
    }

    @Test
    void systemdReceivesWatchdogPingsOnItsNotifySocketAtHalfTheInterval() throws IOException {
        Path path = dir.resolve("notify.sock");
        int systemd = Native.boundDatagramSocket(path.toString());
        List<String> log = new CopyOnWriteArrayList<>();
        List<String> problems = new CopyOnWriteArrayList<>();
        Thread pinger = SdWatchdog.start(Map.of("NOTIFY_SOCKET", path.toString(), "WATCHDOG_USEC", "200000", "WATCHDOG_PID",
                Long.toString(PID)), PID, log::add, problems::add);
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                for (int i = 0; i < 3; i++) {
                    assertEquals("WATCHDOG=1", new String(Native.receiveWithFds(systemd, 4096).data(), StandardCharsets.UTF_8));
                }
            });
            assertEquals(List.of("systemd watchdog: WATCHDOG=1 every 100 ms (WatchdogSec 200 ms)"), log);
            assertEquals(List.of(), problems, "pings that reach systemd are no problem");
        } finally {
            pinger.interrupt();
            Native.close(systemd);
        }
    }

    private static Map<String, String> env(String usec, String pid) {
        return pid == null ? Map.of("NOTIFY_SOCKET", "/run/systemd/notify", "WATCHDOG_USEC", usec)
                : Map.of("NOTIFY_SOCKET", "/run/systemd/notify", "WATCHDOG_USEC", usec, "WATCHDOG_PID", pid);
    }
}
