package org.devassign.deploy.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import org.devassign.agent.api.AgentEvents;
import org.devassign.agent.api.AgentService;
import org.devassign.agent.api.ApplyResult;
import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.Hello;
import org.devassign.agent.api.HelloResult;
import org.devassign.agent.api.Inventory;
import org.devassign.agent.api.IrqCounts;
import org.devassign.agent.api.PlanResult;
import org.devassign.agent.api.RegisterAccess;
import org.devassign.agent.api.RegisterValue;
import org.devassign.agent.api.RollbackRequest;
import org.devassign.agent.api.Status;
import org.devassign.agent.api.WatchRequest;
import org.devassign.agent.api.wire.FrameReader;
import org.devassign.agent.api.wire.Gate;
import org.devassign.agent.api.wire.JsonRpcChannel;
import org.devassign.deploy.AgentLink;
import org.devassign.deploy.Target;

import com.google.gson.JsonParser;

/**
 * A seeded mutation fuzzer for the agent's message decoder (framing, JSON, JSON-RPC, parameter
 * types). Jazzer is not among the packages this project can fetch, so this is a plain loop:
 * mutate valid messages (bit flips, insertions, deletions, truncation, splices, huge numbers and
 * strings, wrong Content-Length), feed them, and count an input as a crash when the decoder
 * throws, answers with something that is not a JSON-RPC frame, or (over TLS) the agent stops
 * answering. {@code bench/fuzz/run} runs it long; the tests run it briefly.
 */
public final class FuzzLoop {

    static final List<String> SEEDS = List.of(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"hello\",\"params\":{\"protocol\":1,\"client\":\"fuzz\",\"capabilities\":[\"apply\"]}}",
            "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"status\"}",
            "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"inventory\"}",
            "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"plan\",\"params\":{\"config\":\"c\",\"digest\":\"d\",\"devices\":[{\"device\":\"0000:00:05.0\","
                    + "\"label\":\"edu0\",\"source\":\"a:1\",\"consumer\":\"agent\",\"consumerKind\":\"probe\",\"driver\":\"vfio-pci\",\"open\":\"group\","
                    + "\"regions\":[0],\"irqs\":[0]}]}}",
            "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"read\",\"params\":{\"device\":\"0000:00:05.0\",\"region\":0,\"offset\":0,\"width\":4,\"value\":0}}",
            "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"watchIrqs\",\"params\":{\"device\":\"0000:00:05.0\",\"millis\":0,\"intervalMillis\":100}}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"progress\",\"params\":{\"transaction\":1}}",
            "{\"jsonrpc\":\"2.0\",\"id\":\"seven\",\"result\":{\"x\":1}}");

    private static final java.util.logging.Logger LSP4J_LOG = java.util.logging.Logger.getLogger("org.eclipse.lsp4j.jsonrpc");

    public record Result(long inputs, long errors, long results, long crashes, List<String> samples, double seconds) {
    }

    private FuzzLoop() {
    }

