package org.devassign.deploy.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.net.ssl.SSLContext;

import org.devassign.deploy.AgentLink;
import org.devassign.deploy.Target;

/**
 * bench/admission: a legitimate client's hello (connect, handshake, hello, close) against an agent
 * daemon, idle and then with slow handshakes open ({@link SlowHandshakes}), with the daemon's
 * threads and resident memory from /proc. Arguments: HOST:PORT CERTS PID N SLOW.
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
        hellos(target, context, 30);
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
        String after = vitals(pid);
        System.out.printf("hello (connect + TLS 1.3 + hello), n=%d each%n", n);
        System.out.printf("  idle agent:                      median %.1f ms, p99 %.1f ms%n", DeployBench.median(idle),
                DeployBench.percentile(idle, 99));
        System.out.printf("  with %d slow handshakes open:   median %.1f ms, p99 %.1f ms (%d of them still open at the end)%n", slowCount,
                DeployBench.median(loaded), DeployBench.percentile(loaded, 99), open);
        System.out.printf("  ratio against the idle agent:    median x%.2f, p99 x%.2f%n", DeployBench.median(loaded) / DeployBench.median(idle),
                DeployBench.percentile(loaded, 99) / DeployBench.percentile(idle, 99));
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

    /** Threads and VmRSS of the process {@code pid}. */
    static String vitals(long pid) throws IOException {
        String[] status = Files.readString(Path.of("/proc", String.valueOf(pid), "status")).split("\n");
        String threads = Arrays.stream(status).filter(l -> l.startsWith("Threads:")).findFirst().orElse("Threads: ?").replaceAll("\\s+", " ");
        String rss = Arrays.stream(status).filter(l -> l.startsWith("VmRSS:")).findFirst().orElse("VmRSS: ?").replaceAll("\\s+", " ");
        return threads + ", " + rss;
    }
}
