package org.devassign.agent.service;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.api.IrqCounts;
import org.devassign.agent.api.WatchRequest;
import org.devassign.agent.service.backend.DeviceHandle;
import org.devassign.core.identity.DeviceId;

/**
 * Interrupt counts of the devices the agent holds open, per index and per vector, and watches: counts sent at an interval for
 * a while, then the final counts as the answer. A watch ends early when its sink fails (the client
 * went away) or its thread is interrupted (its connection closed: {@link Session#close}). Watches
 * are limited ({@link WatchLimits}) per connection (in {@link Session}) and for the whole agent
 * (here): each holds a thread and wakes it every interval.
 */
final class Interrupts {

    /** The longest watch, and the shortest interval between two counts. */
    static final long MAX_MILLIS = 3_600_000;
    static final long MIN_INTERVAL_MILLIS = 50;

    private final Holdings holdings;
    private final WatchLimits limits;
    private final Semaphore running;

    Interrupts(Holdings holdings, WatchLimits limits) {
        this.holdings = holdings;
        this.limits = limits;
        this.running = new Semaphore(limits.total());
    }

    WatchLimits limits() {
        return limits;
    }

    /** Watches running now, for every connection. */
    int running() {
        return limits.total() - running.availablePermits();
    }

    IrqCounts counts(DeviceId device, boolean last) throws AgentException {
        DeviceHandle handle = holdings.handle(device);
        Map<String, Long> counts = new LinkedHashMap<>();
        handle.irqCounts().forEach((index, count) -> counts.put(String.valueOf(index), count));
        Map<String, List<Long>> vectors = new LinkedHashMap<>();
        handle.irqVectorCounts().forEach((index, perVector) -> vectors.put(String.valueOf(index), Arrays.stream(perVector).boxed().toList()));
        return new IrqCounts(device, counts, last, vectors);
    }

    /** Sends counts to {@code sink} every interval for the request's time; returns the final counts. */
    IrqCounts watch(WatchRequest request, Consumer<IrqCounts> sink) throws AgentException {
        if (request == null || request.device() == null) {
            throw AgentException.of(ErrorCode.INVALID_PARAMS, "watchIrqs needs a device");
        }
        counts(request.device(), false);
        if (!running.tryAcquire()) {
            throw AgentException.of(ErrorCode.BUSY, "the agent runs " + limits.total() + " interrupt watches already, its limit"
                    + " (limits.watches.total): wait for one to end, or watch for a shorter time");
        }
        try {
            long millis = Math.max(0, Math.min(request.millis(), MAX_MILLIS));
            long interval = Math.max(MIN_INTERVAL_MILLIS, request.intervalMillis());
            long end = System.nanoTime() + millis * 1_000_000;
            while (System.nanoTime() < end) {
                try {
                    Thread.sleep(Math.min(interval, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                try {
                    sink.accept(counts(request.device(), false));
                } catch (RuntimeException e) {
                    break;
                }
            }
            return counts(request.device(), true);
        } finally {
            running.release();
        }
    }
}
