package org.devassign.deploy.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;

import org.devassign.deploy.AgentLink;
import org.devassign.deploy.Target;

/**
 * bench/admission: a legitimate client's hello (connect, handshake, hello, close) against an agent
 * daemon, idle, then with slow handshakes open ({@link SlowHandshakes}), with the daemon's
 * threads, resident memory and live heap after a collection, and idle again after. Arguments: HOST:PORT
 * CERTS PID N SLOW.
 */
public final class AdmissionBench {

    private AdmissionBench() {
    }

    public static void main(String[] args) throws Exception {
        Target target = Target.parse(args[0]);
        Path certs = Path.of(args[1]);
        long pid = Long.parseLong(args[2]);
        int n = Integer.parseInt(args[3]);
        int slowCount = Integer.parseInt(args[4]);
        SSLContext context = AgentLink.context(AgentLink.Identity.of(certs, "viewer"));
        // both JVMs compile the hello path first: the first phase must not pay for the JIT alone
        hellos(target, context, 2 * n);
        String before = vitals(pid);
        double[] idle = hellos(target, context, n);
        String during;
        double[] loaded;
        int open;
        try (SlowHandshakes slow = new SlowHandshakes(target, slowCount, 50, 9, 1000)) {
            Thread.sleep(2000);
            open = slow.open();
            during = vitals(pid);
            loaded = hellos(target, context, n);
            open = Math.min(open, slow.open());
        }
        Thread.sleep(3000);
        double[] idleAgain = hellos(target, context, n);
        // 'after' once the agent has settled (at most 30 s): the time it took is part of the figure
        long closed = System.nanoTime();
        String after = vitals(pid);
        while (liveMegabytes(after) > liveMegabytes(before) + 1 && System.nanoTime() - closed < 30_000_000_000L) {
            Thread.sleep(1000);
            after = vitals(pid);
        }
        after += String.format(" (%.0f s after the idle phase)", (System.nanoTime() - closed) / 1e9);
        System.out.printf("hello (connect + TLS 1.3 + hello), n=%d per phase, phases in this order%n", n);
        System.out.printf("  idle agent:                      median %.1f ms, p99 %.1f ms%n", DeployBench.median(idle),
                DeployBench.percentile(idle, 99));
        System.out.printf("  with %d slow handshakes open:   median %.1f ms, p99 %.1f ms (%d of them still open at the end)%n", slowCount,
                DeployBench.median(loaded), DeployBench.percentile(loaded, 99), open);
        System.out.printf("  idle agent again:                median %.1f ms, p99 %.1f ms%n", DeployBench.median(idleAgain),
                DeployBench.percentile(idleAgain, 99));
        double idleMedian = (DeployBench.median(idle) + DeployBench.median(idleAgain)) / 2;
        double idleP99 = (DeployBench.percentile(idle, 99) + DeployBench.percentile(idleAgain, 99)) / 2;
        System.out.printf("  ratio against the idle agent (mean of both idle phases): median x%.2f, p99 x%.2f%n",
                DeployBench.median(loaded) / idleMedian, DeployBench.percentile(loaded, 99) / idleP99);
        System.out.println("  agent before: " + before);
        System.out.println("  agent during: " + during);
        System.out.println("  agent after:  " + after);
    }

    /** The milliseconds of {@code n} hellos, one connection each. */
    static double[] hellos(Target target, SSLContext context, int n) throws IOException {
        double[] millis = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            try (AgentLink link = AgentLink.connect(target, context, p -> {
            }, c -> {
            })) {
                link.hello();
            }
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        return millis;
    }

    /**
     * Threads and VmRSS of the process {@code pid} (/proc), and its live heap: the bytes of the objects
     * a full collection leaves (jcmd GC.class_histogram collects first). Resident memory rarely shrinks
     * once the heap has grown, and the heap's "used" counts what was allocated since the collection;
     * the live objects say whether what the abuse cost was given back.
     */
    static String vitals(long pid) throws IOException, InterruptedException {
        String[] status = Files.readString(Path.of("/proc", String.valueOf(pid), "status")).split("\n");
        String threads = Arrays.stream(status).filter(l -> l.startsWith("Threads:")).findFirst().orElse("Threads: ?").replaceAll("\\s+", " ");
        String rss = Arrays.stream(status).filter(l -> l.startsWith("VmRSS:")).findFirst().orElse("VmRSS: ?").replaceAll("\\s+", " ");
        Matcher total = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)").matcher(jcmd(pid, "GC.class_histogram"));
        String live = total.find() ? String.format("%.1f MB", Long.parseLong(total.group(1)) / 1048576.0) : "?";
        return threads + ", " + rss + ", live heap after a full GC: " + live;
    }

    private static double liveMegabytes(String vitals) {
        Matcher live = Pattern.compile("live heap after a full GC: ([0-9.]+) MB").matcher(vitals);
        return live.find() ? Double.parseDouble(live.group(1)) : Double.MAX_VALUE;
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException("jcmd " + pid + " " + command + " failed: " + output);
        }
        return output;
    }
}
