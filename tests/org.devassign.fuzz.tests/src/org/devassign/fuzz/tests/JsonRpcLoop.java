package org.devassign.fuzz.tests;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.devassign.testing.JsonRpcMutations;

/**
 * The JSON-RPC target ({@link JsonRpcFuzz}) without coverage feedback: a seeded loop of mutated
 * valid messages ({@link JsonRpcMutations}), several frames per stream and sometimes a wrong
 * Content-Length, through the same decoder and the same checks. Runs where Jazzer is not at hand:
 * {@code bench/fuzz/loop} runs it long, {@link JsonRpcLoopTest} briefly.
 */
public final class JsonRpcLoop {

    /** The agent's own limit is larger; a small one makes the loop hit the too-large path often. */
    static final int MAX_MESSAGE_BYTES = 8192;

    /** {@code crashes} counts findings; {@code samples} holds the first few, with their input. */
    public record Result(long inputs, long errors, long results, long crashes, List<String> samples, double seconds) {
    }

    private JsonRpcLoop() {
    }

    /** {@code count} streams of 1-4 frames from {@code seed}. */
    public static Result run(long seed, long count) {
        Random random = new Random(seed);
        long errors = 0;
        long results = 0;
        long crashes = 0;
        List<String> samples = new ArrayList<>();
        long t0 = System.nanoTime();
        for (long i = 0; i < count; i++) {
            byte[] input = JsonRpcMutations.stream(random);
            try {
                JsonRpcFuzz.Answers answers = JsonRpcFuzz.decode(input, MAX_MESSAGE_BYTES);
                errors += answers.errors();
                results += answers.results();
            } catch (Throwable e) {
                crashes++;
                if (samples.size() < 5) {
                    samples.add(e + " on " + new String(input, StandardCharsets.ISO_8859_1));
                }
            }
        }
        return new Result(count, errors, results, crashes, samples, (System.nanoTime() - t0) / 1e9);
    }

    /** {@code JsonRpcLoop SEED COUNT}, for bench/fuzz/loop: exits 1 when a stream was a finding. */
    public static void main(String[] args) {
        java.util.logging.Logger.getLogger("org.eclipse.lsp4j.jsonrpc").setLevel(java.util.logging.Level.OFF);
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        long count = args.length > 1 ? Long.parseLong(args[1]) : 100_000;
        Result r = run(seed, count);
        System.out.printf("fuzz decoder: seed %d, %d inputs in %.1f s (%.0f/s): %d error answers, %d results, %d crashes%n", seed, r.inputs(),
                r.seconds(), r.inputs() / r.seconds(), r.errors(), r.results(), r.crashes());
        r.samples().forEach(s -> System.out.println("  crash: " + s));
        System.exit(r.crashes() == 0 ? 0 : 1);
    }
}
