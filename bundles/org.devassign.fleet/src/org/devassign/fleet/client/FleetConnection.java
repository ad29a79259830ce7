package org.devassign.fleet.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import org.devassign.agent.api.AgentEvents;
import org.devassign.agent.api.AgentService;
import org.devassign.agent.api.IrqCounts;
import org.devassign.agent.api.Progress;
import org.devassign.agent.api.wire.Gate;
import org.devassign.agent.api.wire.JsonRpcChannel;
import org.devassign.agent.api.wire.ProtocolJson;
import org.devassign.fleet.Names;
import org.devassign.fleet.Presence;
import org.devassign.fleet.Summary;
import org.devassign.fleet.Topics;
import org.devassign.fleet.mqtt.MqttLink;
import org.devassign.fleet.sign.CommandSigner;
import org.devassign.fleet.sign.SignedCommand;
import org.devassign.fleet.sign.FleetIdentity;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * A client's connection to a fleet through its broker. It follows every board's presence and
 * summary ({@link #boards}), and gives per board the agent protocol's own proxy
 * ({@link #agent}): each request becomes an MQTT 5 request on the board's command topic for its
 * method, signed with this client's certificate, with this session's reply topic and the JSON-RPC
 * id as correlation data; answers and progress come back on the reply topic into the same
 * {@link JsonRpcChannel} that a TLS connection uses. A session has its own random name: a second
 * process of the same person does not read this one's answers.
 */
public final class FleetConnection implements AutoCloseable {

    /** What a connection follows besides its own answers. */
    public enum Follow {
        /** Every board's presence and summary: what a listing shows. */
        LISTING,
        /**
         * Every board's presence only: what a rollout needs (which board is online, in which
         * session). A board republishes its summary after every apply, so a rollout that followed
         * summaries too would receive two messages per board instead of one.
         */
        ROLLOUT
    }

    private static final System.Logger LOG = System.getLogger("org.devassign.fleet");
    private static final Gson GSON = ProtocolJson.gson();
    /** Retained presence and summary messages larger than this are not a board's: they are ignored. */
    private static final int MAX_STATE_BYTES = 256 * 1024;
    private static final long MAX_ANSWER_BYTES = 64L << 20;

    private final String client;
    private final String session;
    private final CommandSigner signer;
    private final Duration validity;
    private final MqttLink link;
    private final Map<String, BoardView> boards = new ConcurrentHashMap<>();
    private final Map<String, JsonRpcChannel<AgentService>> channels = new ConcurrentHashMap<>();
    private final List<BiConsumer<String, Progress>> progress = new CopyOnWriteArrayList<>();
    private final List<Consumer<BoardView>> changes = new CopyOnWriteArrayList<>();
    private final List<Runnable> linkChanges = new CopyOnWriteArrayList<>();
    private final AtomicLong stateMessages = new AtomicLong();
    private final AtomicLong lastStateNanos = new AtomicLong(System.nanoTime());
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    /** Connections lost so far: a board's presence heard since the last loss is current ({@link #current}). */
    private final AtomicLong losses = new AtomicLong();
    private final Map<String, Long> heardAfterLoss = new ConcurrentHashMap<>();
    private volatile long connectionChangedNanos = System.nanoTime();
    /** The commands of a {@link #together} under way on this thread. */
    private final ThreadLocal<List<Pending>> batch = new ThreadLocal<>();

    private FleetConnection(String broker, FleetIdentity identity, Duration validity, Follow follow) throws IOException {
        this.client = Names.check(identity.commonName(), "client identity (the CN of its certificate)");
        this.session = HexFormat.of().formatHex(new byte[] { (byte) ThreadLocalRandom.current().nextInt(),
                (byte) ThreadLocalRandom.current().nextInt(), (byte) ThreadLocalRandom.current().nextInt(),
                (byte) ThreadLocalRandom.current().nextInt() });
        this.signer = identity.signer();
        this.validity = validity;
        MqttLink.Settings settings = MqttLink.Settings.of(broker, client + "-" + session, identity.tls(), null,
                follow == Follow.LISTING ? List.of(Topics.ALL_PRESENCE, Topics.ALL_SUMMARIES, Topics.replies(client, session))
                        : List.of(Topics.ALL_PRESENCE, Topics.replies(client, session)));
        this.link = MqttLink.start(settings, new MqttLink.Listener() {
            @Override
            public void connected(MqttLink l, boolean again) {
                lastStateNanos.set(System.nanoTime());
                connectionChangedNanos = System.nanoTime();
                linkChanged();
            }

            @Override
            public void lost(String why) {
                // what was heard before is not known to hold now: a restarted broker without persistence forgot it
                losses.incrementAndGet();
                connectionChangedNanos = System.nanoTime();
                linkChanged();
            }

            @Override
            public void message(MqttLink.Incoming message) {
                received(message);
            }
        });
    }

    /**
     * Connects (in the background; {@link #awaitConnected} waits) with {@code identity}.
     *
     * @param validity how long after sending an agent may still start a command
     */
    public static FleetConnection open(String broker, FleetIdentity identity, Duration validity) throws IOException {
        return new FleetConnection(broker, identity, validity, Follow.LISTING);
    }

    /** As {@link #open(String, FleetIdentity, Duration)}, following {@code follow}: a rollout's connection needs no summaries. */
    public static FleetConnection open(String broker, FleetIdentity identity, Duration validity, Follow follow) throws IOException {
        return new FleetConnection(broker, identity, validity, follow);
    }

    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!link.connected()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /**
     * Waits until the retained presences and summaries stop arriving: none for {@code quiet}, at most
     * {@code max} in all. After this, {@link #boards} holds every board the broker knows.
     */
    public void awaitSettled(Duration quiet, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            // quiet counts from the subscription (the connected listener), not from the TLS connection:
            // on a loaded machine the handshake alone outlasts quiet, and the retained messages come
            // only after the subscription
            if (link.connections() > 0 && link.connected() && System.nanoTime() - lastStateNanos.get() > quiet.toNanos()) {
                return;
            }
            Thread.sleep(10);
        }
    }

    /** Why the connection is down, or null. */
    public String problem() {
        return link.lastProblem();
    }

    public boolean connected() {
        return link.connected();
    }

    /** Connections made so far; a change means answers owed on an earlier one may be lost. */
    public long connections() {
        return link.connections();
    }

    public String client() {
        return client;
    }

    /**
     * Whether {@code board}'s presence (its birth, or its death) was heard on this client's current
     * connection. A view from an earlier one may be stale: after a broker restart without persistence
     * the boards' retained presences are gone until each board connects again and says it is
     * online, one after the other, over seconds.
     */
    public boolean current(String board) {
        Long heard = heardAfterLoss.get(board);
        return heard != null && heard == losses.get() && link.connected();
    }

    /** The {@link System#nanoTime} at which this client's connection was last made or lost. */
    public long connectionChangedNanos() {
        return connectionChangedNanos;
    }

    /** Every board heard of, by name. */
    public Map<String, BoardView> boards() {
        return new TreeMap<>(boards);
    }

    public BoardView board(String name) {
        return boards.get(name);
    }

    /** Called with the board and each progress notification of its requests. */
    public void onProgress(BiConsumer<String, Progress> listener) {
        progress.add(listener);
    }

    /** Called with a board's new view whenever its presence or summary changes; the returned action removes the listener. */
    public Runnable onBoard(Consumer<BoardView> listener) {
        changes.add(listener);
        return () -> changes.remove(listener);
    }

    /**
     * Called whenever this client's connection to the broker is made (and subscribed) or lost, on
     * the link's thread: return quickly. The returned action removes the listener.
     */
    public Runnable onLink(Runnable listener) {
        linkChanges.add(listener);
        return () -> linkChanges.remove(listener);
    }

    private void linkChanged() {
        for (Runnable listener : linkChanges) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "a listener of the broker connection failed", e);
            }
        }
    }

    /** Requests sent and messages received (presences, summaries, answers, progress) on this connection. */
    public long requestsSent() {
        return sent.get();
    }

    public long messagesReceived() {
        return received.get();
    }

    /** The agent protocol's proxy for {@code board}: each call is a signed MQTT request. */
    public AgentService agent(String board) {
        return channel(Names.check(board, "board name")).remote();
    }

    /**
     * One request on one board, given up after {@code timeout} (the agent may still act on it
     * within the command's validity). A request that cannot be sent fails the future.
     */
    public <T> CompletableFuture<T> call(String board, Function<AgentService, CompletableFuture<T>> request, Duration timeout) {
        CompletableFuture<T> answer;
        List<Pending> pending = batch.get();
        int before = pending == null ? 0 : pending.size();
        try {
            answer = request.apply(agent(board));
        } catch (UncheckedIOException e) {
            return CompletableFuture.failedFuture(e.getCause());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (pending != null && pending.size() > before) {
            pending.getLast().answer = answer;
        }
        return answer.copy().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private JsonRpcChannel<AgentService> channel(String board) {
        return channels.computeIfAbsent(board, b -> JsonRpcChannel.forMessages(events(b), AgentService.class, MAX_ANSWER_BYTES, Gate.OPEN,
                (message, json) -> {
                    if (message instanceof RequestMessage request) {
                        send(b, request.getMethod(), request.getId(), json);
                    }
                    // notifications of this side ($/cancelRequest) are not sent: an agent finishes what it started
                }, () -> {
                }));
    }

    private AgentEvents events(String board) {
        return new AgentEvents() {
            @Override
            public void progress(Progress p) {
                for (BiConsumer<String, Progress> listener : progress) {
                    listener.accept(board, p);
                }
            }

            @Override
            public void irqCounts(IrqCounts counts) {
                // interrupt streams are a direct connection's business
            }
        };
    }

    /**
     * Runs {@code requests} (calls on this connection, made on this thread) and sends their commands
     * together when it returns, under one signature ({@link CommandSigner#signAll}): a rollout's wave
     * is signed once, not once per board. A command that cannot be sent fails its {@link #call}'s future.
     */
    public void together(Runnable requests) {
        if (batch.get() != null) {
            requests.run();
            return;
        }
        List<Pending> pending = new ArrayList<>();
        batch.set(pending);
        try {
            requests.run();
        } finally {
            batch.remove();
        }
        if (pending.isEmpty()) {
            return;
        }
        List<Map<String, String>> signatures;
        try {
            signatures = signer.signAll(pending.stream().map(Pending::command).toList(), System.currentTimeMillis(), validity);
        } catch (RuntimeException e) {
            pending.forEach(p -> p.fail(e));
            return;
        }
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            try {
                publish(p.command(), signatures.get(i));
            } catch (IOException e) {
                p.fail(e);
            }
        }
    }

    /** A command made inside {@link #together}, sent when it returns; its answer's future once {@link #call} has it. */
    private static final class Pending {
        private final CommandSigner.Command command;
        private CompletableFuture<?> answer;

        Pending(CommandSigner.Command command) {
            this.command = command;
        }

        CommandSigner.Command command() {
            return command;
        }

        void fail(Exception e) {
            if (answer != null) {
                answer.completeExceptionally(e);
            }
        }
    }

    private void send(String board, String method, String id, String json) {
        byte[] payload = json.getBytes(StandardCharsets.UTF_8);
        byte[] correlation = id.getBytes(StandardCharsets.UTF_8);
        CommandSigner.Command command = new CommandSigner.Command(board, method, Topics.reply(board, client, session), correlation, payload);
        List<Pending> pending = batch.get();
        if (pending != null) {
            pending.add(new Pending(command));
            return;
        }
        try {
            publish(command, signer.sign(board, method, command.replyTopic(), correlation, payload, System.currentTimeMillis(), validity));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void publish(CommandSigner.Command command, Map<String, String> signature) throws IOException {
        if (progress.isEmpty()) {
            // nobody here listens to progress: the agent need not send it
            signature.put(SignedCommand.PROGRESS, "none");
        }
        try {
            // QoS 0: a command lost with a connection is lost at QoS 1 too (no session is kept); the rollout
            // notices the lost connection and asks the board its status (MqttLink says why)
            link.publish(Topics.command(command.board(), command.method()), command.payload(), 0, false, command.replyTopic(),
                    command.correlation(), signature);
            sent.incrementAndGet();
        } catch (IOException e) {
            throw new IOException("cannot send '" + command.method() + "' to " + command.board() + ": " + e.getMessage(), e);
        }
    }

    private void received(MqttLink.Incoming message) {
        received.incrementAndGet();
        Topics.Parsed topic = Topics.parse(message.topic()).orElse(null);
        if (topic == null) {
            return;
        }
        switch (topic.kind()) {
            case Topics.PRESENCE -> {
                Presence presence = state(message, Presence.class, topic.board());
                if (presence != null || message.payload().length == 0) {
                    update(topic.board(), presence, null, message.payload().length == 0);
                }
            }
            case Topics.SUMMARY -> {
                Summary summary = state(message, Summary.class, topic.board());
                if (summary != null) {
                    update(topic.board(), null, summary, false);
                }
            }
            case Topics.REPLY -> {
                if (topic.rest().equals(client + "/" + session)) {
                    channel(topic.board()).accept(message.payload());
                }
            }
            default -> {
                // commands are the agents' business
            }
        }
    }

    private <T> T state(MqttLink.Incoming message, Class<T> type, String board) {
        if (message.payload().length == 0 || message.payload().length > MAX_STATE_BYTES) {
            return null;
        }
        try {
            T value = GSON.fromJson(new String(message.payload(), StandardCharsets.UTF_8), type);
            String named = value instanceof Presence p ? p.board() : value instanceof Summary s ? s.board() : null;
            if (!board.equals(named)) {
                LOG.log(Level.WARNING, "ignored a message on " + message.topic() + " that names another board");
                return null;
            }
            return value;
        } catch (JsonParseException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "ignored a malformed message on " + message.topic() + ": " + e.getMessage());
            return null;
        }
    }

    private void update(String board, Presence presence, Summary summary, boolean cleared) {
        lastStateNanos.set(System.nanoTime());
        if (presence != null || cleared) {
            heardAfterLoss.put(board, losses.get());
        }
        stateMessages.incrementAndGet();
        BoardView view = boards.compute(board, (name, old) -> {
            if (cleared) {
                return null;
            }
            Presence p = presence != null ? presence : old == null ? null : old.presence();
            Summary s = summary != null ? summary : old == null ? null : old.summary();
            long births = old == null ? 0 : old.births();
            if (presence != null && presence.online()
                    && (old == null || old.presence() == null || !old.presence().online() || !presence.session().equals(old.presence().session()))) {
                births++;
            }
            return new BoardView(name, p, s, births);
        });
        if (view != null) {
            for (Consumer<BoardView> listener : changes) {
                listener.accept(view);
            }
        }
    }

    @Override
    public void close() {
        link.close(false);
        channels.values().forEach(JsonRpcChannel::close);
    }
}
