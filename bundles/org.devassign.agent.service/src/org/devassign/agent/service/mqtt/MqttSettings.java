package org.devassign.agent.service.mqtt;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.devassign.agent.service.AgentConfig;
import org.devassign.fleet.Names;

/**
 * The agent config's keys for fleets (in the same file as {@link AgentConfig}'s):
 *
 * <pre>
 * mqtt.broker = ssl://broker.example:8883   # connect out to this broker (besides listening; listen = none: only this)
 * mqtt.keystore = agent.p12                 # default tls.keystore; its certificate's CN is the board's name
 * mqtt.truststore = ca.p12                  # default tls.truststore: the broker's CA and the signers' CA
 * mqtt.keepalive = 30                       # seconds
 * label.KEY = VALUE                         # labels a rollout selects boards by (site, rack, role...)
 * label.model = ...                         # the board model, if DMI or the device tree does not say it well
 * </pre>
 */
public record MqttSettings(String broker, Path keystore, Path truststore, char[] password, int keepAliveSeconds,
        Map<String, String> labels) {

    /** The settings in {@code config}'s file, or null when it names no broker. */
    public static MqttSettings load(AgentConfig config) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(config.file())) {
            p.load(in);
        }
        String broker = p.getProperty("mqtt.broker");
        if (broker == null || broker.isBlank()) {
            return null;
        }
        broker = broker.trim();
        if (!broker.startsWith("ssl://")) {
            throw new IOException(config.file() + ": mqtt.broker must be ssl://HOST:PORT (the agent talks to a broker over TLS only), not '"
                    + broker + "'");
        }
        Path dir = config.file().toAbsolutePath().getParent();
        Map<String, String> labels = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("label.")) {
                String name = key.substring("label.".length());
                String value = p.getProperty(key).trim();
                if (!Names.valid(name) || value.isEmpty() || value.length() > 128) {
                    throw new IOException(config.file() + ": " + key + ": a label's key is letters, digits, '.', '-' or '_' and its value 1 to"
                            + " 128 characters");
                }
                labels.put(name, value);
            }
        }
        try {
            int keepAlive = Integer.parseInt(p.getProperty("mqtt.keepalive", "30").trim());
            return new MqttSettings(broker,
                    p.getProperty("mqtt.keystore") == null ? config.keystore() : dir.resolve(p.getProperty("mqtt.keystore").trim()).normalize(),
                    p.getProperty("mqtt.truststore") == null ? config.truststore()
                            : dir.resolve(p.getProperty("mqtt.truststore").trim()).normalize(),
                    config.password(), keepAlive, labels);
        } catch (NumberFormatException e) {
            throw new IOException(config.file() + ": mqtt.keepalive must be a number of seconds");
        }
    }
}
