package org.devassign.agent.service.mqtt;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.devassign.agent.api.tls.KeyFiles;
import org.devassign.agent.service.AgentConfig;
import org.devassign.fleet.Names;

/**
 * The agent config's keys for fleets (in the same file as {@link AgentConfig}'s):
 *
 * <pre>
 * mqtt.broker = ssl://broker.example:8883   # connect out to this broker (besides listening; listen = none: only this)
 * mqtt.keystore = agent.p12                 # default tls.keystore; its certificate's CN is the board's name
 * mqtt.password.file = agent.pass           # the key store's password (mode 0600; default: the store's name, .pass,
 *                                           # or tls.password.file when mqtt.keystore is not set)
 * mqtt.truststore = ca.p12                  # default tls.truststore: the broker's CA and the signers' CA
 * mqtt.keepalive = 30                       # seconds
 * label.KEY = VALUE                         # labels a rollout selects boards by (site, rack, role...)
 * label.model = ...                         # the board model, if DMI or the device tree does not say it well
 * </pre>
 */
public record MqttSettings(String broker, Path keystore, Path passwordFile, Path truststore, int keepAliveSeconds,
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
            Path keystore = p.getProperty("mqtt.keystore") == null ? config.keystore() : dir.resolve(p.getProperty("mqtt.keystore").trim()).normalize();
            Path passwordFile = p.getProperty("mqtt.password.file") != null ? dir.resolve(p.getProperty("mqtt.password.file").trim()).normalize()
                    : p.getProperty("mqtt.keystore") == null ? config.passwordFile() : KeyFiles.passwordFileOf(keystore);
            return new MqttSettings(broker, keystore, passwordFile,
                    p.getProperty("mqtt.truststore") == null ? config.truststore()
                            : dir.resolve(p.getProperty("mqtt.truststore").trim()).normalize(),
                    keepAlive, labels);
        } catch (NumberFormatException e) {
            throw new IOException(config.file() + ": mqtt.keepalive must be a number of seconds");
        }
    }
}
