package org.devassign.deploy.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.net.ssl.SSLSocket;

import org.devassign.agent.api.wire.FrameReader;
import org.devassign.deploy.AgentLink;
import org.devassign.deploy.Target;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** A TLS connection to the agent that writes raw bytes: what a broken or hostile client sends. */
final class RawTls implements AutoCloseable {

    private final SSLSocket socket;
    private final OutputStream out;
    private final InputStream in;
    private final FrameReader reader;

    RawTls(Target target, Path certs, String role) throws IOException {
        socket = (SSLSocket) AgentLink.context(AgentLink.Identity.of(certs, role)).getSocketFactory().createSocket(target.host(), target.port());
        socket.setSoTimeout(20_000);
        socket.startHandshake();
        out = socket.getOutputStream();
        in = socket.getInputStream();
        reader = new FrameReader(in, 16 << 20);
    }

    /** The raw stream to the agent (for a writer on another thread). */
    OutputStream output() {
        return out;
    }

    void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    void frame(String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.writeBytes(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        frame.writeBytes(body);
        send(frame.toByteArray());
    }

    /** The next message from the agent, or null when it closed the connection. */
    JsonObject next() throws IOException {
        try {
            String body = reader.next();
            return body == null ? null : JsonParser.parseString(body).getAsJsonObject();
        } catch (SocketTimeoutException e) {
            throw e;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The next message if one comes within {@code millis}, else null. A wait that ends mid-message
     * leaves the stream unusable: for reading what is already there before the connection is closed.
     */
    JsonObject next(int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            return next();
        } catch (SocketTimeoutException e) {
            return null;
        } finally {
            socket.setSoTimeout(20_000);
        }
    }

    /** The error's code; 0 for an answer that is no error. */
    static int errorCode(JsonObject response) {
        return response.has("error") ? response.getAsJsonObject("error").get("code").getAsInt() : 0;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
