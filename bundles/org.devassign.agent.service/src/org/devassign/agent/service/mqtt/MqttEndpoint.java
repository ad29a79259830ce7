package org.devassign.agent.service.mqtt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.api.Protocol;
import org.devassign.agent.api.Role;
import org.devassign.agent.api.tls.Fingerprint;
import org.devassign.agent.api.wire.ProtocolJson;
import org.devassign.agent.service.Agent;
import org.devassign.agent.service.AgentConfig;
import org.devassign.agent.service.AgentLog;
import org.devassign.agent.service.AuditLog;
import org.devassign.agent.service.ClientRules;
import org.devassign.agent.service.PeerIdentity;
import org.devassign.agent.service.SessionFactory;
import org.devassign.fleet.Names;
import org.devassign.fleet.Presence;
import org.devassign.fleet.Topics;
import org.devassign.fleet.mqtt.MqttLink;
import org.devassign.fleet.mqtt.VirtualThreadScheduler;
import org.devassign.fleet.sign.CommandVerifier;
import org.devassign.fleet.sign.FleetIdentity;
import org.devassign.fleet.sign.SignedCommand;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * The agent on a broker. It connects out with its own certificate (whose CN is the board's name
 * and the broker's user name), publishes its birth and summary on every connection (retained; the
 * will is its death), and takes commands from {@code devassign/v1/BOARD/cmd/METHOD}. A command is
 * authorised by the certificate that signed it, never by the topic it came on: the signature is
 * checked against the agent's CA ({@link CommandVerifier}), the signer's certificate gets the roles
 * the config's client rules give it (by subject and issuer, {@link ClientRules}), its reply topic
 * must be the signer's own, and the method in the request must be the topic's. Then it goes through
 * a {@link CommandSessions} session into the same protocol methods, gate, audit (the signer's whole
 * identity, {@link PeerIdentity}) and journal as a TLS connection. Every refusal is audited. The
 * signer's chain is checked against the agent's revocation list on every command, the list its TLS
 * listener checks in every handshake (read again on SIGHUP), with the same refusal text.
 */
public final class MqttEndpoint implements AutoCloseable {

    private static final System.Logger LOG = AgentLog.logger();
    private static final Gson GSON = ProtocolJson.gson();
    private static final long SUMMARY_CHECK_SECONDS = 10;

    /**
     * Everything the endpoint needs besides the agent; {@link #fromConfig} reads it from an agent's
     * config, a simulation builds it directly.
     *
     * @param clients roles by certificate subject and issuer, as {@link AgentConfig#clients}
     */
    public record Setup(String broker, FleetIdentity identity, ClientRules clients, double rate, long maxMessageBytes,
            int keepAliveSeconds, String model, String kernel, String machine, Map<String, String> labels) {
    }

    private final Setup setup;
    private final Agent agent;
    private final AuditLog audit;
    private final String board;
    private final String subject;
    private final String fingerprint;
    private final CommandVerifier verifier;
    private final CommandSessions sessions;
    private final Summaries summaries;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    /** Set by {@link MqttLink#start}'s return, or by the first connection if that comes first (a loaded machine). */
    private volatile MqttLink link;
    private volatile String session;
    private volatile String nextSession;
    private final ScheduledFuture<?> summaryCheck;

