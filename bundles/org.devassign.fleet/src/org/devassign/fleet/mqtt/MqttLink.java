package org.devassign.fleet.mqtt;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.Socket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;

/**
 * One MQTT 5 connection that stays up: TLS with the client's certificate (the broker takes its CN
 * as the user name), a clean start each time (nothing is queued for an absent client: what it
 * missed, it asks for again), the will, and the subscriptions made again on every connection.
 * When the connection ends, or a connect fails, it tries again after a jittered, doubling delay
 * ({@link Settings#retryMin} to {@link Settings#retryMax}), so a thousand boards do not all knock at
 * a restarted broker in the same millisecond. Reconnecting is this class's, not Paho's: Paho's
 * automatic reconnect takes a timer thread per client and has no jitter.
 *
 * <p>Subscriptions are made at QoS 0. A link starts clean and keeps no session (expiry 0), so a
 * QoS 1 delivery protects a message only while both TCP connections stay up, which TCP already
 * does; a message in flight when a connection ends is lost at either QoS. What a fleet cannot lose
 * is made good by its owner, not by the broker: retained presences and summaries come again on
 * every subscription, and a request whose answer did not come is asked again ({@code status}).
 * QoS 1 at the receiver would only add a PUBACK per message, written by the receiver and read by the
 * broker, which on a broker with a thousand boards is most of the per-message work.
 *
 * <p>Sending is {@link Publisher}'s (the message, and the broker's Receive Maximum for QoS 1); when
 * to try again is {@link Backoff}'s.
 */
