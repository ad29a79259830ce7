package org.devassign.agent.service;

import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

import org.devassign.agent.api.AgentEvents;
import org.devassign.agent.api.AgentService;
import org.devassign.agent.api.Role;
import org.devassign.agent.api.wire.Gate;

/**
 * Sessions for a transport other than {@link TlsServer}'s sockets (the MQTT endpoint): the same
 * protocol methods, role gate, rate limit and audit as a TLS connection, for an identity the
 * transport has authenticated its own way. One place that makes sessions, so both transports serve
 * one protocol.
 */
public final class SessionFactory {

    /** How the agent names itself (hello, status, presence). */
    public static final String AGENT = Session.AGENT;

    /**
     * A session: its methods, the gate in front of them, where its notifications go, and its end (its
     * interrupt watches end with it, as with a TLS connection).
     */
    public record Opened(AgentService service, Gate gate, Consumer<AgentEvents> connect, Runnable close) {
    }

    private final Agent agent;
    private final AuditLog audit;
    private final double rate;
    private final ExecutorService executor;
    private final long maxMessageBytes;

    /** @param executor where the methods run (a virtual thread per task, as for TLS) */
    public SessionFactory(Agent agent, AuditLog audit, double rate, ExecutorService executor, long maxMessageBytes) {
        this.agent = agent;
        this.audit = audit;
        this.rate = rate;
        this.executor = executor;
        this.maxMessageBytes = maxMessageBytes;
    }

    /** @param peer the identity the transport authenticated: the audit names it whole, as for a TLS client */
    public Opened open(PeerIdentity peer, Set<Role> roles) {
        Session session = new Session(agent, audit, peer, roles, rate, executor, maxMessageBytes);
        return new Opened(session, session.gate(), session::connect, session::close);
    }
}
