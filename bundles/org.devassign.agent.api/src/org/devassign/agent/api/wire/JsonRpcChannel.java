package org.devassign.agent.api.wire;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.devassign.agent.api.ErrorCode;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.GsonBuilder;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;

/**
 * One JSON-RPC connection: a local object serving the peer's calls and a proxy of the peer's
 * interface. Reading runs on its own thread. Each message is checked in this order, and a message
 * refused on the way is answered with a JSON-RPC error and never reaches the local object: strict
 * JSON, one object; the gate (role, rate) on its method; then the parameters through LSP4J with the
 * {@link ProtocolJson} adapters, where an invalid value is answered -32602 with the adapter's
 * message (LSP4J reports it as a message issue that keeps the request, see {@link InvalidValueException}).
 * Two transports: a byte stream with Content-Length frames ({@link #create}, TLS), or one message per
 * transport message ({@link #forMessages}, MQTT), through the same checks.
 */
public final class JsonRpcChannel<R> implements Closeable {

    private final MessageJsonHandler json;
    private final RemoteEndpoint endpoint;
    private final MessageConsumer out;
    /** The frames of a stream transport; null for a message transport. */
    private final FrameReader reader;
    private final long maxMessageBytes;
    private final Gate gate;
    private final R remote;
    private final CompletableFuture<Throwable> ended = new CompletableFuture<>();
    private final Closeable transport;
    private BiConsumer<String, String> rejected = (method, reason) -> {
    };

