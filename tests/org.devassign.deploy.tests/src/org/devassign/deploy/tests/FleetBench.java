package org.devassign.deploy.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.devassign.agent.api.RollbackRequest;
import org.devassign.deploy.AgentLink;
import org.devassign.fleet.LabelSelector;
import org.devassign.fleet.client.FleetConnection;
import org.devassign.fleet.mqtt.MqttLink;
import org.devassign.fleet.rollout.Rollout;
import org.devassign.fleet.rollout.RolloutState;
import org.devassign.fleet.rollout.RolloutStore;
import org.devassign.testing.RepoFiles;
import org.devassign.testing.fleet.FleetFixture;
import org.devassign.testing.fleet.Mosquitto;
import org.devassign.testing.fleet.SimulatedFleet;

/**
 * bench/fleet: BOARDS simulated agents (the real agent service each, its own certificate and MQTT
 * connection) on one Mosquitto on 127.0.0.1, all in this JVM. Measures: bringing them up; the heap
 * each idle agent holds; one rollout of a three-device config to every board, end to end (the
 * operator's first command to the last board's result: signature, broker, plan and journaled apply
 * on the simulated backend, progress, result); broker messages per deployed board (Mosquitto's
 * $SYS counters, and the operator's own count); a broker restart to every agent back online. The
 * baseline, in the same run: sequential direct deploys of the same config (a new mutual-TLS
 * connection, apply, close, as {@code devassign deploy} does per board) to a simulated agent, a
 * timed sample extrapolated to BOARDS (rolled back between deploys, untimed).
 *
 * <p>A process holds two file descriptors per idle board (its journal's lock, its socket): past
 * {@code FLEET_PER_JVM} boards (5,000) the rest run in child JVMs of this class
 * ({@code --part FIRST COUNT WORKDIR BROKER}), each its own process under its own descriptor limit.
 * The operator, the broker and the measurements stay here.
 *
 * <pre>
 * FleetBench BOARDS SEQUENTIAL_SAMPLE WORKDIR
 * </pre>
 */
public final class FleetBench {