    static byte[] mutate(Random random, byte[] input) {
        byte[] data = input;
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            int n = data.length;
            switch (random.nextInt(9)) {
                case 0 -> {
                    if (n > 0) {
                        data = data.clone();
                        data[random.nextInt(n)] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                case 1 -> {
                    int at = random.nextInt(n + 1);
                    byte[] out = new byte[n + 1];
                    System.arraycopy(data, 0, out, 0, at);
                    out[at] = (byte) "{}[]\",:\\0-e.9an\u00ff\n".charAt(random.nextInt(17));
                    System.arraycopy(data, at, out, at + 1, n - at);
                    data = out;
                }
                case 2 -> {
                    if (n > 1) {
                        int at = random.nextInt(n);
                        int len = 1 + random.nextInt(Math.min(16, n - at));
                        byte[] out = new byte[n - len];
                        System.arraycopy(data, 0, out, 0, at);
                        System.arraycopy(data, at + len, out, at, n - at - len);
                        data = out;
                    }
                }
                case 3 -> data = java.util.Arrays.copyOf(data, random.nextInt(n + 1));
                case 4 -> {
                    byte[] other = SEEDS.get(random.nextInt(SEEDS.size())).getBytes(StandardCharsets.UTF_8);
                    int cut = random.nextInt(n + 1);
                    int from = random.nextInt(other.length);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.write(data, 0, cut);
                    out.write(other, from, other.length - from);
                    data = out.toByteArray();
                }
                case 5 -> data = new String(data, StandardCharsets.ISO_8859_1)
                        .replaceFirst("[0-9]+", random.nextBoolean() ? "99999999999999999999999" : "-1").getBytes(StandardCharsets.ISO_8859_1);
                case 6 -> data = new String(data, StandardCharsets.ISO_8859_1)
                        .replaceFirst("\"[a-z]+\"", "\"" + "A".repeat(random.nextInt(3000)) + "\"").getBytes(StandardCharsets.ISO_8859_1);
                case 7 -> data = new String(data, StandardCharsets.ISO_8859_1)
                        .replaceFirst("\\{", "{".repeat(1 + random.nextInt(400))).getBytes(StandardCharsets.ISO_8859_1);
                default -> {
                    byte[] noise = new byte[random.nextInt(64)];
                    random.nextBytes(noise);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    int at = random.nextInt(n + 1);
                    out.write(data, 0, at);
                    out.writeBytes(noise);
                    out.write(data, at, n - at);
                    data = out.toByteArray();
                }
            }
        }
        return data;
    }

    /** A body framed, usually with its right length, sometimes with a wrong one or no header at all. */
    static byte[] frame(Random random, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int choice = random.nextInt(20);
        if (choice == 0) {
            out.writeBytes(body); // no header at all
        } else {
            long length = choice == 1 ? body.length + random.nextInt(5) - 2 : body.length;
            out.writeBytes(("Content-Length: " + Math.max(0, length) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    /** The decoder alone, in process: {@code count} inputs, each a stream of 1-4 frames. */
    public static Result decoder(long seed, long count) {
        Random random = new Random(seed);
        long errors = 0;
        long results = 0;
        long crashes = 0;
        List<String> samples = new ArrayList<>();
        long t0 = System.nanoTime();
        for (long i = 0; i < count; i++) {
            ByteArrayOutputStream input = new ByteArrayOutputStream();
            int frames = 1 + random.nextInt(4);
            for (int f = 0; f < frames; f++) {
                byte[] body = SEEDS.get(random.nextInt(SEEDS.size())).getBytes(StandardCharsets.UTF_8);
                input.writeBytes(frame(random, random.nextInt(5) == 0 ? body : mutate(random, body)));
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            try {
                JsonRpcChannel<AgentEvents> channel = JsonRpcChannel.create(new Stub(), AgentEvents.class,
                        new ByteArrayInputStream(input.toByteArray()), output, 8192, Gate.OPEN, () -> {
                        });
                channel.run();
                Throwable ended = channel.ended().getNow(null);
                if (ended instanceof RuntimeException || ended instanceof Error) {
                    throw ended;
                }
                FrameReader answers = new FrameReader(new ByteArrayInputStream(output.toByteArray()), 1 << 20);
                for (String body = answers.next(); body != null; body = answers.next()) {
                    var json = JsonParser.parseString(body).getAsJsonObject();
                    if (json.has("error")) {
                        errors++;
                    } else if (json.has("result") || json.has("method")) {
                        results++;
                    } else {
                        throw new IllegalStateException("an answer that is neither result nor error: " + body);
                    }
                }
            } catch (Throwable e) {
                crashes++;
                if (samples.size() < 5) {
                    samples.add(e + " on " + new String(input.toByteArray(), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return new Result(count, errors, results, crashes, samples, (System.nanoTime() - t0) / 1e9);
    }

    /** Over TLS against a running agent, as a viewer (so no input may change the board). */
    public static Result run(Target target, Path certs, long seed, long count) throws IOException {
        Random random = new Random(seed);
        long errors = 0;
        long results = 0;
        long crashes = 0;
        List<String> samples = new ArrayList<>();
        long t0 = System.nanoTime();
        RawTls raw = new RawTls(target, certs, "viewer");
        for (long i = 0; i < count; i++) {
            byte[] body = SEEDS.get(random.nextInt(SEEDS.size())).getBytes(StandardCharsets.UTF_8);
            byte[] input = frame(random, mutate(random, body));
            try {
                raw.send(input);
                raw.frame("{\"jsonrpc\":\"2.0\",\"id\":\"probe\",\"method\":\"status\"}");
                // answers until the probe's: the agent is alive and the stream in step
                while (true) {
                    var answer = raw.next();
                    if (answer == null) {
                        raw.close();
                        raw = new RawTls(target, certs, "viewer");
                        break;
                    }
                    if (answer.has("id") && !answer.get("id").isJsonNull() && answer.get("id").getAsString().equals("probe")) {
                        results++;
                        break;
                    }
                    if (answer.has("error")) {
                        errors++;
                    }
                }
            } catch (IOException e) {
                // a broken pipe after the agent closed a lost stream: reconnect, and count a crash only if that fails
                raw.close();
                try {
                    raw = new RawTls(target, certs, "viewer");
                } catch (IOException dead) {
                    crashes++;
                    samples.add("agent unreachable after: " + new String(input, StandardCharsets.ISO_8859_1));
                    break;
                }
            }
        }
        raw.close();
        try (AgentLink link = AgentLink.connect(target, AgentLink.Identity.of(certs, "viewer"), p -> {
        }, c -> {
        })) {
            link.call(link.agent().status());
        } catch (IOException e) {
            crashes++;
            samples.add("agent not answering at the end: " + e.getMessage());
        }
        return new Result(count, errors, results, crashes, samples, (System.nanoTime() - t0) / 1e9);
    }

    /** Answers every method with an empty result: the decoder, not the agent, is under test here. */
    private static final class Stub implements AgentService {
        @Override
        public CompletableFuture<HelloResult> hello(Hello hello) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Inventory> inventory() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<PlanResult> plan(Deployment deployment) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<ApplyResult> apply(Deployment deployment) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Status> status() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<ApplyResult> rollback(RollbackRequest request) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<RegisterValue> read(RegisterAccess access) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<RegisterValue> write(RegisterAccess access) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<IrqCounts> watchIrqs(WatchRequest request) {
            return CompletableFuture.completedFuture(null);
        }
    }

    /** {@code FuzzLoop SEED COUNT}: the in-process decoder run, for bench/fuzz. */
    public static void main(String[] args) {
        LSP4J_LOG.setLevel(java.util.logging.Level.OFF);
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        long count = args.length > 1 ? Long.parseLong(args[1]) : 100_000;
        Result r = decoder(seed, count);
        System.out.printf("fuzz decoder: seed %d, %d inputs in %.1f s (%.0f/s): %d error answers, %d results, %d crashes%n", seed, r.inputs(),
                r.seconds(), r.inputs() / r.seconds(), r.errors(), r.results(), r.crashes());
        r.samples().forEach(s -> System.out.println("  crash: " + s));
        System.exit(r.crashes() == 0 ? 0 : 1);
    }
}
