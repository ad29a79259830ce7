package org.devassign.deploy.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * bench/fleet's comparison as an operator makes it, with the command line ({@code ./devassign}, as
 * installed: its AOT cache, its JVM options): one {@code devassign fleet deploy} to every board of the
 * bench's fleet against {@code devassign deploy} to one board, run board after board. Both are whole
 * processes, timed from their start to their exit: the JVM's start, the connection (to the broker and
 * the boards' retained births; to the agent over mutual TLS), the plan, the apply and its result. The
 * direct side is a timed sample, extrapolated, each deploy rolled back (untimed) before the next.
 * The in-process comparison of {@link FleetBench} leaves the processes' starts out of both sides.
 */
final class FleetCliComparison {

    private final Path repo;
    private final Path dir;

    FleetCliComparison(Path repo, Path dir) {
        this.repo = repo;
        this.dir = dir;
    }

    /**
     * @param certs the operator's identities at the broker (the bench's folder)
     * @return the seconds {@code devassign fleet deploy} took end to end
     */
    double fleetDeploy(String broker, Path certs, int boards) throws IOException, InterruptedException {
        List<String> remote = List.of("--broker", broker, "--certs", certs.toString(), "--state", dir.resolve("cli-rollouts").toString());
        double seconds = run("fleet-deploy", with(List.of("fleet", "deploy", config().toString(), "--canary", "0", "--wave",
                Integer.toString(boards), "--timeout", "120"), remote));
        double rollback = run("fleet-rollback", with(List.of("fleet", "rollback", "--timeout", "120"), remote));
        System.out.printf("as an operator types it: devassign fleet deploy to %d boards in one wave, end to end (the process's start to its"
                + " exit) %.2f s; devassign fleet rollback %.2f s%n", boards, seconds, rollback);
        return seconds;
    }

    /**
     * {@code devassign deploy} to a simulated agent of its own (the bench's direct-deploy agent), {@code sample} times.
     *
     * @return the mean seconds of one deploy
     */
    double directDeploys(int sample) throws Exception {
        double[] seconds = new double[sample];
        try (TestAgent agent = TestAgent.start(dir.resolve("direct"), null)) {
            List<String> remote = List.of("--target", "127.0.0.1:" + agent.main.port(), "--certs", agent.dir.toString());
            for (int i = -1; i < sample; i++) { // the first untimed (the page cache warm); the fleet's side has no such run
                double s = run("deploy", with(List.of("deploy", config().toString()), remote));
                run("rollback", with(List.of("rollback"), remote));
                if (i >= 0) {
                    seconds[i] = s;
                }
            }
        }
        double mean = Arrays.stream(seconds).average().orElseThrow();
        System.out.printf("as an operator types it: devassign deploy to one board (the process's start to its exit), a timed sample of %d:"
                + " mean %.0f ms, min %.0f ms, max %.0f ms%n", sample, mean * 1000, Arrays.stream(seconds).min().orElseThrow() * 1000,
                Arrays.stream(seconds).max().orElseThrow() * 1000);
        return mean;
    }

    private Path config() {
        return repo.resolve("bench/fleet/edu.assign");
    }

    private static List<String> with(List<String> command, List<String> options) {
        List<String> all = new ArrayList<>(command);
        all.addAll(options);
        return all;
    }

    /**
     * Runs {@code ./devassign ARGS}, its output to a file; the seconds it took; fails unless it exits 0. (Not the
     * tests' {@code VirtualBoard.run}: the bench runs on a plain class path, without the test framework it needs.)
     */
    private double run(String name, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(repo.resolve("devassign").toString());
        command.addAll(args);
        Path log = dir.resolve("cli-" + name + ".log");
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not end within 300 s: see " + log);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (process.exitValue() != 0) {
            List<String> lines = Files.readAllLines(log);
            throw new IllegalStateException(String.join(" ", command) + " exited " + process.exitValue() + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
        }
        return seconds;
    }
}
