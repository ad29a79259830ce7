package org.devassign.fleet.mqtt;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
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
 * <p>Publishing at QoS 1 waits for room in the broker's Receive Maximum ({@link InFlightWindow});
 * Paho refuses a publish beyond it instead of queueing it.
 *
 * <p>Over 400 lines because it is the one place that touches Paho: connect, subscribe, retry,
 * publish, cut and close share the client and its connection state, and splitting them would
 * spread Paho's callbacks over several classes.
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
    private final AtomicLong connections = new AtomicLong();
    private volatile boolean closed;
    private volatile long downUntilNanos;
    private volatile Socket socket;
    private volatile String lastProblem;
    private int attempt;

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
        MqttSubscription[] subscriptions = settings.subscriptions().stream().map(f -> new MqttSubscription(f, 1))
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
        synchronized (this) {
            attempt = 0;
        }
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
        long capMillis;
        synchronized (this) {
            capMillis = Math.min(settings.retryMax().toMillis(), settings.retryMin().toMillis() << Math.min(attempt, 20));
            attempt++;
        }
        long delay = capMillis / 2 + ThreadLocalRandom.current().nextLong(capMillis / 2 + 1);
        VirtualThreadScheduler.shared().schedule(this::connect, delay, TimeUnit.MILLISECONDS);
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
     * broker's acknowledgement.
     *
     * @param properties MQTT 5 user properties, or an empty map
     * @throws IOException when the link is not connected, or the window stays full
     */
    public void publish(String topic, byte[] payload, int qos, boolean retained, String responseTopic, byte[] correlation,
            Map<String, String> properties) throws IOException {
        send(topic, payload, qos, retained, responseTopic, correlation, properties, null);
    }

    /**
     * Publishes at QoS 1 and completes with the broker's reason code for it: 0 when accepted, 135
     * (not authorized) when the ACL refused it, or exceptionally when the connection ended first.
     */
    public CompletableFuture<Integer> publishAcked(String topic, byte[] payload, String responseTopic, byte[] correlation,
            Map<String, String> properties) {
        CompletableFuture<Integer> acked = new CompletableFuture<>();
        try {
            send(topic, payload, 1, false, responseTopic, correlation, properties, acked);
        } catch (IOException e) {
            acked.completeExceptionally(e);
        }
        return acked;
    }

    private void send(String topic, byte[] payload, int qos, boolean retained, String responseTopic, byte[] correlation,
            Map<String, String> properties, CompletableFuture<Integer> acked) throws IOException {
        MqttMessage message = new MqttMessage(payload);
        message.setQos(qos);
        message.setRetained(retained);
        MqttProperties props = new MqttProperties();
        if (responseTopic != null) {
            props.setResponseTopic(responseTopic);
        }
        if (correlation != null) {
            props.setCorrelationData(correlation);
        }
        if (!properties.isEmpty()) {
            List<UserProperty> user = new ArrayList<>();
            properties.forEach((k, v) -> user.add(new UserProperty(k, v)));
            props.setUserProperties(user);
        }
        message.setProperties(props);
        long epoch = qos > 0 ? take() : -1;
        try {
            client.publish(topic, message, null, qos > 0 ? new MqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    give(epoch);
                    if (acked != null) {
                        int[] codes = token.getReasonCodes();
                        acked.complete(codes == null || codes.length == 0 ? 0 : codes[0]);
                    }
                }

                @Override
                public void onFailure(IMqttToken token, Throwable failure) {
                    give(epoch);
                    if (acked != null) {
                        int[] codes = token.getReasonCodes();
                        if (codes != null && codes.length > 0 && codes[0] >= 0x80) {
                            acked.complete(codes[0]);
                        } else {
                            acked.completeExceptionally(failure);
                        }
                    }
                }
            } : null);
        } catch (MqttException | RuntimeException e) {
            if (qos > 0) {
                give(epoch);
            }
            throw new IOException("cannot publish to " + topic + ": " + describe(e), e);
        }
    }

    private long take() throws IOException {
        return window.take(() -> closed || !client.isConnected()
                ? "not connected to the broker " + settings.broker() + (lastProblem == null ? "" : " (" + lastProblem + ")")
                : null, settings.broker(), 30);
    }

    private void give(long epoch) {
        window.give(epoch);
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
