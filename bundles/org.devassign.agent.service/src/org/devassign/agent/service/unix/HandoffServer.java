package org.devassign.agent.service.unix;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.devassign.core.identity.Printable;

/**
 * The fd hand-off. Each user-space consumer the agent holds open devices for gets a Unix socket of
 * its own, {@code FOLDER/NAME.sock} in a folder only root may write ({@link HandoffSockets}), owned
 * by the consumer's uid and gid with mode 0600. A process connects, names its consumer in one line,
 * and receives the descriptors of its devices (SCM_RIGHTS) with a JSON line saying which is which.
 * The agent keeps its own copies open, so the hand-off survives the consumer and can be repeated.
 * <p>
 * Who gets them is the kernel's word on the peer (SO_PEERCRED), not anything the peer says
 * ({@link Access}). Every connection is bounded: one thread polls the listeners and every connection
 * in progress (no thread per connection, of any kind: a blocking call through java.lang.foreign would
 * pin even a virtual thread), at most {@link Limits#connections()} are in progress and more are
 * refused at once, and one that has not named its consumer within {@link Limits#millis()} is
 * closed. Names reach the log escaped, and refusals are counted, not logged one line each.
 */
public final class HandoffServer implements AutoCloseable {

    /** A request is one consumer name and a line end; anything longer is cut here and refused by the name check. */
    static final int MAX_REQUEST_BYTES = 256;

    private static final System.Logger LOG = System.getLogger("org.devassign.agent");

    /**
     * Who may take a consumer's descriptors: a process running as its uid and gid, or root (which can
     * open the VFIO devices itself: refusing it would protect nothing). A consumer whose config states
     * no ids is root's alone ({@link #ROOT_ONLY}).
     */
    public record Access(long uid, long gid) {

        public static final Access ROOT_ONLY = new Access(0, 0);

        /** Why {@code peer} may not have the descriptors, or null when it may. */
        public String refusal(Native.Credentials peer) {
            long peerUid = Integer.toUnsignedLong(peer.uid());
            long peerGid = Integer.toUnsignedLong(peer.gid());
            if (peerUid == 0) {
                return null;
            }
            if (peerUid != uid) {
                return "the connecting process runs as uid " + peerUid + ", and this consumer's uid is " + uid;
            }
            if (peerGid != gid) {
                return "the connecting process runs as gid " + peerGid + ", and this consumer's gid is " + gid;
            }
            return null;
        }
    }

    /** What the agent hands to a consumer, or why it refuses. */
    public interface Source {

        /**
         * @param consumer the consumer whose socket the peer connected to
         * @param requested the name the peer sent (hostile text)
         * @throws IOException with the refusal, for the peer, as its message
         */
        Offer offer(String consumer, String requested, Native.Credentials peer) throws IOException;

        /**
         * A refusal for the audit, at most one a second: {@code more} others were refused since the
         * last one reported.
         */
        void refused(String consumer, Native.Credentials peer, String why, int more);
    }

    /**
     * @param json describes the devices and their descriptors, in the order of {@code fds}
     * @param fds descriptors the offer owns (copies): the server closes them once sent
     */
    public record Offer(String json, int[] fds) {
    }

    /**
     * @param connections connections in progress at a time (config: limits.handoff.connections)
     * @param millis how long a connection may take to name its consumer (config: limits.handoff.millis)
     */
    public record Limits(int connections, int millis) {

        public static final Limits DEFAULT = new Limits(32, 2000);
    }

    /** A connection that has not named its consumer yet. */
    private static final class Connection {
        final int fd;
        final String consumer;
        final Native.Credentials peer;
        final long deadline;
        final ByteArrayOutputStream request = new ByteArrayOutputStream();

        Connection(int fd, String consumer, Native.Credentials peer, long deadline) {
            this.fd = fd;
            this.consumer = consumer;
            this.peer = peer;
            this.deadline = deadline;
        }
    }

    private final HandoffSockets sockets;
    private final Source source;
    private final Limits limits;
    private final int wake;
    private final List<Connection> pending = new ArrayList<>();
    private final Thread loop;
    private volatile boolean open = true;
    private volatile int inProgress;
    private long lastReport;
    private int unreported;

    private HandoffServer(HandoffSockets sockets, Source source, Limits limits, int wake) {
        this.sockets = sockets;
        this.source = source;
        this.limits = limits;
        this.wake = wake;
        this.loop = Thread.ofPlatform().daemon().name("devassign handoff").unstarted(this::run);
    }

