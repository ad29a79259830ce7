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
 * threads, resident memory and heap after a collection, and idle again after. Arguments: HOST:PORT
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
        String after = vitals(pid);
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
     * Threads and VmRSS of the process {@code pid} (/proc), and its heap in use after a full
     * collection (jcmd GC.run, GC.heap_info): resident memory rarely shrinks once the heap has grown,
     * the heap after a collection says whether what the abuse cost was given back.
     */
    static String vitals(long pid) throws IOException, InterruptedException {
        String[] status = Files.readString(Path.of("/proc", String.valueOf(pid), "status")).split("\n");
        String threads = Arrays.stream(status).filter(l -> l.startsWith("Threads:")).findFirst().orElse("Threads: ?").replaceAll("\\s+", " ");
        String rss = Arrays.stream(status).filter(l -> l.startsWith("VmRSS:")).findFirst().orElse("VmRSS: ?").replaceAll("\\s+", " ");
        jcmd(pid, "GC.run");
        long usedKb = 0;
        for (String line : jcmd(pid, "GC.heap_info").split("\n")) {
            // the serial collector's generations ("DefNew total ..K, used ..K", "Tenured ..."); Metaspace is not heap
            Matcher used = Pattern.compile("^(DefNew|Tenured)\\s+total \\d+K, used (\\d+)K").matcher(line);
            if (used.find()) {
                usedKb += Long.parseLong(used.group(2));
            }
        }
        return threads + ", " + rss + ", heap in use after a full GC: " + usedKb / 1024 + " MB";
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
