package org.devassign.agent.service.unix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The fd hand-off: a user-space driver connects to a Unix socket, names its consumer, and receives
 * the descriptors of its devices (SCM_RIGHTS) with a JSON line saying which is which. The agent
 * keeps its own copies open, so the hand-off survives the consumer and can be repeated.
 */
public final class HandoffServer implements AutoCloseable {

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
    private final Consumer<String> log;
    private volatile boolean open = true;

    private HandoffServer(Path path, int listener, Source source, Consumer<String> log) {
        this.path = path;
        this.listener = listener;
        this.source = source;
        this.log = log;
    }

    public static HandoffServer start(Path path, Source source, Consumer<String> log) throws IOException {
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
        HandoffServer server = new HandoffServer(path, fd, source, log);
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
                    log.accept("handoff: " + e.getMessage());
                }
                return;
            }
            Thread.ofPlatform().daemon().start(() -> serve(client)); // blocking foreign calls would pin a virtual thread
        }
    }

    private void serve(int client) {
        try {
            Native.Credentials peer = Native.peer(client);
            String consumer = new String(Native.read(client, 256), StandardCharsets.UTF_8).trim();
            Offer offer;
            try {
                offer = source.offer(consumer, peer);
            } catch (IOException refusal) {
                log.accept("handoff refused to " + consumer + " (pid " + peer.pid() + ", uid " + peer.uid() + "): " + refusal.getMessage());
                Native.write(client, (new com.google.gson.Gson().toJson(java.util.Map.of("error", String.valueOf(refusal.getMessage()))) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            Native.sendWithFds(client, (offer.json() + "\n").getBytes(StandardCharsets.UTF_8), offer.fds());
            log.accept("handoff: " + offer.fds().length + " descriptors to " + consumer + " (pid " + peer.pid() + ", uid " + peer.uid() + ")");
        } catch (IOException e) {
            log.accept("handoff: " + e.getMessage());
        } finally {
            Native.close(client);
        }
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
