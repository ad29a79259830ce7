package org.devassign.fuzz.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * The agent's whole decoder in process: the input is one message body (framed here, so the fuzzer
 * spends its time on JSON, JSON-RPC and the parameter types rather than on the header), read by a
 * {@link JsonRpcChannel} with the agent's side of the protocol. Documented: the channel ends
 * cleanly or with an {@link IOException}; every answer is a JSON-RPC object with a result or an
 * error. A RuntimeException ending the channel (the connection dropped) or an answer of any other
 * shape is a finding.
 */
public final class JsonRpcFuzz {

    private JsonRpcFuzz() {
    }

    /** Called once by Jazzer before fuzzing. */
    public static void fuzzerInitialize() {
        FuzzTargets.warmUp(JsonRpcFuzz.class);
    }

    public static void fuzzerTestOneInput(byte[] data) throws Throwable {
        ByteArrayOutputStream input = new ByteArrayOutputStream(data.length + 32);
        input.writeBytes(("Content-Length: " + data.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        input.writeBytes(data);
        decode(input.toByteArray(), 1 << 16);
    }

    /** What the decoder answered to one stream: how many errors and how many results. */
    public record Answers(int errors, int results) {
    }

    /**
     * Feeds {@code stream} (frames with their headers, as a connection carries them) to the agent's
     * side of a channel that accepts bodies up to {@code maxMessageBytes}, and checks what the target
     * documents; the in-process loop of {@code bench/fuzz/loop} ({@link JsonRpcLoop}) calls this too,
     * with whole hostile streams.
     *
     * @throws Throwable a finding: the channel ended with anything but an IOException, or an answer is
     *             not a JSON-RPC object with a result or an error
     */
    public static Answers decode(byte[] stream, int maxMessageBytes) throws Throwable {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        JsonRpcChannel<AgentEvents> channel = JsonRpcChannel.create(new Service(), AgentEvents.class,
                new ByteArrayInputStream(stream), output, maxMessageBytes, Gate.OPEN, () -> {
                });
        channel.run();
        Throwable ended = channel.ended().getNow(null);
        if (ended != null && !(ended instanceof IOException)) {
            throw new IllegalStateException("the channel ended with " + ended, ended);
        }
        int errors = 0;
        int results = 0;
        FrameReader answers = new FrameReader(new ByteArrayInputStream(output.toByteArray()), 1 << 20);
        for (String body = answers.next(); body != null; body = answers.next()) {
            JsonElement answer = JsonParser.parseString(body);
            if (!answer.isJsonObject() || !(answer.getAsJsonObject().has("result") || answer.getAsJsonObject().has("error"))) {
                throw new IllegalStateException("an answer that is neither a result nor an error: " + body);
            }
            if (answer.getAsJsonObject().has("error")) {
                errors++;
            } else {
                results++;
            }
        }
        return new Answers(errors, results);
    }

    /** Answers every request with an empty result: what matters here is what reaches it, not what it does. */
    static final class Service implements AgentService {
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
}
