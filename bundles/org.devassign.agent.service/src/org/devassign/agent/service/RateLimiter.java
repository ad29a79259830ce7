package org.devassign.agent.service;

/** A token bucket: {@code rate} requests per second on average, bursts up to {@code 2 * rate}. */
final class RateLimiter {

    private final double rate;
    private final double burst;
    private double tokens;
    private long last = System.nanoTime();

    RateLimiter(double rate) {
        this.rate = rate;
        this.burst = Math.max(1, 2 * rate);
        this.tokens = burst;
    }

    synchronized boolean take() {
        long now = System.nanoTime();
        tokens = Math.min(burst, tokens + (now - last) / 1e9 * rate);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
