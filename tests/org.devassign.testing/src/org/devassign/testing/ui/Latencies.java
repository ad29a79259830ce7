package org.devassign.testing.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Median, 95th percentile and maximum of a list of milliseconds, and a line that says them. */
public record Latencies(int count, double median, double p95, double max) {

    public static Latencies of(List<Double> millis) {
        if (millis.isEmpty()) {
            return new Latencies(0, Double.NaN, Double.NaN, Double.NaN);
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return new Latencies(sorted.size(), percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1));
    }

    /** The nearest-rank percentile. */
    static double percentile(List<Double> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "n=%d median %.1f ms, p95 %.1f ms, max %.1f ms", count, median, p95, max);
    }
}
