package org.devassign.fleet.mqtt;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The executor Paho runs a connection's work on: each task (a connection's reader, writer and
 * callback loops, a connect) on a virtual thread, timers (keep-alive pings) on one shared platform
 * thread. A Paho connection otherwise takes three platform threads and a timer thread; a JVM that
 * simulates thousands of boards needs them to be cheap. Shared by every link of the JVM.
 */
public final class VirtualThreadScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private static final VirtualThreadScheduler SHARED = new VirtualThreadScheduler();

    private final ScheduledThreadPoolExecutor timers;

    private VirtualThreadScheduler() {
        timers = new ScheduledThreadPoolExecutor(1, r -> Thread.ofPlatform().daemon().name("mqtt timers").unstarted(r));
        timers.setRemoveOnCancelPolicy(true);
    }

    public static VirtualThreadScheduler shared() {
        return SHARED;
    }

    @Override
    public void execute(Runnable command) {
        Thread.ofVirtual().name("mqtt").start(command);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return timers.schedule(() -> execute(command), delay, unit);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return timers.schedule(callable, delay, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return timers.scheduleAtFixedRate(() -> execute(command), initialDelay, period, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return timers.scheduleWithFixedDelay(() -> execute(command), initialDelay, delay, unit);
    }

    /** The shared scheduler lives as long as the JVM: shutting it down is refused quietly. */
    @Override
    public void shutdown() {
    }

    @Override
    public List<Runnable> shutdownNow() {
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return false;
    }
}