    private JsonRpcChannel(Object local, Class<R> remoteInterface, Function<MessageJsonHandler, MessageConsumer> output, InputStream in,
            long maxMessageBytes, Gate gate, Closeable transport) {
        Map<String, JsonRpcMethod> methods = new LinkedHashMap<>(METHODS.get(local.getClass()));
        methods.putAll(METHODS.get(remoteInterface));
        this.json = new MessageJsonHandler(methods, builder -> configure(builder).registerTypeAdapterFactory(SharedAdapters.INSTANCE));
        // a stream's output is buffered by create(): one write per message (header and body together)
        MessageConsumer transportOut = output.apply(json);
        // a write that fails ends the connection: RemoteEndpoint swallows a failed notification, and a
        // sender (an interrupt watch) would otherwise go on writing to a peer that is gone
        this.out = message -> {
            try {
                transportOut.consume(message);
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        };
        // LSP4J's default answer to a local failure carries the Java stack trace as the error's data
        this.endpoint = new RemoteEndpoint(out, ServiceEndpoints.toEndpoint(local), failure -> {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof ResponseErrorException answer) {
                    return answer.getResponseError();
                }
            }
            System.getLogger(JsonRpcChannel.class.getName()).log(System.Logger.Level.ERROR, "a request failed", failure);
            return new ResponseError(ErrorCode.INTERNAL_ERROR.code(), "the request could not be served: the log of the side that"
                    + " served it has the details", null);
        });
        json.setMethodProvider(endpoint);
        this.remote = ServiceEndpoints.toServiceObject(endpoint, remoteInterface);
        this.reader = in == null ? null : new FrameReader(in, maxMessageBytes);
        this.maxMessageBytes = maxMessageBytes;
        this.gate = gate;
        this.transport = transport;
    }

    private static GsonBuilder configure(GsonBuilder builder) {
        return ProtocolJson.configure(builder.disableHtmlEscaping());
    }

    /** The JSON-RPC methods of a class, found by reflection once per class (a fleet opens a channel per board). */
    private static final ClassValue<Map<String, JsonRpcMethod>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, JsonRpcMethod> computeValue(Class<?> type) {
            return Map.copyOf(ServiceEndpoints.getSupportedMethods(type));
        }
    };

    /**
     * The protocol's type adapters, made once per process and shared by every channel. LSP4J gives
     * each channel a Gson of its own (its message adapter must ask that channel's endpoint what an
     * answer's type is), so each would otherwise build, by reflection, an adapter for every parameter
     * and result type again on its first message: a millisecond or two of CPU per channel, which is
     * most of a thousand boards' first contact. Messages themselves stay the channel's.
     */
    private static final class SharedAdapters implements TypeAdapterFactory {
        static final SharedAdapters INSTANCE = new SharedAdapters();
        private final Gson shared = new MessageJsonHandler(Map.of(), JsonRpcChannel::configure).getGson();

        @Override
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            return Message.class.isAssignableFrom(type.getRawType()) ? null : shared.getAdapter(type);
        }
    }

    /**
     * @param transport closed when the channel ends (the socket)
     */
    public static <R> JsonRpcChannel<R> create(Object local, Class<R> remoteInterface, InputStream in, OutputStream out,
            long maxMessageBytes, Gate gate, Closeable transport) {
        // one write per message (header and body together): two small TLS records per answer meet
        // Nagle's algorithm and delayed ACKs, which cost 40 ms per round trip
        return new JsonRpcChannel<>(local, remoteInterface, json -> new StreamMessageConsumer(new BufferedOutputStream(out, 1 << 16), json),
                in, maxMessageBytes, gate, transport);
    }

    /** Where a message transport sends each outgoing message: the message (its id, its method) and its JSON text. */
    @FunctionalInterface
    public interface MessageSink {
        void send(Message message, String json);
    }

    /**
     * A channel over a transport that carries whole messages (MQTT): each received message is given to
     * {@link #accept}, each outgoing one to {@code sink}. No reading thread; the same checks as a stream.
     *
     * @param transport closed when the channel is closed
     */
    public static <R> JsonRpcChannel<R> forMessages(Object local, Class<R> remoteInterface, long maxMessageBytes, Gate gate,
            MessageSink sink, Closeable transport) {
        return new JsonRpcChannel<>(local, remoteInterface, json -> message -> sink.send(message, json.serialize(message)), null,
                maxMessageBytes, gate, transport);
    }

    /**
     * Dispatches one message of a message transport: strict UTF-8 JSON within the size limit, then as
     * for a stream (the gate, the parameters). An answer goes to the sink on this thread or later.
     */
    public void accept(byte[] payload) {
        if (payload.length > maxMessageBytes) {
            refuse(null, null, ErrorCode.MESSAGE_TOO_LARGE,
                    "message of " + payload.length + " bytes is larger than the limit of " + maxMessageBytes + " bytes");
            return;
        }
        String body;
        try {
            body = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(payload)).toString();
        } catch (CharacterCodingException e) {
            refuse(null, null, ErrorCode.PARSE_ERROR, "malformed message: not UTF-8 text");
            return;
        }
        dispatch(body);
    }

    /** Called with the method (null when unknown) and a one-line reason for every message refused before dispatch. */
    public JsonRpcChannel<R> onRejected(BiConsumer<String, String> listener) {
        this.rejected = listener;
        return this;
    }

    public R remote() {
        return remote;
    }

    /** Completes with null at a clean end, or the failure that ended the connection. */
    public CompletableFuture<Throwable> ended() {
        return ended;
    }

    /** Reads on a new thread until the stream ends. */
    public JsonRpcChannel<R> start(String threadName) {
        Thread.ofPlatform().daemon().name(threadName).start(this::run);
        return this;
    }

    /** Reads on the calling thread until the stream ends. */
    public void run() {
        if (reader == null) {
            throw new IllegalStateException("a message channel has no stream to read: give each message to accept()");
        }
        Throwable failure = null;
        try {
            while (true) {
                String body;
                try {
                    body = reader.next();
                } catch (FrameException e) {
                    refuse(null, null, e.code(), e.getMessage());
                    if (e.fatal()) {
                        failure = e;
                        break;
                    }
                    continue;
                }
                if (body == null) {
                    break;
                }
                dispatch(body);
            }
        } catch (IOException | RuntimeException e) {
            failure = e;
        } finally {
            close();
            ended.complete(failure);
        }
    }

    private void dispatch(String body) {
        JsonObject tree;
        try {
            tree = strictObject(body);
        } catch (Refusal r) {
            refuse(null, null, r.code, r.getMessage());
            return;
        }
        JsonElement rawId = tree.get("id");
        Either<String, Number> id = id(rawId);
        if (rawId != null && !rawId.isJsonNull() && id == null) {
            refuse(null, null, ErrorCode.INVALID_REQUEST, "an id is a JSON string or number");
            return;
        }
        String method = tree.get("method") instanceof JsonPrimitive p && p.isString() ? p.getAsString() : null;
        if (method != null) {
            ResponseError refusal = gate.check(method);
            if (refusal != null) {
                rejected.accept(method, refusal.getMessage());
                if (id != null) {
                    answer(id, refusal);
                }
                return;
            }
        }
        Message message;
        try {
            message = json.parseMessage(body);
        } catch (MessageIssueException e) {
            String reason = reason(e);
            rejected.accept(method, "invalid message: " + reason);
            if (id != null && method != null) {
                answer(id, new ResponseError(ErrorCode.INVALID_PARAMS.code(), "invalid params for '" + method + "': " + reason, null));
            } else if (id != null) {
                // an answer of the peer that cannot be read: the call waiting for it fails with the reason
                ResponseMessage unreadable = new ResponseMessage();
                unreadable.setRawId(id);
                unreadable.setError(new ResponseError(ErrorCode.PARSE_ERROR.code(), "the answer could not be read: " + reason, null));
                endpoint.consume(unreadable);
            } else if (method == null) {
                answer(null, new ResponseError(ErrorCode.INVALID_REQUEST.code(), "not a JSON-RPC 2.0 message: " + reason, null));
            }
            return;
        } catch (RuntimeException e) {
            refuse(method, id, ErrorCode.PARSE_ERROR, "malformed JSON-RPC: " + firstLine(String.valueOf(e.getMessage())));
            return;
        }
        if (message == null) {
            refuse(null, null, ErrorCode.INVALID_REQUEST, "an empty message");
            return;
        }
        endpoint.consume(message);
    }

    /** The message of the first {@link InvalidValueException} behind the issue, else the issue's own words. */
    private static String reason(MessageIssueException e) {
        for (MessageIssue issue : e.getIssues()) {
            for (Throwable t = issue.getCause(); t != null; t = t.getCause()) {
                if (t instanceof InvalidValueException invalid) {
                    return invalid.getMessage();
                }
            }
        }
        for (MessageIssue issue : e.getIssues()) {
            if (issue.getCause() != null && issue.getCause().getMessage() != null) {
                return firstLine(issue.getCause().getMessage());
            }
        }
        return firstLine(String.valueOf(e.getMessage()));
    }

    private static Either<String, Number> id(JsonElement element) {
        if (element instanceof JsonPrimitive p && p.isString()) {
            return Either.forLeft(p.getAsString());
        }
        if (element instanceof JsonPrimitive p && p.isNumber()) {
            return Either.forRight(p.getAsNumber());
        }
        return null;
    }

    /** A refusal found before LSP4J sees the message. */
    private static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        final ErrorCode code;

        Refusal(ErrorCode code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }

    /**
     * Gson's and LSP4J's readers are lenient (they accept truncated documents, single quotes,
     * trailing garbage): read the body as strict JSON first so such input is a parse error.
     */
    private static JsonObject strictObject(String body) throws Refusal {
        JsonElement element;
        try {
            JsonReader reader = new JsonReader(new StringReader(body));
            reader.setStrictness(Strictness.STRICT);
            element = STRICT.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new Refusal(ErrorCode.PARSE_ERROR, "malformed JSON: text after the message");
            }
        } catch (IOException | RuntimeException e) {
            throw new Refusal(ErrorCode.PARSE_ERROR, "malformed JSON: " + firstLine(String.valueOf(e.getMessage())));
        }
        if (element.isJsonArray()) {
            throw new Refusal(ErrorCode.INVALID_REQUEST, "batch requests are not supported: send one JSON-RPC object per message");
        }
        if (!element.isJsonObject()) {
            throw new Refusal(ErrorCode.PARSE_ERROR, "malformed JSON-RPC: a message is a JSON object");
        }
        return element.getAsJsonObject();
    }

    private static final TypeAdapter<JsonElement> STRICT = new Gson().getAdapter(JsonElement.class);

    /** Answers with an error and tells the listener (the audit). */
    private void refuse(String method, Either<String, Number> id, ErrorCode code, String text) {
        rejected.accept(method, text);
        answer(id, new ResponseError(code.code(), text, null));
    }

    private void answer(Either<String, Number> id, ResponseError error) {
        ResponseMessage response = new ResponseMessage();
        if (id != null) {
            response.setRawId(id);
        }
        response.setError(error);
        try {
            out.consume(response);
        } catch (RuntimeException e) {
            // the peer is gone; the reader ends on its own
        }
    }

    /**
     * The first line of a parser's message, cut at 200 characters, without the Java class names
     * ({@code com.google.gson.stream.MalformedJsonException: }) that parsers put in front of causes:
     * the peer needs what was wrong with its message, not how the agent is built.
     */
    static String firstLine(String text) {
        int nl = text.indexOf('\n');
        String line = JAVA_NAME.matcher(nl < 0 ? text : text.substring(0, nl)).replaceAll("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    private static final java.util.regex.Pattern JAVA_NAME = java.util.regex.Pattern
            .compile("(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)(?::\\s*|\\b)");

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            // closing anyway
        }
        if (reader == null) {
            ended.complete(null); // a stream's end is completed by its reading thread, with the failure that ended it
        }
    }
}
