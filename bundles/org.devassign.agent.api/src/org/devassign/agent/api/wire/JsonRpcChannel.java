package org.devassign.agent.api.wire;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.io.StringReader;
import java.util.function.BiConsumer;

import org.devassign.agent.api.Protocol;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;

/**
 * One JSON-RPC connection: a local object serving the peer's calls and a proxy of the peer's
 * interface. Reading runs on its own thread; a malformed, oversized or refused message is answered
 * with a JSON-RPC error and never reaches the local object.
 */
public final class JsonRpcChannel<R> implements Closeable {

    private final MessageJsonHandler json;
    private final RemoteEndpoint endpoint;
    private final StreamMessageConsumer out;
    private final FrameReader reader;
    private final Gate gate;
    private final R remote;
    private final CompletableFuture<Throwable> ended = new CompletableFuture<>();
    private final Closeable transport;
    private BiConsumer<String, String> rejected = (method, reason) -> {
    };

    private JsonRpcChannel(Object local, Class<R> remoteInterface, InputStream in, OutputStream output, long maxMessageBytes,
            Gate gate, Closeable transport) {
        Map<String, JsonRpcMethod> methods = new LinkedHashMap<>(ServiceEndpoints.getSupportedMethods(local.getClass()));
        methods.putAll(ServiceEndpoints.getSupportedMethods(remoteInterface));
        this.json = new MessageJsonHandler(methods);
        // one write per message (header and body together): two small TLS records per answer meet
        // Nagle's algorithm and delayed ACKs, which cost 40 ms per round trip
        this.out = new StreamMessageConsumer(new java.io.BufferedOutputStream(output, 1 << 16), json);
        this.endpoint = new RemoteEndpoint(out, ServiceEndpoints.toEndpoint(local));
        json.setMethodProvider(endpoint);
        this.remote = ServiceEndpoints.toServiceObject(endpoint, remoteInterface);
        this.reader = new FrameReader(in, maxMessageBytes);
        this.gate = gate;
        this.transport = transport;
    }

    /**
     * @param transport closed when the channel ends (the socket)
     */
    public static <R> JsonRpcChannel<R> create(Object local, Class<R> remoteInterface, InputStream in, OutputStream out,
            long maxMessageBytes, Gate gate, Closeable transport) {
        return new JsonRpcChannel<>(local, remoteInterface, in, out, maxMessageBytes, gate, transport);
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
        Throwable failure = null;
        try {
            while (true) {
                String body;
                try {
                    body = reader.next();
                } catch (FrameException e) {
                    reject(null, e.code(), e.getMessage());
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
        String syntax = strictSyntax(body);
        if (syntax != null) {
            reject(null, syntax.startsWith("batch") ? Protocol.INVALID_REQUEST : Protocol.PARSE_ERROR, syntax);
            return;
        }
        Message message;
        try {
            message = json.parseMessage(body);
        } catch (MessageIssueException e) {
            Message partial = e.getRpcMessage();
            rejected.accept(partial instanceof RequestMessage r ? r.getMethod() : null, "invalid message: " + firstLine(String.valueOf(e.getMessage())));
            if (partial instanceof RequestMessage request && request.getId() != null) {
                reject(request.getId(), Protocol.INVALID_PARAMS, "invalid params for '" + request.getMethod() + "': " + firstLine(e.getMessage()));
            } else if (!(partial instanceof NotificationMessage) && !(partial instanceof ResponseMessage)) {
                reject(null, Protocol.INVALID_REQUEST, "not a JSON-RPC 2.0 message: " + firstLine(e.getMessage()));
            }
            return;
        } catch (RuntimeException e) {
            reject(null, Protocol.PARSE_ERROR, "malformed JSON: " + firstLine(String.valueOf(e.getMessage())));
            return;
        }
        if (message == null) {
            reject(null, Protocol.INVALID_REQUEST, "an empty message");
            return;
        }
        String method = message instanceof RequestMessage r ? r.getMethod()
                : message instanceof NotificationMessage n ? n.getMethod() : null;
        if (message instanceof RequestMessage request && (request.getId() == null || method == null)) {
            reject(request.getId(), Protocol.INVALID_REQUEST, "a request needs an id and a method");
            return;
        }
        if (method != null) {
            ResponseError refusal = gate.check(method);
            if (refusal != null) {
                rejected.accept(method, refusal.getMessage());
                if (message instanceof RequestMessage request) {
                    ResponseMessage response = new ResponseMessage();
                    if (request.getId() != null) {
                        response.setId(request.getId());
                    }
                    response.setError(refusal);
                    out.consume(response);
                }
                return;
            }
        }
        endpoint.consume(message);
    }

    /**
     * Gson's and LSP4J's readers are lenient (they accept truncated documents, single quotes,
     * trailing garbage): check the body as strict JSON first so such input is a parse error.
     */
    private static String strictSyntax(String body) {
        try {
            JsonReader reader = new JsonReader(new StringReader(body));
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = STRICT.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                return "malformed JSON: text after the message";
            }
            if (element.isJsonArray()) {
                return "batch requests are not supported: send one JSON-RPC object per message";
            }
            if (!element.isJsonObject()) {
                return "malformed JSON-RPC: a message is a JSON object";
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "malformed JSON: " + firstLine(String.valueOf(e.getMessage()));
        }
    }

    private static final TypeAdapter<JsonElement> STRICT = new Gson().getAdapter(JsonElement.class);

    private void reject(String id, int code, String text) {
        if (code != Protocol.INVALID_PARAMS) {
            rejected.accept(null, text);
        }
        ResponseMessage response = new ResponseMessage();
        if (id != null) {
            response.setId(id);
        }
        response.setError(new ResponseError(code, text, null));
        try {
            out.consume(response);
        } catch (RuntimeException e) {
            // the peer is gone; the reader ends on its own
        }
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        String line = nl < 0 ? text : text.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
