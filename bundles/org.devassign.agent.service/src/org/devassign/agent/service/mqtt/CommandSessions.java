package org.devassign.agent.service.mqtt;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.devassign.agent.api.AgentEvents;
import org.devassign.agent.api.Role;
import org.devassign.agent.api.wire.JsonRpcChannel;
import org.devassign.agent.service.AuditLog;
import org.devassign.agent.service.PeerIdentity;
import org.devassign.agent.service.SessionFactory;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * The MQTT endpoint's sessions: one per signer and reply topic (a client session), each a
 * {@link SessionFactory} session behind a message {@link JsonRpcChannel}, as a TLS connection has.
 * Answers go to the session's reply topic with the correlation data of the request they answer;
 * progress goes there too. Both at QoS 0: an answer lost with a connection is lost at QoS 1 as well
 * (no session is kept), and the client asks the board's status then ({@code MqttLink} says why).
 * The least recently used sessions are dropped beyond {@value #MAX_SESSIONS}.
 */
final class CommandSessions implements AutoCloseable {

    /** Where a session's messages go out. */
    interface Publisher {
        void publish(String topic, byte[] payload, int qos, boolean retained, byte[] correlation);
    }

    static final int MAX_SESSIONS = 64;
    private static final int MAX_PENDING = 1024;

    private record Key(PeerIdentity peer, String reply) {
    }

    /** One client session: its channel, and the correlation data of the requests not answered yet. */
    private final class Entry {
        final JsonRpcChannel<AgentEvents> channel;
        final Map<String, byte[]> pending = new LinkedHashMap<>();
        final Map<String, String> methods = new LinkedHashMap<>();
        volatile byte[] lastCorrelation;
        /** Whether the session's client wants progress notifications (its last request says). */
        volatile boolean progress = true;

        Entry(Key key, Set<Role> roles) {
            SessionFactory.Opened session = factory.open(key.peer(), roles);
            this.channel = JsonRpcChannel.forMessages(session.service(), AgentEvents.class, maxMessageBytes, session.gate(),
                    (message, json) -> send(key.reply(), message, json), () -> session.close().run());
            channel.onRejected((method, reason) -> audit.record(key.peer(), method == null ? "message" : method, "refused", reason));
            session.connect().accept(channel.remote());
        }

        private void send(String reply, org.eclipse.lsp4j.jsonrpc.messages.Message message, String json) {
            byte[] payload = json.getBytes(StandardCharsets.UTF_8);
            if (message instanceof ResponseMessage response) {
                byte[] correlation;
                String method;
                synchronized (this) {
                    correlation = pending.remove(String.valueOf(response.getId()));
                    method = methods.remove(String.valueOf(response.getId()));
                }
                publisher.publish(reply, payload, 0, false, correlation);
                if (response.getError() == null && ("apply".equals(method) || "rollback".equals(method))) {
                    answered.run();
                }
            } else if (message instanceof NotificationMessage && progress) {
                publisher.publish(reply, payload, 0, false, lastCorrelation);
            }
        }

        void accept(String id, String method, byte[] correlation, byte[] payload, boolean wantsProgress) {
            if (id != null) {
                synchronized (this) {
                    pending.put(id, correlation);
                    methods.put(id, method);
                    if (pending.size() > MAX_PENDING) {
                        String oldest = pending.keySet().iterator().next();
                        pending.remove(oldest);
                        methods.remove(oldest);
                    }
                }
            }
            lastCorrelation = correlation;
            progress = wantsProgress;
            channel.accept(payload);
        }
    }

    private final SessionFactory factory;
    private final AuditLog audit;
    private final long maxMessageBytes;
    private final Publisher publisher;
    private final Runnable answered;
    private final Map<Key, Entry> sessions = new LinkedHashMap<>(16, 0.75f, true);

    /** @param answered told after an apply or rollback was answered without an error (the summary changes) */
    CommandSessions(SessionFactory factory, AuditLog audit, long maxMessageBytes, Publisher publisher, Runnable answered) {
        this.factory = factory;
        this.audit = audit;
        this.maxMessageBytes = maxMessageBytes;
        this.publisher = publisher;
        this.answered = answered;
    }

    /**
     * @param peer the verified signer's certificate (its address: the broker), as the audit names it
     * @param progress whether to send the request's progress notifications (the client may not want them)
     * @param id the request's JSON-RPC id (as text), or null
     */
    void dispatch(PeerIdentity peer, Set<Role> roles, String reply, boolean progress, String id, String method, byte[] correlation,
            byte[] payload) {
        Entry entry;
        synchronized (sessions) {
            entry = sessions.computeIfAbsent(new Key(peer, reply), k -> new Entry(k, roles));
            if (sessions.size() > MAX_SESSIONS) {
                Key eldest = sessions.keySet().iterator().next();
                sessions.remove(eldest).channel.close();
            }
        }
        entry.accept(id, method, correlation, payload, progress);
    }

    @Override
    public void close() {
        synchronized (sessions) {
            sessions.values().forEach(e -> e.channel.close());
            sessions.clear();
        }
    }
}
