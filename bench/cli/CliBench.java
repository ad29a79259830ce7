import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bench/cli: how fast the command line starts, today's launcher against the new one, in one run so
 * that the machine's load weighs on both alike. Each case runs a fresh process per launcher, the
 * launchers alternating, after one warm-up run each (page cache). Wall time from fork to exit; CPU
 * (user + sys) of the process and its children from getrusage(RUSAGE_CHILDREN) around each run.
 * The language server case is an LSP client over the server's stdio: initialize, initialized,
 * didOpen of vm-q35.assign, then the first publishDiagnostics for it; its CPU is read from
 * /proc/PID/stat at that moment.
 *
 * <pre>java --enable-native-access=ALL-UNNAMED bench/cli/CliBench.java REPO RUNS NAME=LAUNCHER...</pre>
 * The first launcher is the baseline; ratios are every other one over it (below 1: faster).
 */
public final class CliBench {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\"[^\"]*\"|\\d+)");
    private static final long TIMEOUT_SECONDS = 180;

    record Launcher(String name, Path script) {
    }

    record Sample(double wall, double cpu) {
    }

    /** One figure per case: a command's whole run, or a point inside a language server session. */
    private final Map<String, Map<String, List<Sample>>> samples = new LinkedHashMap<>();
    private final Path repo;
    private final Path lspWorkspace;

    private CliBench(Path repo) throws IOException {
        this.repo = repo;
        lspWorkspace = Files.createTempDirectory("devassign-bench-cli");
        try (var examples = Files.list(repo.resolve("examples"))) {
            for (Path file : (Iterable<Path>) examples::iterator) {
                Files.copy(file, lspWorkspace.resolve(file.getFileName()));
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]).toAbsolutePath();
        int runs = Integer.parseInt(args[1]);
        List<Launcher> launchers = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String[] nameAndScript = args[i].split("=", 2);
            launchers.add(new Launcher(nameAndScript[0], repo.resolve(nameAndScript[1])));
        }
        CliBench bench = new CliBench(repo);
        String loadBefore = loadAverage();
        for (Launcher launcher : launchers) {
            bench.round(launcher, false);
        }
        for (int run = 0; run < runs; run++) {
            List<Launcher> order = new ArrayList<>(launchers);
            if (run % 2 == 1) {
                Collections.reverse(order);
            }
            for (Launcher launcher : order) {
                bench.round(launcher, true);
            }
        }
        bench.report(launchers, runs, loadBefore, loadAverage());
        bench.deleteWorkspace();
    }

    private void deleteWorkspace() throws IOException {
        try (var files = Files.list(lspWorkspace)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
        Files.delete(lspWorkspace);
    }

    private void round(Launcher launcher, boolean keep) throws Exception {
        if (selected("help")) {
            command(launcher, keep, "help", "help");
        }
        if (selected("validate")) {
            command(launcher, keep, "validate", "validate", "examples/vm-q35.assign");
        }
        if (selected("show")) {
            command(launcher, keep, "show", "show", "examples/vm-q35.board");
        }
        if (selected("lsp")) {
            languageServer(launcher, keep);
        }
    }

    /** BENCH_CASES=help,lsp runs only those (all four by default). */
    private static boolean selected(String name) {
        String cases = System.getenv("BENCH_CASES");
        return cases == null || cases.isBlank() || List.of(cases.split(",")).contains(name);
    }

    private void command(Launcher launcher, boolean keep, String name, String... args) throws Exception {
        List<String> commandLine = new ArrayList<>(List.of(launcher.script().toString()));
        commandLine.addAll(List.of(args));
        Path err = Files.createTempFile("devassign-bench-cli", ".err");
        try {
            double cpuBefore = childrenCpuSeconds();
            long start = System.nanoTime();
            Process process = new ProcessBuilder(commandLine).directory(repo.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(launcher.name() + " " + String.join(" ", args) + " did not finish in "
                        + TIMEOUT_SECONDS + " s");
            }
            double wall = (System.nanoTime() - start) / 1e9;
            double cpu = childrenCpuSeconds() - cpuBefore;
            if (process.exitValue() != 0) {
                throw new IllegalStateException(launcher.name() + " " + String.join(" ", args) + " exited "
                        + process.exitValue() + ":\n" + Files.readString(err));
            }
            if (keep) {
                add(name, launcher, new Sample(wall, cpu));
            }
        } finally {
            Files.deleteIfExists(err);
        }
    }

    private void languageServer(Launcher launcher, boolean keep) throws Exception {
        Path config = lspWorkspace.resolve("vm-q35.assign");
        String root = lspWorkspace.toUri().toString();
        long start = System.nanoTime();
        Process server = new ProcessBuilder(launcher.script().toString(), "lsp").directory(repo.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Session session = new Session(launcher, server, start);
            Thread reader = Thread.ofPlatform().daemon().start(() -> readMessages(server.getInputStream(), session.messages));
            session.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":"
                    + ProcessHandle.current().pid() + ",\"rootUri\":" + quote(root) + ",\"capabilities\":{},"
                    + "\"workspaceFolders\":[{\"uri\":" + quote(root) + ",\"name\":\"examples\"}]}}");
            Sample initialized = session.await(m -> m.contains("\"result\"") && idOf(m).equals("1"), "the initialize result");
            session.send("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
            session.send("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":"
                    + quote(config.toUri().toString()) + ",\"languageId\":\"assign\",\"version\":1,\"text\":"
                    + quote(Files.readString(config)) + "}}}");
            if (session.diagnosed == null) {
                session.await(m -> session.diagnosed != null, "diagnostics for vm-q35.assign");
            }
            session.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
            session.await(m -> idOf(m).equals("2"), "the shutdown result");
            session.send("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(launcher.name() + " lsp did not exit after shutdown and exit");
            }
            reader.join(5_000);
            if (keep) {
                add("lsp initialize", launcher, initialized);
                add("lsp diagnostics", launcher, session.diagnosed);
            }
        } finally {
            server.destroyForcibly();
            server.waitFor();
        }
    }

    /** One language server session seen from the client: messages as they arrive, the first diagnostics of the config. */
    private static final class Session {
        final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
        final Launcher launcher;
        final Process server;
        final long start;
        Sample diagnosed;

        Session(Launcher launcher, Process server, long start) {
            this.launcher = launcher;
            this.server = server;
            this.start = start;
        }

        void send(String json) throws IOException {
            CliBench.send(server.getOutputStream(), json);
        }

        /**
         * Reads messages until one is wanted; notes the first diagnostics of vm-q35.assign whenever they come, and
         * answers the server's own requests (capability registration, progress) with null.
         */
        Sample await(java.util.function.Predicate<String> wanted, String what) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (true) {
                Message message = messages.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (message == null) {
                    throw new IllegalStateException(launcher.name() + " lsp: no " + what + " in " + TIMEOUT_SECONDS + " s");
                }
                if (message.json() == null) {
                    throw new IllegalStateException(launcher.name() + " lsp closed its output before " + what);
                }
                Sample at = new Sample((message.arrived() - start) / 1e9, cpuSecondsOf(server.pid()));
                if (diagnosed == null && message.json().contains("\"textDocument/publishDiagnostics\"")
                        && message.json().contains("vm-q35.assign\"")) {
                    diagnosed = at;
                }
                if (wanted.test(message.json())) {
                    return at;
                }
                if (message.json().contains("\"method\"") && !idOf(message.json()).isEmpty()) {
                    send("{\"jsonrpc\":\"2.0\",\"id\":" + idOf(message.json()) + ",\"result\":null}");
                }
            }
        }
    }

    /** A message from the server and when it arrived; a null text: the server closed its output. */
    record Message(long arrived, String json) {
    }

    private static String idOf(String message) {
        Matcher id = ID.matcher(message);
        return id.find() ? id.group(1) : "";
    }

    /** LSP base protocol: Content-Length headers, a blank line, the JSON body. */
    private static void readMessages(InputStream in, BlockingQueue<Message> messages) {
        try {
            while (true) {
                int length = -1;
                StringBuilder line = new StringBuilder();
                while (true) {
                    int c = in.read();
                    if (c < 0) {
                        messages.add(new Message(System.nanoTime(), null));
                        return;
                    }
                    if (c == '\n') {
                        String header = line.toString().trim();
                        line.setLength(0);
                        if (header.isEmpty()) {
                            break;
                        }
                        if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                            length = Integer.parseInt(header.substring("content-length:".length()).trim());
                        }
                    } else {
                        line.append((char) c);
                    }
                }
                String json = new String(in.readNBytes(length), StandardCharsets.UTF_8);
                messages.add(new Message(System.nanoTime(), json));
            }
        } catch (IOException | RuntimeException e) {
            messages.add(new Message(System.nanoTime(), null));
        }
    }

    private static void send(OutputStream out, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return json.append('"').toString();
    }

    private void add(String name, Launcher launcher, Sample sample) {
        samples.computeIfAbsent(name, n -> new LinkedHashMap<>()).computeIfAbsent(launcher.name(), n -> new ArrayList<>()).add(sample);
    }

    private void report(List<Launcher> launchers, int runs, String loadBefore, String loadAfter) {
        System.out.printf("bench/cli: %d runs per case and launcher (after one warm-up), %d cores, load average %s at the start, %s at the end%n",
                runs, Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
        for (Launcher launcher : launchers) {
            System.out.printf("  %-8s %s%n", launcher.name(), repo.relativize(launcher.script()));
        }
        System.out.printf("%n%-16s %-8s %-26s %-26s %s%n", "case", "launcher", "wall s (min med max)", "cpu s (min med max)",
                "median ratio to " + launchers.get(0).name() + " (wall, cpu)");
        Launcher baseline = launchers.get(0);
        for (var byCase : samples.entrySet()) {
            List<Sample> base = byCase.getValue().get(baseline.name());
            for (Launcher launcher : launchers) {
                List<Sample> mine = byCase.getValue().get(launcher.name());
                String ratio = launcher == baseline ? "" : String.format("x%.2f, x%.2f", median(mine, true) / median(base, true),
                        median(mine, false) / median(base, false));
                System.out.printf("%-16s %-8s %-26s %-26s %s%n", byCase.getKey(), launcher.name(), triple(mine, true), triple(mine, false), ratio);
            }
        }
        Launcher last = launchers.get(launchers.size() - 1);
        if (samples.size() < 5) {
            return;
        }
        System.out.printf("%ngoals (%s): help wall %.2f s (goal < 0.3 s); validate cpu x%.2f of %s (goal < x0.33); "
                + "lsp initialize %.2f s, first diagnostics %.2f s (goal < 1 s on an idle machine)%n",
                last.name(), median(samples.get("help").get(last.name()), true),
                median(samples.get("validate").get(last.name()), false) / median(samples.get("validate").get(baseline.name()), false),
                baseline.name(), median(samples.get("lsp initialize").get(last.name()), true),
                median(samples.get("lsp diagnostics").get(last.name()), true));
    }

    private static String triple(List<Sample> list, boolean wall) {
        List<Double> values = list.stream().map(s -> wall ? s.wall() : s.cpu()).sorted().toList();
        return String.format("%.2f %.2f %.2f", values.get(0), median(list, wall), values.get(values.size() - 1));
    }

    private static double median(List<Sample> list, boolean wall) {
        List<Double> values = list.stream().map(s -> wall ? s.wall() : s.cpu()).sorted().toList();
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    /** CPU of a live process and of the children it has waited for (a launcher's own java -version). */
    private static double cpuSecondsOf(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = 0;
        for (int field = 14; field <= 17; field++) {
            ticks += Long.parseLong(fields[field - 3]);
        }
        return ticks / 100.0;
    }

    private static final MethodHandle GETRUSAGE = Linker.nativeLinker().downcallHandle(
            Linker.nativeLinker().defaultLookup().find("getrusage").orElseThrow(),
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));

    /** getrusage(RUSAGE_CHILDREN): user + sys of every child this JVM has reaped. */
    private static double childrenCpuSeconds() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment usage = arena.allocate(144, 8);
            int rc = (int) GETRUSAGE.invokeExact(-1, usage);
            if (rc != 0) {
                throw new IllegalStateException("getrusage returned " + rc);
            }
            long micros = 0;
            for (int timeval = 0; timeval < 2; timeval++) {
                micros += usage.get(ValueLayout.JAVA_LONG, timeval * 16) * 1_000_000 + usage.get(ValueLayout.JAVA_LONG, timeval * 16 + 8);
            }
            return micros / 1e6;
        } catch (Throwable e) {
            throw new IllegalStateException("getrusage failed", e);
        }
    }
}