    /** Serves the consumers of {@link #publish} from sockets in {@code folder} (made root's, mode 0755). */
    public static HandoffServer start(Path folder, Source source, Limits limits) throws IOException {
        HandoffSockets sockets = HandoffSockets.open(folder);
        HandoffServer server = new HandoffServer(sockets, source, limits, Poll.eventfd());
        server.loop.start();
        return server;
    }

    /**
     * Makes the sockets match {@code consumers} (name to who may connect): new ones made, gone ones
     * removed, changed ids applied. The others are served whatever fails for one.
     *
     * @throws IOException naming each consumer whose socket could not be made or changed
     */
    public void publish(Map<String, Access> consumers) throws IOException {
        try {
            sockets.publish(consumers);
        } finally {
            Poll.signal(wake);
        }
    }

    /** Where {@code consumer}'s socket is (whether or not it exists now). */
    public Path socketOf(String consumer) {
        return sockets.pathOf(consumer);
    }

    public Path folder() {
        return sockets.folder();
    }

    /** Connections accepted that have not been answered yet. */
    public int inProgress() {
        return inProgress;
    }

    private void run() {
        try {
            while (open) {
                Map<Integer, HandoffSockets.Listener> listeners = sockets.listeners();
                int[] fds = new int[1 + listeners.size() + pending.size()];
                fds[0] = wake;
                List<HandoffSockets.Listener> polled = new ArrayList<>(listeners.values());
                for (int i = 0; i < polled.size(); i++) {
                    fds[1 + i] = polled.get(i).fd();
                }
                List<Connection> connections = new ArrayList<>(pending);
                for (int i = 0; i < connections.size(); i++) {
                    fds[1 + polled.size() + i] = connections.get(i).fd;
                }
                short[] events = Poll.poll(fds, timeout());
                if (events[0] != 0) {
                    Poll.drain(wake);
                }
                for (int i = 0; i < polled.size(); i++) {
                    if (events[1 + i] != 0) {
                        acceptAll(polled.get(i));
                    }
                }
                for (int i = 0; i < connections.size(); i++) {
                    if (events[1 + polled.size() + i] != 0) {
                        read(connections.get(i));
                    }
                }
                expire();
                inProgress = pending.size();
            }
        } catch (IOException | RuntimeException e) {
            if (open) {
                LOG.log(System.Logger.Level.ERROR, "handoff: the hand-off stopped: " + Printable.escape(String.valueOf(e.getMessage())), e);
            }
        } finally {
            pending.forEach(c -> Native.close(c.fd));
            pending.clear();
            inProgress = 0;
        }
    }

