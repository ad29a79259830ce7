import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.devassign.dsl.generator.Target;
import org.devassign.dsl.workspace.ConfigWorkspace;
import org.devassign.dsl.workspace.Problem;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.InterruptKind;
import org.devassign.model.PciDevice;
import org.devassign.model.io.BoardFiles;
import org.devassign.testing.TestBoards;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The assignment language at scale: a board of N PCI devices (a BAR and an INTx each, one group
 * each) and a config assigning every one of them. Per size: parse (which reads the board too),
 * link, validate, and generate (C headers), in process and warm, with peak heap. Baseline, same
 * run: EMF reading the same board file (BoardFiles.load), the least any tool that looks at the
 * board must do. The goal (issue 14) is "parsed, linked and validated" within 3 times the
 * baseline: the ratio "checked" counts those three phases, "all" adds the generator.
 *
 * <p>Figures are the CPU time of the thread doing the work, best of several runs (the run with the
 * least parse + link + validate, the goal's measure; the baseline is measured after each run, so
 * that both sides see the same moments of a loaded machine): on a machine other
 * processes load, wall time measures the queue for the CPU, while CPU time still measures the work
 * (the process's CPU time is counted in clock ticks, and adds the JIT's threads). The garbage
 * collector's pauses are not in it; they are printed apart (gc), as is the best run's wall time.
 * Fails (exit 1) if 50k takes more than 5.5x the time of 10k: the pipeline must stay linear.
 */
public final class DslScale {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("devassign-bench-dsl");
        int[] sizes = { 1_000, 10_000, 50_000 };
        for (int n : sizes) {
            write(Files.createDirectories(dir.resolve("n" + n)), n); // one folder per size: a config is read with its folder
        }
        // warm-up: the JIT sees every phase before anything is measured
        for (int i = 0; i < 5; i++) {
            run(dir, 1_000);
        }
        run(dir, 10_000);
        System.out.println("CPU time of the working thread, best of 7 (50k: of 2) by parse + link + validate, each run followed by"
                + " the baseline (best of 3 there); load average " + loadAverage());
        System.out.printf("%-7s %9s %9s %9s %9s %9s %9s %7s %11s %9s %8s %8s%n", "devices", "parse", "link", "validate", "generate", "total",
                "(wall)", "(gc)", "peak heap", "XMI", "checked", "all");
        double[] totals = new double[sizes.length];
        for (int s = 0; s < sizes.length; s++) {
            Result best = null;
            double baseline = Double.MAX_VALUE;
            for (int repeat = 0; repeat < (sizes[s] >= 50_000 ? 2 : 7); repeat++) {
                Result result = run(dir, sizes[s]);
                best = best == null || result.checked() < best.checked() ? result : best;
                baseline = Math.min(baseline, baseline(dir, sizes[s])); // beside each run: both see the machine's load of the moment
            }
            totals[s] = best.total();
            System.out.printf("%-7d %7.0fms %7.0fms %7.0fms %7.0fms %7.0fms %7.0fms %5dms %7d MiB %7.0fms %7s %8s%n", sizes[s], best.parse,
                    best.link, best.validate, best.generate, best.total(), best.wall, best.gc, best.peakHeap >> 20, baseline,
                    String.format("x%.1f", best.checked() / baseline), String.format("x%.1f", best.total() / baseline));
        }
        double ratio = totals[2] / totals[1];
        System.out.printf("checked: parse + link + validate over XMI (goal: x3 at 10k); all: with the generator.%n"
                + "50k / 10k: x%.2f (linear is x5; limit x5.5); 10k warm in process: %.0f ms CPU; heap limit %d MiB%n",
                ratio, totals[1], Runtime.getRuntime().maxMemory() >> 20);
        if (ratio > 5.5) {
            System.out.println("FAIL: 50k took more than 5.5x the time of 10k");
            System.exit(1);
        }
    }

    record Result(double parse, double link, double validate, double generate, double wall, long gc, long peakHeap) {
        double checked() {
            return parse + link + validate;
        }

        double total() {
            return checked() + generate;
        }
    }

    static Result run(Path dir, int n) throws Exception {
        System.gc();
        resetPeaks();
        ConfigWorkspace workspace = ConfigWorkspace.create();
        Path file = dir.resolve("n" + n).resolve("scale" + n + ".assign");
        long wall = System.nanoTime();
        long gc = gcMillis();
        long t0 = cpu();
        AssignmentConfig config = workspace.config(file); // private to this run: the model may be kept
        long t1 = cpu();
        EcoreUtil.resolveAll(config);
        long t2 = cpu();
        List<Problem> problems = workspace.validate(file);
        long t3 = cpu();
        int files = Target.C.generate(config, Target.Generator.Options.DEFAULT).size();
        long t4 = cpu();
        wall = System.nanoTime() - wall;
        gc = gcMillis() - gc;
        if (!problems.isEmpty() || files != 8 || config.getAssignments().size() != n) {
            throw new IllegalStateException("unexpected: " + problems.size() + " problems, first " + problems.stream().findFirst()
                    + ", " + files + " headers");
        }
        return new Result(ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(wall), gc, peakHeap());
    }

    static double baseline(Path dir, int n) throws Exception {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            long t0 = cpu();
            Board board = BoardFiles.load(dir.resolve("n" + n).resolve("scale" + n + ".board"));
            best = Math.min(best, ms(cpu() - t0));
            if (board.getDevices().size() != n) {
                throw new IllegalStateException("board has " + board.getDevices().size() + " devices");
            }
        }
        return best;
    }

    static void write(Path dir, int n) throws Exception {
        Board board = TestBoards.board("scale" + n);
        StringBuilder config = new StringBuilder("config scale" + n + " for \"scale" + n + ".board\"\n");
        for (int c = 0; c < 8; c++) {
            config.append("userspace drv").append(c).append(" { memlock 64 GiB }\n");
        }
        for (int i = 0; i < n; i++) {
            String address = String.format("%04x:%02x:%02x.%x", i >> 13, (i >> 5) & 0xff, i & 0x1f, 0);
            PciDevice device = TestBoards.pci(board, "d" + i, address, 0x100000000L + ((long) i << 12));
            device.getInterrupts().get(0).setKind(InterruptKind.INTX);
            TestBoards.group(board, i, device);
            config.append("assign d").append(i).append(" to drv").append(i % 8).append(" {\n\tmap BAR0\n\tirq intx eventfd\n}\n");
        }
        BoardFiles.save(board, dir.resolve("scale" + n + ".board"));
        Files.writeString(dir.resolve("scale" + n + ".assign"), config);
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** This thread's CPU time so far, in nanoseconds (user and system). */
    static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Milliseconds the garbage collectors spent so far (their pauses, as wall time). */
    static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }

    static String loadAverage() {
        return String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
