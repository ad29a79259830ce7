package org.devassign.deploy.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.devassign.deploy.AgentLink;
import org.devassign.deploy.Target;
import org.devassign.testing.JsonRpcMutations;

/**
 * Mutated agent protocol messages ({@link JsonRpcMutations}) sent to a live agent over TLS as a
 * viewer, each followed by a status probe: an input counts as a crash when the agent cannot be
 * reached afterwards. The decoder alone, in process, is the fuzz bundle's JSON-RPC target and its
 * loop ({@code bench/fuzz/loop}); this is what only a running agent can show (its TLS server, its
 * session limits, its staying up).
 */
public final class LiveAgentFuzz {

    public record Result(long inputs, long errors, long results, long crashes, List<String> samples, double seconds) {
    }

    private LiveAgentFuzz() {
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
            byte[] input = JsonRpcMutations.message(random);
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
}