    /** Until the next deadline of a connection in progress; without any, until woken. */
    private int timeout() {
        if (pending.isEmpty()) {
            return -1;
        }
        long next = pending.stream().mapToLong(c -> c.deadline).min().orElseThrow();
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, (next - System.nanoTime()) / 1_000_000 + 1));
    }

    private void acceptAll(HandoffSockets.Listener listener) throws IOException {
        while (true) {
            int client = Poll.accept(listener.fd());
            if (client < 0) {
                return;
            }
            Native.Credentials peer;
            try {
                peer = Native.peer(client);
            } catch (IOException e) {
                Native.close(client);
                continue;
            }
            String why = listener.access().refusal(peer);
            if (why != null) {
                refuse(client, listener.consumer(), peer, why + ": the hand-off is for the consumer's own processes");
            } else if (pending.size() >= limits.connections()) {
                refuse(client, listener.consumer(), peer, "too many hand-offs in progress (" + limits.connections()
                        + ", limits.handoff.connections): try again in a moment");
            } else {
                pending.add(new Connection(client, listener.consumer(), peer, System.nanoTime() + limits.millis() * 1_000_000L));
            }
        }
    }

    private void read(Connection c) {
        Native.Received received;
        try {
            received = Native.receiveWithFds(c.fd, MAX_REQUEST_BYTES - c.request.size(), Native.MSG_DONTWAIT);
        } catch (IOException e) {
            drop(c);
            return;
        }
        if (received == null) {
            return; // woken for nothing to read yet
        }
        for (int extra : received.fds()) {
            Native.close(extra); // a peer has nothing to hand the agent
        }
        c.request.writeBytes(received.data());
        boolean ended = received.data().length == 0;
        if (ended && c.request.size() == 0) {
            drop(c); // gone without a word
        } else if (ended || c.request.size() >= MAX_REQUEST_BYTES || hasLineEnd(received.data())) {
            pending.remove(c);
            serve(c);
        }
    }

    private static boolean hasLineEnd(byte[] bytes) {
        for (byte b : bytes) {
            if (b == '\n') {
                return true;
            }
        }
        return false;
    }

    private void serve(Connection c) {
        String requested = firstLine(c.request.toString(StandardCharsets.UTF_8));
        Offer offer;
        try {
            offer = source.offer(c.consumer, requested, c.peer);
        } catch (IOException refusal) {
            refuse(c.fd, c.consumer, c.peer, String.valueOf(refusal.getMessage()));
            return;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "handoff to " + c.consumer + " failed", e);
            refuse(c.fd, c.consumer, c.peer, "the agent failed to hand the descriptors out; see its log");
            return;
        }
        try {
            Native.sendWithFds(c.fd, (offer.json() + "\n").getBytes(StandardCharsets.UTF_8), offer.fds(), Native.MSG_DONTWAIT);
            LOG.log(System.Logger.Level.INFO, "handoff: " + offer.fds().length + " descriptors to " + c.consumer + " (pid "
                    + c.peer.pid() + ", uid " + Integer.toUnsignedLong(c.peer.uid()) + ")");
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "handoff to " + c.consumer + ": " + Printable.escape(String.valueOf(e.getMessage())));
        } finally {
            for (int fd : offer.fds()) {
                Native.close(fd);
            }
            Native.close(c.fd);
        }
    }

    private void expire() {
        long now = System.nanoTime();
        for (Iterator<Connection> i = pending.iterator(); i.hasNext();) {
            Connection c = i.next();
            if (now - c.deadline >= 0) {
                i.remove();
                refuse(c.fd, c.consumer, c.peer, "no consumer name within " + limits.millis() + " ms (limits.handoff.millis)");
            }
        }
    }

    private void drop(Connection c) {
        pending.remove(c);
        Native.close(c.fd);
    }

    /** Answers with the refusal (if the peer still listens), closes, and reports it at most once a second. */
    private void refuse(int fd, String consumer, Native.Credentials peer, String why) {
        try {
            Native.sendWithFds(fd, ("{\"error\":" + jsonString(why) + "}\n").getBytes(StandardCharsets.UTF_8), new int[0],
                    Native.MSG_DONTWAIT);
        } catch (IOException e) {
            // gone, or not reading: the refusal stands anyway
        } finally {
            Native.close(fd);
        }
        long now = System.nanoTime();
        if (lastReport != 0 && now - lastReport < 1_000_000_000L) {
            unreported++;
            return;
        }
        String more = unreported == 0 ? "" : " (and " + unreported + " more refused since the last report)";
        LOG.log(System.Logger.Level.WARNING, "handoff refused to a process of " + consumer + " (pid " + peer.pid() + ", uid "
                + Integer.toUnsignedLong(peer.uid()) + ", gid " + Integer.toUnsignedLong(peer.gid()) + "): " + Printable.line(why) + more);
        source.refused(consumer, peer, why, unreported);
        lastReport = now;
        unreported = 0;
    }

    /** The request line without its line end: a consumer name, checked by the source. */
    private static String firstLine(String request) {
        int end = request.indexOf('\n');
        String line = end < 0 ? request : request.substring(0, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** A JSON string of {@code text}, every character outside printable ASCII escaped. */
    static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7f) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    /** The descriptors of a connection as the consumer side sees them. */
    public record Received(String json, List<Integer> fds) {
    }

    /** The consumer's side: connect, name the consumer, receive (waiting at most {@code millis}). */
    public static Received receive(Path socket, String consumer, int millis) throws IOException {
        int fd = Native.socket(Native.SOCK_STREAM);
        try {
            Native.connect(fd, socket.toString());
            try {
                Native.write(fd, (consumer + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // refused at once (the agent closed before reading): its answer is still there to read
            }
            if (Poll.poll(new int[] { fd }, millis)[0] == 0) {
                throw new IOException("no answer from " + socket + " within " + millis + " ms");
            }
            Native.Received message = Native.receiveWithFds(fd, 64 * 1024);
            return new Received(new String(message.data(), StandardCharsets.UTF_8).trim(), Arrays.stream(message.fds()).boxed().toList());
        } finally {
            Native.close(fd);
        }
    }

    /** {@link #receive(Path, String, int)} waiting up to 10 s. */
    public static Received receive(Path socket, String consumer) throws IOException {
        return receive(socket, consumer, 10_000);
    }

    @Override
    public void close() {
        open = false;
        Poll.signal(wake);
        try {
            loop.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sockets.close();
        Native.close(wake);
    }
}
