package org.devassign.agent.service.unix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.devassign.core.identity.Printable;

/**
 * The fd hand-off: a user-space driver connects to a Unix socket, names its consumer, and receives
 * the descriptors of its devices (SCM_RIGHTS) with a JSON line saying which is which. The agent
 * keeps its own copies open, so the hand-off survives the consumer and can be repeated.
 */
public final class HandoffServer implements AutoCloseable {

    /** A request is one consumer name and a line end; anything longer is cut here and refused by the name check. */
    static final int MAX_REQUEST_BYTES = 256;

    private static final System.Logger LOG = System.getLogger("org.devassign.agent");

    /** What the agent hands to a consumer, or why it refuses. */
    public interface Source {

        /** @throws IOException with the refusal as its message */
        Offer offer(String consumer, Native.Credentials peer) throws IOException;
    }

    /** @param json describes the devices and their descriptors, in the order of {@code fds} */
    public record Offer(String json, int[] fds) {
    }

    private final Path path;
    private final int listener;
    private final Source source;
    private volatile boolean open = true;

    private HandoffServer(Path path, int listener, Source source) {
        this.path = path;
        this.listener = listener;
        this.source = source;
    }

    public static HandoffServer start(Path path, Source source) throws IOException {
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        Files.deleteIfExists(path);
        int fd = Native.socket(Native.SOCK_STREAM);
        try {
            Native.bindAndListen(fd, path.toString(), 16);
        } catch (IOException e) {
            Native.close(fd);
            throw e;
        }
        HandoffServer server = new HandoffServer(path, fd, source);
        Thread.ofPlatform().daemon().name("handoff " + path).start(server::acceptLoop);
        return server;
    }

    public Path path() {
        return path;
    }

    private void acceptLoop() {
        while (open) {
            int client;
            try {
                client = Native.accept(listener);
            } catch (IOException e) {
                if (open) {
                    LOG.log(System.Logger.Level.WARNING, "handoff: " + e.getMessage());
                }
                return;
            }
            Thread.ofPlatform().daemon().start(() -> serve(client)); // blocking foreign calls would pin a virtual thread
        }
    }

    private void serve(int client) {
        try {
            Native.Credentials peer = Native.peer(client);
            String consumer = firstLine(new String(Native.read(client, MAX_REQUEST_BYTES), StandardCharsets.UTF_8));
            Offer offer;
            try {
                offer = source.offer(consumer, peer);
            } catch (IOException refusal) {
                LOG.log(System.Logger.Level.WARNING, "handoff refused to " + Printable.quote(consumer) + " (pid " + peer.pid() + ", uid "
                        + peer.uid() + "): " + Printable.escape(refusal.getMessage()));
                Native.write(client, (new com.google.gson.Gson().toJson(java.util.Map.of("error", String.valueOf(refusal.getMessage()))) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            Native.sendWithFds(client, (offer.json() + "\n").getBytes(StandardCharsets.UTF_8), offer.fds());
            LOG.log(System.Logger.Level.INFO, "handoff: " + offer.fds().length + " descriptors to " + Printable.quote(consumer) + " (pid "
                    + peer.pid() + ", uid " + peer.uid() + ")");
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "handoff: " + Printable.escape(e.getMessage()));
        } finally {
            Native.close(client);
        }
    }

    /** The request line without its line end: a consumer name, checked by the source. */
    private static String firstLine(String request) {
        int end = request.indexOf('\n');
        String line = end < 0 ? request : request.substring(0, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** The descriptors of a connection as the consumer side sees them. */
    public record Received(String json, List<Integer> fds) {
    }

    /** The consumer's side: connect, name the consumer, receive. */
    public static Received receive(Path socket, String consumer) throws IOException {
        int fd = Native.socket(Native.SOCK_STREAM);
        try {
            Native.connect(fd, socket.toString());
            Native.write(fd, (consumer + "\n").getBytes(StandardCharsets.UTF_8));
            Native.Received message = Native.receiveWithFds(fd, 64 * 1024);
            return new Received(new String(message.data(), StandardCharsets.UTF_8).trim(),
                    java.util.Arrays.stream(message.fds()).boxed().toList());
        } finally {
            Native.close(fd);
        }
    }

    @Override
    public void close() {
        open = false;
        Native.shutdown(listener);
        Native.close(listener);
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // left behind; the next start removes it
        }
    }
}
