package org.devassign.fleet.sign;

import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The nonces of commands still within their validity: a nonce seen twice is a replay. A nonce is
 * forgotten when its command expires (an expired command is refused anyway), so the memory is
 * bounded by the commands of the last validity window; beyond {@code capacity} it refuses new
 * commands rather than forget one that could still be replayed.
 */
final class ReplayGuard {

    private record Entry(String nonce, long expires) {
    }

    private final int capacity;
    private final Map<String, Long> seen = new HashMap<>();
    private final PriorityQueue<Entry> byExpiry = new PriorityQueue<>((a, b) -> Long.compare(a.expires(), b.expires()));

    ReplayGuard(int capacity) {
        this.capacity = capacity;
    }

    /** True the first time a nonce is offered within its validity, false for a replay (or when full). */
    synchronized boolean firstUse(String nonce, long expires, long now) {
        while (!byExpiry.isEmpty() && byExpiry.peek().expires() < now) {
            seen.remove(byExpiry.poll().nonce());
        }
        if (seen.containsKey(nonce) || seen.size() >= capacity) {
            return false;
        }
        seen.put(nonce, expires);
        byExpiry.add(new Entry(nonce, expires));
        return true;
    }
}
