package org.devassign.agent.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refused unauthenticated connections, counted per source address and interval instead of written
 * one line each: anyone who can reach the port can make them, and a thousand connects must not make
 * a thousand fsync'ed lines. The first refusal of a source in an interval is told at once (so the
 * log shows an attack when it starts); the others of that interval are summed, by reason, into one
 * line when the interval ends. At most {@link #MAX_SOURCES} sources are told apart per interval;
 * the others are summed under "other sources".
 */
final class RefusalTally {

    static final int MAX_SOURCES = 1024;
    static final String OTHERS = "other sources";
    private static final int MAX_REASONS = 8;

    /** A summary line: {@code count} more refusals from {@code source}, by reason. */
    record Summary(String source, String action, long count, Map<String, Long> reasons) {
        String detail(long intervalMillis) {
            StringBuilder text = new StringBuilder().append(count).append(" more refused ").append(count == 1 ? "connection" : "connections")
                    .append(" from ").append(source).append(" in ").append(intervalMillis / 1000).append(" s:");
            reasons.forEach((reason, n) -> text.append(' ').append(n).append(" x ").append(reason).append(';'));
            text.setLength(text.length() - 1);
            return text.toString();
        }
    }

    private static final class Count {
        final String action;
        long count;
        final Map<String, Long> reasons = new LinkedHashMap<>();

        Count(String action) {
            this.action = action;
        }
    }

    private Map<String, Count> interval = new LinkedHashMap<>();

    /** Counts a refusal; true when it is the first of its source in this interval (to be written at once). */
    synchronized boolean add(String source, String action, String reason) {
        Count count = interval.get(source);
        if (count == null) {
            if (interval.size() >= MAX_SOURCES) {
                count = interval.computeIfAbsent(OTHERS, s -> new Count(action));
                tally(count, reason);
                return false;
            }
            interval.put(source, new Count(action));
            return true;
        }
        tally(count, reason);
        return false;
    }

    private static void tally(Count count, String reason) {
        count.count++;
        if (count.reasons.containsKey(reason) || count.reasons.size() < MAX_REASONS) {
            count.reasons.merge(reason, 1L, Long::sum);
        } else {
            count.reasons.merge("other reasons", 1L, Long::sum);
        }
    }

    /** Ends the interval: the summaries of sources refused more than once (or told apart no more). */
    synchronized List<Summary> drain() {
        List<Summary> summaries = new ArrayList<>();
        interval.forEach((source, count) -> {
            if (count.count > 0) {
                summaries.add(new Summary(source, count.action, count.count, Map.copyOf(count.reasons)));
            }
        });
        interval = new LinkedHashMap<>();
        return summaries;
    }
}