    private FleetBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--part")) {
            part(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Path.of(args[3]), args[4]);
            return;
        }
        int boards = Integer.parseInt(args[0]);
        int perJvm = System.getenv("FLEET_PER_JVM") == null ? 5000 : Integer.parseInt(System.getenv("FLEET_PER_JVM"));
        int local = Math.min(boards, perJvm);
        int sample = Integer.parseInt(args[1]);
        Path dir = Files.createDirectories(Path.of(args[2]));
        TestAgent.certs(dir);
        Mosquitto broker = Mosquitto.start(dir, FleetFixture.clients(), List.of("sys_interval 1"));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long heapBefore = heapAfterGc(memory);
        long fdsBefore = openFiles(ProcessHandle.current().pid());
        long brokerFdsBefore = openFiles(broker.pid());
        long t0 = System.nanoTime();
        SimulatedFleet fleet;
        try {
            fleet = SimulatedFleet.start(dir.resolve("boards"), dir, broker.uri(), FleetFixture.rules(dir), 0, local,
                    i -> Map.of("rack", "r" + i % 10), null);
        } catch (Exception | Error e) {
            broker.close(); // a fleet that cannot be made (10,000 boards: too many open files) leaves no broker behind
            throw e;
        }
        List<Process> parts = new java.util.ArrayList<>();
        for (int first = local; first < boards; first += perJvm) {
            parts.add(startPart(first, Math.min(perJvm, boards - first), dir, broker.uri()));
            Cpu.PARTS.add(parts.getLast().pid());
        }
        if (!fleet.awaitConnected(Duration.ofSeconds(600))) {
            throw new IllegalStateException("only " + fleet.connected() + " of " + local + " boards of this JVM connected");
        }
        for (Process part : parts) {
            awaitLine(part, "connected", Duration.ofSeconds(1200));
        }
        double upSeconds = (System.nanoTime() - t0) / 1e9;
        Thread.sleep(3000);
        long heapIdle = heapAfterGc(memory);
        System.out.printf("%d agents up (journal, audit, certificate, TLS connection, birth and summary): %.1f s; threads %d;"
                + " %d of them in this JVM, %d in %d more%n", boards, upSeconds, Thread.activeCount(), local, boards - local, parts.size());
        long fds = openFiles(ProcessHandle.current().pid());
        System.out.printf("file descriptors of the idle fleet: %d in this JVM (%d before it: %.2f per board; limit %s), %d more in the broker"
                + " (%.2f per board)%n", fds, fdsBefore, (fds - fdsBefore) / (double) local, fileLimit(), openFiles(broker.pid()) - brokerFdsBefore,
                (openFiles(broker.pid()) - brokerFdsBefore) / (double) boards);
        System.out.printf("idle agent with its MQTT link: %.1f KiB of heap each (heap after GC %d MiB with the fleet, %d MiB before)%n",
                (heapIdle - heapBefore) / 1024.0 / local, heapIdle >> 20, heapBefore >> 20);

        SysCounters sys = SysCounters.watch(broker, dir);
        FleetIdentityHolder operator = new FleetIdentityHolder(dir);
        try (FleetConnection connection = FleetConnection.open(broker.uri(), operator.identity(), Duration.ofSeconds(120),
                FleetConnection.Follow.ROLLOUT)) {
            connection.awaitConnected(Duration.ofSeconds(30));
            awaitOnline(connection, boards, Duration.ofSeconds(120 + boards / 50));
            connection.awaitSettled(Duration.ofMillis(500), Duration.ofSeconds(30));
            RolloutStore store = new RolloutStore(dir.resolve("rollouts"));
            Rollout.Options options = new Rollout.Options(Duration.ofSeconds(60), Duration.ofSeconds(10));
            // warm-up, as the direct deploys below have theirs: a rollout to a tenth of the boards, rolled back
            RolloutState warm = Rollout.plan(FleetDeployments.EDU, broker.uri(), LabelSelector.parse("rack=r0"), connection.boards().values(), 0,
                    boards);
            RolloutState warmed = new Rollout(connection, store, options, new Rollout.Events() {
            }).run(warm);
            new Rollout(connection, store, options, new Rollout.Events() {
            }).rollback(warmed);
            Thread.sleep(2500);
            long[] before = sys.snapshot();
            long sentBefore = connection.requestsSent();
            long receivedBefore = connection.messagesReceived();
            RolloutState plan = Rollout.plan(FleetDeployments.EDU, broker.uri(), LabelSelector.ALL, connection.boards().values(), 0, boards);
            // FLEET_JFR=FILE: a flight recording (method samples, allocations, locks) of this rollout, and FILE-again.jfr of the
            // same rollout with every channel open
            FlightRecording recording = FlightRecording.start(System.getenv("FLEET_JFR"));
            Cpu cpu0 = Cpu.now(broker);
            long r0 = System.nanoTime();
            RolloutState done = new Rollout(connection, store, options,
                    new Rollout.Events() {
                    }).run(plan);
            double fleetSeconds = (System.nanoTime() - r0) / 1e9;
            Cpu fleetCpu = Cpu.now(broker).minus(cpu0);
            recording.stop();
            Thread.sleep(2500); // the broker's $SYS counters are updated every second
            long[] after = sys.snapshot();
            System.out.printf("rollout to %d boards in one wave (warm): %s, %d boards planned of %d known, %s, end to end %.2f s%n", boards,
                    done.outcome, plan.boards.size(), connection.boards().size(), done.counts(), fleetSeconds);
            double operatorMessages = (connection.requestsSent() - sentBefore) + (connection.messagesReceived() - receivedBefore);
            System.out.printf("messages per deployed board: operator %.2f (sent %d, received %d); broker %.2f received + %.2f sent"
                    + " (its $SYS counters, which include the summaries boards republish after an apply)%n", operatorMessages / boards,
                    connection.requestsSent() - sentBefore, connection.messagesReceived() - receivedBefore,
                    (after[0] - before[0]) / (double) boards, (after[1] - before[1]) / (double) boards);
            System.out.printf("CPU of the one-wave rollout: this JVM and its parts (operator and agents) %.2f s, %.2f ms per board; the broker %.2f s"
                    + " (CPU time, which the load of other processes on the machine changes less than it changes the wall time)%n",
                    fleetCpu.jvmSeconds(), fleetCpu.jvmSeconds() * 1000 / boards, fleetCpu.brokerSeconds());

            RolloutState staged = new Rollout(connection, store, new Rollout.Options(Duration.ofSeconds(60), Duration.ofSeconds(10)),
                    new Rollout.Events() {
                    }).rollback(done);
            System.out.printf("rollback of the same %d boards: %s%n", boards, staged.outcome);
            RolloutState waves = Rollout.plan(FleetDeployments.EDU, broker.uri(), LabelSelector.ALL, connection.boards().values(), 10, boards / 4);
            long w0 = System.nanoTime();
            RolloutState wavesDone = new Rollout(connection, store, new Rollout.Options(Duration.ofSeconds(60), Duration.ofSeconds(10)),
                    new Rollout.Events() {
                    }).run(waves);
            double wavesSeconds = (System.nanoTime() - w0) / 1e9;
            System.out.printf("rollout with a canary of 10 then waves of %d: %s, end to end %.2f s%n", boards / 4, wavesDone.outcome,
                    wavesSeconds);

            // the same one-wave rollout again: every board's channel (the operator's and the agent's session) exists now,
            // which tells the cost of a first contact (a JSON-RPC channel each side: ~1-2 ms of CPU here) from the rest
            new Rollout(connection, store, options, new Rollout.Events() {
            }).rollback(wavesDone);
            RolloutState again = Rollout.plan(FleetDeployments.EDU, broker.uri(), LabelSelector.ALL, connection.boards().values(), 0, boards);
            FlightRecording againRecording = FlightRecording.start(
                    System.getenv("FLEET_JFR") == null ? null : System.getenv("FLEET_JFR").replaceFirst("(\\.jfr)?$", "-again.jfr"));
            Cpu againCpu0 = Cpu.now(broker);
            long a0 = System.nanoTime();
            RolloutState againDone = new Rollout(connection, store, options, new Rollout.Events() {
            }).run(again);
            Cpu againCpu = Cpu.now(broker).minus(againCpu0);
            againRecording.stop();
            System.out.printf("the one-wave rollout again, every board's channel already open: %s, end to end %.2f s; CPU %.2f ms per board"
                    + " (broker %.2f s)%n", againDone.outcome, (System.nanoTime() - a0) / 1e9, againCpu.jvmSeconds() * 1000 / boards,
                    againCpu.brokerSeconds());

            // the baseline: sequential direct deploys over mutual TLS
            double[] direct = new double[sample];
            double directCpuSeconds = 0;
            Files.createDirectories(dir.resolve("direct"));
            try (TestAgent agent = TestAgent.start(dir.resolve("direct"), null)) {
                for (int i = -5; i < sample; i++) {
                    long c0 = Cpu.jvmNanos();
                    long d0 = System.nanoTime();
                    try (AgentLink link = agent.link("operator")) {
                        link.call(link.agent().apply(FleetDeployments.EDU));
                    }
                    double ms = (System.nanoTime() - d0) / 1e6;
                    if (i >= 0) {
                        directCpuSeconds += (Cpu.jvmNanos() - c0) / 1e9;
                    }
                    try (AgentLink link = agent.link("operator")) {
                        link.call(link.agent().rollback(new RollbackRequest(null)));
                    }
                    if (i >= 0) {
                        direct[i] = ms;
                    }
                }
            }
            double mean = Arrays.stream(direct).average().orElseThrow();
            double sequential = mean * boards / 1000;
            System.out.printf("sequential direct deploys (TLS connect, apply, close), a timed sample of %d, warm: mean %.1f ms;"
                    + " extrapolated to %d boards: %.1f s%n", sample, mean, boards, sequential);
            System.out.printf("ratio sequential direct / fleet rollout (one wave) = %.1f; / rollout by canary and waves = %.1f%n",
                    sequential / fleetSeconds, sequential / wavesSeconds);
            System.out.printf("CPU per deployed board: direct %.2f ms (client and agent, this JVM), fleet %.2f ms (operator and agents,"
                    + " this JVM and its parts) + %.2f ms of the broker%n", directCpuSeconds * 1000 / sample, fleetCpu.jvmSeconds() * 1000 / boards,
                    fleetCpu.brokerSeconds() * 1000 / boards);

            // the same comparison with the command line, as an operator makes it (FLEET_CLI_SEQUENTIAL=0 leaves it out)
            int cliSample = System.getenv("FLEET_CLI_SEQUENTIAL") == null ? 10 : Integer.parseInt(System.getenv("FLEET_CLI_SEQUENTIAL"));
            if (cliSample > 0) {
                new Rollout(connection, store, options, new Rollout.Events() {
                }).rollback(againDone);
                FleetCliComparison cli = new FleetCliComparison(RepoFiles.root(), dir);
                double cliFleet = cli.fleetDeploy(broker.uri(), dir, boards);
                double cliDirect = cli.directDeploys(cliSample);
                System.out.printf("as an operator types it: %d devassign deploy one after the other (extrapolated) %.1f s; ratio to one"
                        + " devassign fleet deploy (one wave, --canary 0) = %.1f%n", boards, cliDirect * boards, cliDirect * boards / cliFleet);
            }

            // broker restart: every agent back online
            broker.stop();
            long down = System.nanoTime();
            while (fleet.connected() > 0 && System.nanoTime() - down < Duration.ofSeconds(60).toNanos()) {
                Thread.sleep(20);
            }
            broker.start();
            long b0 = System.nanoTime();
            if (!fleet.awaitConnected(Duration.ofSeconds(300))) {
                System.out.printf("broker restart: only %d of %d agents back after 300 s%n", fleet.connected(), boards);
            } else {
                double agentsBack = (System.nanoTime() - b0) / 1e9;
                awaitOnline(connection, boards, Duration.ofSeconds(300 + boards / 20));
                System.out.printf("broker restart: every agent of this JVM reconnected %.2f s after the broker was up; the operator saw all"
                        + " %d online after %.2f s%n", agentsBack, boards, (System.nanoTime() - b0) / 1e9);
            }
        } finally {
            sys.close();
            for (Process part : parts) {
                part.getOutputStream().close(); // its end of input: it closes its boards and exits
            }
            fleet.close();
            for (Process part : parts) {
                if (!part.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
                    part.destroyForcibly();
                }
            }
            broker.close();
        }
        System.exit(0);
    }

    /** A child JVM running boards FIRST.. (its output goes to this one's, each line marked with its first board). */
    private static Process startPart(int first, int count, Path dir, String broker) throws java.io.IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        return new ProcessBuilder(java, "-Xmx" + (count / 1000 + 1) + "g", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED",
                "-Ddevassign.repo=" + System.getProperty("devassign.repo"), "-cp", System.getProperty("java.class.path"),
                FleetBench.class.getName(), "--part", Integer.toString(first), Integer.toString(count), dir.toString(), broker)
                .redirectErrorStream(true).start();
    }

    /** Waits for a part to print {@code line}; echoes what it prints meanwhile (and after, on a thread). */
    private static void awaitLine(Process part, String line, Duration timeout) throws Exception {
        java.io.BufferedReader out = part.inputReader();
        java.util.concurrent.CompletableFuture<Void> seen = new java.util.concurrent.CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> {
            try {
                for (String l; (l = out.readLine()) != null;) {
                    if (l.equals(line)) {
                        seen.complete(null);
                    } else if (!l.startsWith("WARNING") && !l.startsWith("Dec ") && !l.contains("MqttEndpoint")) {
                        System.out.println("[part " + part.pid() + "] " + l);
                    }
                }
                seen.completeExceptionally(new IllegalStateException("a part of the fleet ended before it was " + line));
            } catch (java.io.IOException e) {
                seen.completeExceptionally(e);
            }
        });
        seen.get(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
    }

    /** A child JVM's part of the fleet: starts it, says when it is connected, closes it at the end of its input. */
    private static void part(int first, int count, Path dir, String broker) throws Exception {
        try (SimulatedFleet fleet = SimulatedFleet.start(dir.resolve("boards"), dir, broker, FleetFixture.rules(dir), first, count,
                i -> Map.of("rack", "r" + i % 10), null)) {
            if (!fleet.awaitConnected(Duration.ofSeconds(1200))) {
                System.out.println("only " + fleet.connected() + " of " + count + " boards from " + first + " connected");
            }
            System.out.println("connected");
            System.out.flush();
            while (System.in.read() >= 0) {
                // until the bench closes this part's input
            }
        }
        System.exit(0);
    }

    private static void awaitOnline(FleetConnection connection, int boards, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long online;
        while ((online = connection.boards().values().stream().filter(v -> v.online()).count()) < boards && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        if (online < boards) {
            System.out.printf("only %d of %d boards online at the operator after %d s%n", online, boards, timeout.toSeconds());
        }
    }

    /** The descriptors a process has open (/proc/PID/fd), or -1 when they cannot be counted. */
    private static long openFiles(long pid) {
        try (var fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            return fds.count();
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    /** This process's limit of open files, soft and hard, from /proc/self/limits. */
    private static String fileLimit() {
        try {
            return Files.readAllLines(Path.of("/proc/self/limits")).stream().filter(l -> l.startsWith("Max open files"))
                    .map(l -> l.replaceAll("^Max open files\\s+(\\S+)\\s+(\\S+).*", "$1 soft, $2 hard")).findFirst().orElse("unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static long heapAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The operator's identity from the development certificates. */
    private record FleetIdentityHolder(Path dir) {
        org.devassign.fleet.sign.FleetIdentity identity() throws Exception {
            return FleetFixture.identity(dir, "operator");
        }
    }

    /** Mosquitto's counters of PUBLISH messages received and sent, read from $SYS as the operator. */
    private static final class SysCounters implements AutoCloseable {
        private static final String RECEIVED = "$SYS/broker/publish/messages/received";
        private static final String SENT = "$SYS/broker/publish/messages/sent";
        private final Map<String, Long> values;
        private final MqttLink link;

        private SysCounters(Map<String, Long> values, MqttLink link) {
            this.values = values;
            this.link = link;
        }

        static SysCounters watch(Mosquitto broker, Path dir) throws Exception {
            Map<String, Long> values = new ConcurrentHashMap<>();
            MqttLink link = MqttLink.start(MqttLink.Settings.of(broker.uri(), "operator-sys", new FleetIdentityHolder(dir).identity().tls(),
                    null, List.of(RECEIVED, SENT)), new MqttLink.Listener() {
                        @Override
                        public void connected(MqttLink l, boolean again) {
                        }

                        @Override
                        public void message(MqttLink.Incoming message) {
                            try {
                                values.put(message.topic(), Long.parseLong(new String(message.payload(), StandardCharsets.US_ASCII).trim()));
                            } catch (NumberFormatException e) {
                                // not a counter
                            }
                        }
                    });
            return new SysCounters(values, link);
        }

        long[] snapshot() {
            return new long[] { values.getOrDefault(RECEIVED, 0L), values.getOrDefault(SENT, 0L) };
        }

        @Override
        public void close() {
            link.close(false);
        }
    }

    /**
     * A flight recording of one part of the bench, through the platform's FlightRecorder MBean (the
     * bundle imports no jdk.* package); nothing when no file is given.
     */
    private record FlightRecording(javax.management.MBeanServer server, javax.management.ObjectName name, long id, String file) {

        static FlightRecording start(String file) throws Exception {
            if (file == null || file.isBlank()) {
                return new FlightRecording(null, null, 0, null);
            }
            javax.management.MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            javax.management.ObjectName name = new javax.management.ObjectName("jdk.management.jfr:type=FlightRecorder");
            long id = (Long) server.invoke(name, "newRecording", new Object[0], new String[0]);
            server.invoke(name, "setPredefinedConfiguration", new Object[] { id, "profile" }, new String[] { "long", String.class.getName() });
            server.invoke(name, "startRecording", new Object[] { id }, new String[] { "long" });
            return new FlightRecording(server, name, id, file);
        }

        void stop() throws Exception {
            if (server != null) {
                server.invoke(name, "stopRecording", new Object[] { id }, new String[] { "long" });
                server.invoke(name, "copyTo", new Object[] { id, file }, new String[] { "long", String.class.getName() });
                server.invoke(name, "closeRecording", new Object[] { id }, new String[] { "long" });
                System.out.println("flight recording: " + file);
            }
        }
    }

    /** CPU time used so far by this JVM and by the broker's process (from /proc: its utime and stime). */
    private record Cpu(long jvm, long broker) {

        static long jvmNanos() {
            return nanos(ProcessHandle.current().pid());
        }

        /** The child JVMs running part of the fleet: their CPU is the fleet's too. */
        static final List<Long> PARTS = new java.util.concurrent.CopyOnWriteArrayList<>();

        /** This JVM's CPU and its parts', and the broker's. */
        static Cpu now(Mosquitto mosquitto) {
            return new Cpu(jvmNanos() + PARTS.stream().mapToLong(Cpu::nanos).sum(), nanos(mosquitto.pid()));
        }

        /** utime + stime of a process, in clock ticks of 10 ms. */
        private static long nanos(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
            } catch (java.io.IOException | RuntimeException e) {
                return 0;
            }
        }

        Cpu minus(Cpu earlier) {
            return new Cpu(jvm - earlier.jvm, broker - earlier.broker);
        }

        double jvmSeconds() {
            return jvm / 1e9;
        }

        double brokerSeconds() {
            return broker / 1e9;
        }
    }
}
