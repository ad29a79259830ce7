package org.devassign.deploy.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.devassign.agent.api.RegisterAccess;
import org.devassign.agent.api.RollbackRequest;
import org.devassign.core.identity.DeviceId;
import org.devassign.deploy.AgentLink;
import org.devassign.deploy.Target;
import org.devassign.testing.QemuEdu;

/**
 * bench/load: N concurrent clients (own TLS connection each, debugger role) doing register reads
 * with an inventory every 10th request, for S seconds. Reports throughput, p50/p99 per kind,
 * errors, and whether every request got its answer.
 *
 * <pre>LoadBench HOST:PORT CERTS [CLIENTS] [SECONDS]</pre>
 */
public final class LoadBench {

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        Target target = Target.parse(args[0]);
        Path certs = Path.of(args[1]);
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        try (AgentLink operator = AgentLink.connect(target, AgentLink.Identity.of(certs, "operator"), p -> {
        }, c -> {
        })) {
            operator.call(operator.agent().apply(DeployBench.ONE));
            AtomicLong sent = new AtomicLong();
            AtomicLong answered = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            List<double[]> reads = new ArrayList<>();
            List<double[]> inventories = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            // connect every client first (TLS handshakes are slow in a TCG guest), then measure the window
            java.util.concurrent.CountDownLatch connected = new java.util.concurrent.CountDownLatch(clients);
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            long[] window = new long[1];
            int[] readCount = new int[clients];
            int[] invCount = new int[clients];
            for (int c = 0; c < clients; c++) {
                double[] r = new double[100_000];
                double[] inv = new double[20_000];
                reads.add(r);
                inventories.add(inv);
                int client = c;
                threads.add(Thread.ofPlatform().start(() -> {
                    AgentLink opened = null;
                    try {
                        opened = AgentLink.connect(target, AgentLink.Identity.of(certs, "debugger"), p -> {
                        }, x -> {
                        });
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        System.err.println("client " + client + " cannot connect: " + e.getMessage());
                    } finally {
                        connected.countDown();
                    }
                    if (opened == null) {
                        return;
                    }
                    try (AgentLink link = opened) {
                        go.await();
                        long end = window[0];
                        RegisterAccess id = new RegisterAccess(DeviceId.parse("0000:00:05.0"), 0, 0, 4, 0);
                        long i = 0;
                        while (System.nanoTime() < end) {
                            long t0 = System.nanoTime();
                            sent.incrementAndGet();
                            try {
                                if (i++ % 10 == 9) {
                                    link.call(link.agent().inventory());
                                    if (invCount[client] < inv.length) {
                                        inv[invCount[client]++] = (System.nanoTime() - t0) / 1e6;
                                    }
                                } else {
                                    long v = link.call(link.agent().read(id)).value();
                                    if (v != QemuEdu.ID) {
                                        errors.incrementAndGet();
                                    }
                                    if (readCount[client] < r.length) {
                                        r[readCount[client]++] = (System.nanoTime() - t0) / 1e6;
                                    }
                                }
                                answered.incrementAndGet();
                            } catch (IOException e) {
                                errors.incrementAndGet();
                                answered.incrementAndGet();
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
            long c0 = System.nanoTime();
            connected.await();
            System.out.printf("load: %d clients connected (mutual TLS handshakes) in %.1f s%n", clients, (System.nanoTime() - c0) / 1e9);
            long t0 = System.nanoTime();
            window[0] = t0 + seconds * 1_000_000_000L;
            go.countDown();
            for (Thread t : threads) {
                t.join();
            }
            double elapsed = (System.nanoTime() - t0) / 1e9;
            double[] allReads = concat(reads, readCount);
            double[] allInv = concat(inventories, invCount);
            System.out.printf("load: %d clients for %.0f s: %d requests (%d reads, %d inventories), %.1f req/s; errors %d; answered %d of %d%n",
                    clients, elapsed, answered.get(), allReads.length, allInv.length, answered.get() / elapsed, errors.get(), answered.get(),
                    sent.get());
            System.out.printf("load: register read p50 %.1f ms, p99 %.1f ms; inventory p50 %.1f ms, p99 %.1f ms%n",
                    DeployBench.percentile(allReads, 50), DeployBench.percentile(allReads, 99), DeployBench.percentile(allInv, 50),
                    DeployBench.percentile(allInv, 99));
            operator.call(operator.agent().rollback(new RollbackRequest(null)));
        }
    }

    private static double[] concat(List<double[]> parts, int[] counts) {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        double[] all = new double[total];
        int at = 0;
        for (int i = 0; i < parts.size(); i++) {
            System.arraycopy(parts.get(i), 0, all, at, counts[i]);
            at += counts[i];
        }
        return all;
    }
}
