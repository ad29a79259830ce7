package org.devassign.deploy.tests;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The agent's platform threads and heap, taken before, during and after an abuse test and printed
 * as one line ("VITALS name: threads 31/33/31, heap MB 20/41/21"). The agent runs in the test's
 * JVM; the abusive clients use no thread per connection, so the figures are the agent's.
 */
final class AgentVitals {

    private final String name;
    private final List<long[]> samples = new ArrayList<>();

    AgentVitals(String name) {
        this.name = name;
    }

    /** Platform threads now, and heap in use after a collection. */
    long[] sample() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long[] sample = { ManagementFactory.getThreadMXBean().getThreadCount(), (runtime.totalMemory() - runtime.freeMemory()) >> 20 };
        samples.add(sample);
        return sample;
    }

    static int threads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    /** Prints the samples taken so far, in order. */
    String print() {
        StringBuilder threads = new StringBuilder();
        StringBuilder heap = new StringBuilder();
        for (long[] s : samples) {
            threads.append(threads.isEmpty() ? "" : "/").append(s[0]);
            heap.append(heap.isEmpty() ? "" : "/").append(s[1]);
        }
        String line = "VITALS " + name + ": platform threads " + threads + ", heap MB " + heap + " (before/during/after)";
        System.out.println(line);
        return line;
    }
}
