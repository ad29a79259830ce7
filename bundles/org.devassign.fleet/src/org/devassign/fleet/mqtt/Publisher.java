package org.devassign.fleet.mqtt;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;

/**
 * The sending half of a {@link MqttLink}: builds the MQTT 5 message (response topic, correlation
 * data, user properties) and hands it to Paho. A QoS 1 message first takes a place in the broker's
 * Receive Maximum ({@link InFlightWindow}) and gives it back on the broker's PUBACK; a QoS 0 message
 * takes none and waits for nothing. The link keeps the connection; this class only needs to know
 * whether there is one ({@code down}). Public for its tests (org.devassign.deploy.tests); only
 * {@link MqttLink} uses it.
 */
public final class Publisher {

    private final MqttAsyncClient client;
    private final InFlightWindow window;
    private final String broker;
    private final Supplier<String> down;

    /** @param down why the link cannot publish now, or null while it can */
    public Publisher(MqttAsyncClient client, InFlightWindow window, String broker, Supplier<String> down) {
        this.client = client;
        this.window = window;
        this.broker = broker;
        this.down = down;
    }

    /** @param acked completed with the broker's reason code for a QoS 1 message; null: nobody asks */
    public void send(String topic, byte[] payload, int qos, boolean retained, String responseTopic, byte[] correlation,
            Map<String, String> properties, CompletableFuture<Integer> acked) throws IOException {
        MqttMessage message = message(payload, qos, retained, responseTopic, correlation, properties);
        if (qos == 0) {
            String why = down.get();
            if (why != null) {
                throw new IOException(why);
            }
            try {
                client.publish(topic, message, null, null);
            } catch (MqttException | RuntimeException e) {
                throw new IOException("cannot publish to " + topic + ": " + MqttLink.describe(e), e);
            }
            return;
        }
        long epoch = window.take(down, broker, 30);
        try {
            client.publish(topic, message, null, new MqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    window.give(epoch);
                    if (acked != null) {
                        int[] codes = token.getReasonCodes();
                        acked.complete(codes == null || codes.length == 0 ? 0 : codes[0]);
                    }
                }

                @Override
                public void onFailure(IMqttToken token, Throwable failure) {
                    window.give(epoch);
                    if (acked != null) {
                        int[] codes = token.getReasonCodes();
                        if (codes != null && codes.length > 0 && codes[0] >= 0x80) {
                            acked.complete(codes[0]);
                        } else {
                            acked.completeExceptionally(failure);
                        }
                    }
                }
            });
        } catch (MqttException | RuntimeException e) {
            window.give(epoch);
            throw new IOException("cannot publish to " + topic + ": " + MqttLink.describe(e), e);
        }
    }

    private static MqttMessage message(byte[] payload, int qos, boolean retained, String responseTopic, byte[] correlation,
            Map<String, String> properties) {
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
            List<UserProperty> user = new ArrayList<>(properties.size());
            properties.forEach((k, v) -> user.add(new UserProperty(k, v)));
            props.setUserProperties(user);
        }
        message.setProperties(props);
        return message;
    }
}