    private MqttEndpoint(Setup setup, Agent agent, AuditLog audit, CommandVerifier.CertificateCheck revocation) throws IOException {
        this.setup = setup;
        this.agent = agent;
        this.audit = audit;
        this.board = Names.check(setup.identity().commonName(), "board name (the CN of the agent's certificate)");
        this.subject = setup.identity().chain().get(0).getSubjectX500Principal().getName();
        this.fingerprint = Fingerprint.of(setup.identity().chain().get(0));
        this.verifier = CommandVerifier.standard(setup.identity().authorities(), revocation);
        this.sessions = new CommandSessions(new SessionFactory(agent, audit, setup.rate(), executor, setup.maxMessageBytes()), audit,
                setup.maxMessageBytes(), this::publishQuietly, this::transactionAnswered);
        this.summaries = new Summaries(agent, board);
        MqttLink.Settings settings = MqttLink.Settings.of(setup.broker(), board, setup.identity().tls(), () -> {
            nextSession = newSession();
            return new MqttLink.Will(Topics.presence(board), json(presence(false, nextSession)));
        }, List.of(Topics.commands(board))).withKeepAlive(setup.keepAliveSeconds());
        this.link = MqttLink.start(settings, new MqttLink.Listener() {
            @Override
            public void connected(MqttLink l, boolean again) {
                link = l;
                session = nextSession;
                announce(again);
            }

            @Override
            public void lost(String why) {
                LOG.log(Level.WARNING, "the broker connection of " + board + " was lost: " + why + "; reconnecting");
            }

            @Override
            public void message(MqttLink.Incoming message) {
                command(message);
            }
        });
        this.summaryCheck = VirtualThreadScheduler.shared().scheduleWithFixedDelay(this::refreshSummary,
                SUMMARY_CHECK_SECONDS + ThreadLocalRandom.current().nextInt(5), SUMMARY_CHECK_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Starts the endpoint an agent's config asks for, or returns null when it names no broker.
     *
     * @param revocation the agent's revocation list ({@code RevocationList::check}), asked for every command's signer
     */
    public static MqttEndpoint fromConfig(AgentConfig config, Agent agent, AuditLog audit, CommandVerifier.CertificateCheck revocation)
            throws IOException {
        MqttSettings settings = MqttSettings.load(config);
        if (settings == null) {
            return null;
        }
        FleetIdentity identity = FleetIdentity.load(settings.keystore(), settings.passwordFile(), settings.truststore());
        Map<String, String> labels = new LinkedHashMap<>(settings.labels());
        String model = labels.remove("model");
        if (model == null) {
            model = config.backend().equals("simulated") ? agent.backend().describe() : BoardFacts.model();
        }
        return start(new Setup(settings.broker(), identity, config.clients(), config.rate(), config.maxMessageBytes(),
                settings.keepAliveSeconds(), model, BoardFacts.kernel(), BoardFacts.machine(), labels), agent, audit, revocation);
    }

    /** Connects in the background: the agent serves its other transport meanwhile, and this one once the broker answers. */
    public static MqttEndpoint start(Setup setup, Agent agent, AuditLog audit) throws IOException {
        return start(setup, agent, audit, CommandVerifier.CertificateCheck.NONE);
    }

    /** As {@link #start(Setup, Agent, AuditLog)}, refusing commands whose signer {@code revocation} refuses. */
    public static MqttEndpoint start(Setup setup, Agent agent, AuditLog audit, CommandVerifier.CertificateCheck revocation) throws IOException {
        return new MqttEndpoint(setup, agent, audit, revocation);
    }

    public String board() {
        return board;
    }

    /** The SHA-256 fingerprint of the certificate the board shows the broker, for the agent's log. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The broker's address, for the agent's log. */
    public String broker() {
        return setup.broker();
    }

    public boolean connected() {
        return link.connected();
    }

    /** The connection's link, for tests that cut it. */
    public MqttLink link() {
        return link;
    }

    private static String newSession() {
        return Long.toHexString(System.currentTimeMillis()) + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    private Presence presence(boolean online, String connection) {
        return new Presence(1, board, online, subject, SessionFactory.AGENT, Protocol.VERSION, setup.kernel(), setup.machine(),
                setup.model(), setup.labels(), connection, Instant.now().toString());
    }

    private static byte[] json(Object value) {
        return GSON.toJson(value).getBytes(StandardCharsets.UTF_8);
    }

    private void announce(boolean again) {
        try {
            link.publish(Topics.presence(board), json(presence(true, session)), 1, true, null, null, Map.of());
            publishSummary(true);
            audit.record("agent", "broker", "ok", (again ? "reconnected to " : "connected to ") + setup.broker() + " as " + board);
        } catch (IOException e) {
            LOG.log(Level.WARNING, board + ": cannot announce itself on the broker: " + e.getMessage());
        }
    }

    private void transactionAnswered() {
        executor.execute(() -> publishSummary(false));
    }

    private void refreshSummary() {
        publishSummary(false);
    }

    /** Publishes the summary when it changed since the last one (or always, on a new connection). */
    private void publishSummary(boolean always) {
        if (!link.connected()) {
            return;
        }
        byte[] summary = summaries.next(session, always);
        if (summary != null) {
            // QoS 0: retained all the same, and sent again on every connection
            publishQuietly(Topics.summary(board), summary, 0, true, null);
        }
    }

    private void publishQuietly(String topic, byte[] payload, int qos, boolean retained, byte[] correlation) {
        try {
            link.publish(topic, payload, qos, retained, null, correlation, Map.of());
        } catch (IOException e) {
            // the client asks again (status) when the board is back: answers are not queued
            LOG.log(Level.DEBUG, board + ": not sent to " + topic + ": " + e.getMessage());
        }
    }

    private void command(MqttLink.Incoming message) {
        Topics.Parsed topic = Topics.parse(message.topic()).orElse(null);
        if (topic == null || !topic.kind().equals(Topics.COMMAND) || !topic.board().equals(board)) {
            return;
        }
        String method = topic.rest();
        String reply = message.responseTopic();
        Topics.Parsed replyTopic = reply == null ? null : Topics.parse(reply).orElse(null);
        if (replyTopic == null || !replyTopic.kind().equals(Topics.REPLY) || !replyTopic.board().equals(board)) {
            audit.record("unknown sender@mqtt", method, "refused", "a command without a reply topic of this board ("
                    + Topics.reply(board, "CLIENT", "SESSION") + "): not answered");
            return;
        }
        CommandVerifier.Signer signer;
        try {
            signer = verifier.verify(board, method, reply, message.correlation(), message.payload(), message.properties());
        } catch (CommandVerifier.Refused refused) {
            audit.record(refused.claimed() == null ? "unsigned sender@mqtt" : "CN=" + refused.claimed() + " (unverified)@mqtt", method,
                    "refused", refused.getMessage());
            refuse(reply, message, head(message.payload()), ErrorCode.NOT_AUTHORIZED, refused.getMessage());
            return;
        }
        PeerIdentity peer = PeerIdentity.of(signer.certificate(), "mqtt " + setup.broker());
        String client = replyTopic.rest().substring(0, replyTopic.rest().indexOf('/'));
        if (!client.equals(signer.commonName())) {
            audit.record(peer, method, "refused", "the reply topic " + reply + " is not the signer's (it names "
                    + client + "): not answered");
            return;
        }
        Head head = head(message.payload());
        if (!method.equals(head.method())) {
            String why = "the request's method " + (head.method() == null ? "is missing" : "'" + head.method() + "'")
                    + " but it came on the topic for '" + method + "': the topic's verb and the method must be the same";
            audit.record(peer, method, "refused", why);
            refuse(reply, message, head, ErrorCode.INVALID_REQUEST, why);
            return;
        }
        Set<Role> roles = setup.clients().roles(signer.certificate());
        boolean progress = !"none".equals(message.properties().get(SignedCommand.PROGRESS));
        sessions.dispatch(peer, roles, reply, progress, head.id() == null ? null : head.id().getAsString(), method,
                message.correlation(), message.payload());
    }

    /** A request's method and id, read leniently only to route it: the session's channel reads it strictly. */
    private record Head(String method, JsonPrimitive id) {
    }

    /**
     * The top-level method and id of a request, read as a stream: the rest (the params, a whole
     * deployment for an apply) is skipped, not built into a tree that the channel would build again.
     * As a parse into a tree would: a repeated name's last value counts, and a payload that is not
     * one JSON object has neither.
     */
    private static Head head(byte[] payload) {
        String method = null;
        JsonPrimitive id = null;
        try {
            JsonReader reader = new JsonReader(new InputStreamReader(new ByteArrayInputStream(payload), StandardCharsets.UTF_8));
            reader.setStrictness(Strictness.LENIENT);
            if (reader.peek() != JsonToken.BEGIN_OBJECT) {
                return new Head(null, null);
            }
            reader.beginObject();
            while (reader.hasNext()) {
                String name = reader.nextName();
                JsonToken token = reader.peek();
                if (name.equals("method") && token == JsonToken.STRING) {
                    method = reader.nextString();
                } else if (name.equals("id") && token == JsonToken.STRING) {
                    id = new JsonPrimitive(reader.nextString());
                } else if (name.equals("id") && token == JsonToken.NUMBER) {
                    id = JsonParser.parseString(reader.nextString()).getAsJsonPrimitive(); // the number as written
                } else {
                    if (name.equals("method")) {
                        method = null;
                    } else if (name.equals("id")) {
                        id = null;
                    }
                    reader.skipValue();
                }
            }
            reader.endObject();
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                return new Head(null, null);
            }
        } catch (IOException | RuntimeException e) {
            return new Head(null, null); // not JSON at all
        }
        return new Head(method, id);
    }

    /** Answers a refused command with a JSON-RPC error (its id when it has one) on its reply topic, which is this board's. */
    private void refuse(String reply, MqttLink.Incoming message, Head head, ErrorCode code, String text) {
        JsonObject error = new JsonObject();
        error.addProperty("jsonrpc", "2.0");
        JsonObject body = new JsonObject();
        body.addProperty("code", code.code());
        body.addProperty("message", text);
        error.add("error", body);
        if (head.id() != null) {
            error.add("id", head.id());
        }
        publishQuietly(reply, GSON.toJson(error).getBytes(StandardCharsets.UTF_8), 0, false, message.correlation());
    }

    @Override
    public void close() {
        summaryCheck.cancel(false);
        link.close(true); // reason 0x04: the broker publishes the death, as for a lost connection
        sessions.close();
        executor.shutdownNow();
    }
}