public final class MqttLink implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("org.devassign.fleet");

    /** The will: published by the broker, retained, when the connection ends without a DISCONNECT. */
    public record Will(String topic, byte[] payload) {
    }

    /** A message received. {@code properties} are its MQTT 5 user properties (the last value of a repeated name). */
    public record Incoming(String topic, byte[] payload, String responseTopic, byte[] correlation, Map<String, String> properties,
            boolean retained) {
    }

    /**
     * @param broker {@code ssl://HOST:PORT}
     * @param clientId unique per connection at the broker (a second connection with the same id takes it over)
     * @param will asked before each connection attempt (a will may name the connection it belongs to); null: none
     */
    public record Settings(String broker, String clientId, SSLContext tls, Supplier<Will> will, List<String> subscriptions,
            int keepAliveSeconds, Duration retryMin, Duration retryMax) {

        public Settings {
            subscriptions = List.copyOf(subscriptions);
        }

        public static Settings of(String broker, String clientId, SSLContext tls, Supplier<Will> will, List<String> subscriptions) {
            return new Settings(broker, clientId, tls, will, subscriptions, 30, Duration.ofMillis(500), Duration.ofSeconds(30));
        }

        public Settings withKeepAlive(int seconds) {
            return new Settings(broker, clientId, tls, will, subscriptions, seconds, retryMin, retryMax);
        }
    }

    /** What the link tells its owner. Called on the link's threads: return quickly. */
    public interface Listener {

        /** The connection is up and subscribed; {@code again}: not the first one. Publish births here. */
        void connected(MqttLink link, boolean again);

        /** The connection ended (it is being retried). */
        default void lost(String why) {
        }

        void message(Incoming message);
    }

    private final Settings settings;
    private final Listener listener;
    private final MqttAsyncClient client;
    private final MqttConnectionOptions options;
    private final InFlightWindow window = new InFlightWindow();
    private final Publisher publisher;
    private final Backoff backoff;
    private final AtomicLong connections = new AtomicLong();
    private volatile boolean closed;
    private volatile long downUntilNanos;
    private volatile Socket socket;
    private volatile String lastProblem;

    private MqttLink(Settings settings, Listener listener) throws IOException {
        this.settings = settings;
        this.listener = listener;
        try {
            this.client = new MqttAsyncClient(settings.broker(), settings.clientId(), new MemoryPersistence(), null,
                    VirtualThreadScheduler.shared());
        } catch (MqttException | IllegalArgumentException e) {
            throw new IOException("cannot use the broker address " + settings.broker() + ": " + e.getMessage()
                    + " (write ssl://HOST:PORT)", e);
        }
        this.options = new MqttConnectionOptions();
        options.setCleanStart(true);
        options.setSessionExpiryInterval(0L);
        options.setKeepAliveInterval(settings.keepAliveSeconds());
        options.setConnectionTimeout(15);
        options.setAutomaticReconnect(false);
        options.setHttpsHostnameVerificationEnabled(true);
        options.setSocketFactory(new NoDelaySocketFactory(settings.tls().getSocketFactory(), s -> socket = s));
        client.setCallback(new Callback());
        this.backoff = new Backoff(settings.retryMin(), settings.retryMax());
        this.publisher = new Publisher(client, window, settings.broker(), this::down);
    }

    /** Why nothing can be published now, or null while it can. */
    private String down() {
        return closed || !client.isConnected()
                ? "not connected to the broker " + settings.broker() + (lastProblem == null ? "" : " (" + lastProblem + ")")
                : null;
    }

    /** Creates the link and starts connecting in the background; it keeps trying until {@link #close}. */
    public static MqttLink start(Settings settings, Listener listener) throws IOException {
        MqttLink link = new MqttLink(settings, listener);
        VirtualThreadScheduler.shared().execute(link::connect);
        return link;
    }

    public String clientId() {
        return settings.clientId();
    }

    public boolean connected() {
        return !closed && client.isConnected();
    }

    /** How many connections have been made (and subscribed) so far: a change means answers owed on an earlier one may be lost. */
    public long connections() {
        return connections.get();
    }

    /** Why the last connection attempt failed or the last connection ended, or null. */
    public String lastProblem() {
        return lastProblem;
    }

    private void connect() {
        if (closed || client.isConnected()) {
            return;
        }
        long wait = downUntilNanos - System.nanoTime();
        if (wait > 0) {
            VirtualThreadScheduler.shared().schedule(this::connect, wait, TimeUnit.NANOSECONDS);
            return;
        }
        if (settings.will() != null) {
            Will will = settings.will().get();
            MqttMessage message = new MqttMessage(will.payload());
            message.setQos(1);
            message.setRetained(true);
            options.setWill(will.topic(), message);
        }
        try {
            client.connect(options, null, new MqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    if (closed) {
                        // closed while it connected (Paho refuses to close a client that is connecting): it goes now
                        discard();
                        return;
                    }
                    subscribe(token);
                }

                @Override
                public void onFailure(IMqttToken token, Throwable failure) {
                    retryLater("cannot connect to " + settings.broker() + ": " + describe(failure));
                }
            });
        } catch (MqttException | RuntimeException e) {
            retryLater("cannot connect to " + settings.broker() + ": " + describe(e));
        }
    }

    private void subscribe(IMqttToken connect) {
        MqttProperties granted = connect.getResponseProperties();
        Integer receiveMaximum = granted == null ? null : granted.getReceiveMaximum();
        window.open(receiveMaximum);
        if (settings.subscriptions().isEmpty()) {
            up();
            return;
        }
        MqttSubscription[] subscriptions = settings.subscriptions().stream().map(f -> new MqttSubscription(f, 0))
                .toArray(MqttSubscription[]::new);
        try {
            client.subscribe(subscriptions, null, new MqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    int[] codes = token.getReasonCodes();
                    for (int i = 0; codes != null && i < codes.length && i < subscriptions.length; i++) {
                        if (codes[i] >= 0x80) {
                            LOG.log(Level.WARNING, "the broker refused the subscription to " + subscriptions[i].getTopic() + " of "
                                    + settings.clientId() + " (reason " + codes[i] + "): check its ACL");
                        }
                    }
                    up();
                }

                @Override
                public void onFailure(IMqttToken token, Throwable failure) {
                    lastProblem = "cannot subscribe: " + describe(failure);
                    dropConnection();
                }
            }, new MqttProperties());
        } catch (MqttException | RuntimeException e) {
            lastProblem = "cannot subscribe: " + describe(e);
            dropConnection();
        }
    }

    private void up() {
        backoff.reset();
        lastProblem = null;
        long n = connections.incrementAndGet();
        try {
            listener.connected(this, n > 1);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "the link's owner failed on connect", e);
        }
    }

    private void retryLater(String why) {
        lastProblem = why;
        if (closed) {
            return;
        }
        VirtualThreadScheduler.shared().schedule(this::connect, backoff.next(), TimeUnit.MILLISECONDS);
    }

    /** Ends a connection that completed after {@link #close}: no subscription, no callback to the owner. */
    private void discard() {
        try {
            client.close(true);
        } catch (MqttException | RuntimeException e) {
            dropConnection();
        }
    }

    private void dropConnection() {
        Socket s = socket;
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    /**
     * Publishes; at QoS 1 waits (up to 30 s) for room in the broker's Receive Maximum, not for the
     * broker's acknowledgement; at QoS 0 waits for nothing.
     *
     * @param properties MQTT 5 user properties, or an empty map
     * @throws IOException when the link is not connected, or the window stays full
     */
    public void publish(String topic, byte[] payload, int qos, boolean retained, String responseTopic, byte[] correlation,
            Map<String, String> properties) throws IOException {
        publisher.send(topic, payload, qos, retained, responseTopic, correlation, properties, null);
    }

    /**
     * Publishes at QoS 1 and completes with the broker's reason code for it: 0 when accepted, 135
     * (not authorized) when the ACL refused it, or exceptionally when the connection ended first.
     */
    public CompletableFuture<Integer> publishAcked(String topic, byte[] payload, String responseTopic, byte[] correlation,
            Map<String, String> properties) {
        CompletableFuture<Integer> acked = new CompletableFuture<>();
        try {
            publisher.send(topic, payload, 1, false, responseTopic, correlation, properties, acked);
        } catch (IOException e) {
            acked.completeExceptionally(e);
        }
        return acked;
    }

    /**
     * For fault tests: ends the connection the way a network failure does (no DISCONNECT, so the
     * broker publishes the will) and keeps it down for {@code downFor}.
     */
    public void cut(Duration downFor) {
        downUntilNanos = System.nanoTime() + downFor.toNanos();
        dropConnection();
    }

    /**
     * Disconnects. {@code withWill}: with reason 0x04, so the broker publishes the will as for a lost
     * connection (an agent going away says so); otherwise a normal disconnect, and no will.
     */
    public void close(boolean withWill) {
        if (closed) {
            return;
        }
        closed = true;
        window.wake();
        try {
            if (client.isConnected()) {
                client.disconnect(2_000, null, null, withWill ? 0x04 : 0x00, new MqttProperties()).waitForCompletion(3_000);
            }
        } catch (MqttException | RuntimeException e) {
            // going away regardless
        }
        try {
            client.close(true);
        } catch (MqttException | RuntimeException e) {
            dropConnection();
        }
    }

    @Override
    public void close() {
        close(false);
    }

    static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = cause == failure ? String.valueOf(failure.getMessage()) : failure.getMessage() + ": " + cause.getMessage();
        if (failure instanceof MqttException m && (m.getReasonCode() == 0x86 || m.getReasonCode() == 0x87)) {
            text += " (the broker refused this certificate's identity)";
        }
        return text;
    }

    private final class Callback implements MqttCallback {

        @Override
        public void disconnected(MqttDisconnectResponse response) {
            String why = response.getException() != null ? describe(response.getException())
                    : "the broker disconnected (reason " + response.getReturnCode() + ")";
            if (!closed) {
                listener.lost(why);
                retryLater("connection lost: " + why);
            }
        }

        @Override
        public void mqttErrorOccurred(MqttException exception) {
            lastProblem = describe(exception);
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            MqttProperties props = message.getProperties();
            Map<String, String> user = new LinkedHashMap<>();
            if (props != null && props.getUserProperties() != null) {
                for (UserProperty p : props.getUserProperties()) {
                    user.put(p.getKey(), p.getValue());
                }
            }
            try {
                listener.message(new Incoming(topic, message.getPayload(), props == null ? null : props.getResponseTopic(),
                        props == null ? null : props.getCorrelationData(), user, message.isRetained()));
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "a message on " + topic + " could not be handled", e);
            }
        }

        @Override
        public void deliveryComplete(IMqttToken token) {
            // the publish's own listener gives its place in the window back
        }

        @Override
        public void connectComplete(boolean reconnect, String serverURI) {
            // subscribe() follows the connect token
        }

        @Override
        public void authPacketArrived(int reasonCode, MqttProperties properties) {
            // no enhanced authentication: the TLS client certificate is the identity
        }
    }
}
