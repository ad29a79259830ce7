package org.devassign.agent.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;

import org.devassign.agent.api.AgentEvents;
import org.devassign.agent.api.AgentService;
import org.devassign.agent.api.ApplyResult;
import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.api.Hello;
import org.devassign.agent.api.HelloResult;
import org.devassign.agent.api.Inventory;
import org.devassign.agent.api.IrqCounts;
import org.devassign.agent.api.PlanResult;
import org.devassign.agent.api.Protocol;
import org.devassign.agent.api.RegisterAccess;
import org.devassign.agent.api.RegisterValue;
import org.devassign.agent.api.Role;
import org.devassign.agent.api.RollbackRequest;
import org.devassign.agent.api.Status;
import org.devassign.agent.api.WatchRequest;
import org.devassign.agent.api.wire.Gate;
import org.devassign.core.identity.Printable;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;

/**
 * One client connection: its identity (the certificate's subject, issuer, serial, fingerprint), its
 * roles, its rate budget, and the protocol's methods on the shared {@link Agent}. Refusals happen in
 * {@link #gate()}, before a request reaches a method, and are audited; every message counts against
 * the rate, unknown methods included. Each request runs with its client bound to
 * {@link AuditLog#CLIENT}, so that whatever it audits names the whole identity.
 * Its interrupt watches are limited ({@link WatchLimits#perConnection()}) and end with it ({@link #close()}).
 */
final class Session implements AgentService {

    /** How the agent names itself in hello and status. */
    static final String AGENT = "devassign-agent 2.0";

    static final List<String> CAPABILITIES = List.of("inventory", "plan", "apply", "rollback", "registers", "irqs", "progress");
    private static final Set<String> METHODS = Set.of("hello", "inventory", "plan", "apply", "status", "rollback", "read", "write",
            "watchIrqs");

    /** The kernel's host name, read without DNS: a board often has no resolver, and a lookup would stall every hello. */
    private static final String HOST = hostName();

    private final Agent agent;
    private final AuditLog audit;
    private final String identity;
    private final PeerIdentity peer;
    private final SessionActivity activity = new SessionActivity();
    private final Set<Role> roles;
    private final RateLimiter limiter;
    private final ExecutorService executor;
    private final long maxMessageBytes;
    private AgentEvents client;
    /** The threads of this connection's running watches. */
    private final Set<Thread> watches = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    Session(Agent agent, AuditLog audit, PeerIdentity peer, Set<Role> roles, double rate, ExecutorService executor, long maxMessageBytes) {
        this.agent = agent;
        this.audit = audit;
        this.peer = peer;
        this.identity = peer.subject();
        this.roles = roles;
        this.limiter = new RateLimiter(rate);
        this.executor = executor;
        this.maxMessageBytes = maxMessageBytes;
    }

    private static String hostName() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/sys/kernel/hostname")).trim();
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }

    void connect(AgentEvents events) {
        this.client = events;
    }

    String who() {
        return identity;
    }

    /** The connection ended: its watches end now (their sink cannot reach anyone any more). */
    void close() {
        closed = true;
        watches.forEach(Thread::interrupt);
    }

    /** Watches of this connection running now. */
    int watches() {
        return watches.size();
    }

    PeerIdentity peer() {
        return peer;
    }

    /** When it last did anything, and how many requests it has running (for the idle limit). */
    SessionActivity activity() {
        return activity;
    }

    Gate gate() {
        return method -> {
            if (!limiter.take()) {
                return new ResponseError(ErrorCode.RATE_LIMITED.code(), "too many requests: this connection may make "
                        + "a limited number per second (limits.rate in the agent's config); slow down", null);
            }
            if (!METHODS.contains(method)) {
                return new ResponseError(ErrorCode.METHOD_NOT_FOUND.code(), "no method " + Printable.quote(method) + " in protocol "
                        + Protocol.VERSION + ": the agent serves " + String.join(", ", METHODS.stream().sorted().toList()), null);
            }
            if (roles.stream().noneMatch(r -> r.allows(method))) {
                String needed = java.util.Arrays.stream(Role.values()).filter(r -> r.allows(method)).map(Role::id)
                        .collect(Collectors.joining(" or "));
                String message = "the client certificate " + identity + " has " + (roles.isEmpty() ? "no role"
                        : "the role " + roles.stream().map(Role::id).collect(Collectors.joining(", "))) + " on this agent; '" + method
                        + "' needs " + needed + ". Use a certificate with that role (devassign certs init makes one per role)";
                return new ResponseError(ErrorCode.NOT_AUTHORIZED.code(), message, null);
            }
            return null;
        };
    }

    private interface Work<T> {
        T run() throws AgentException;
    }

    private <T> CompletableFuture<T> async(String method, Work<T> work) {
        return async(method, method, work);
    }

    /** @param action what the audit calls the request (the method, or the method and what it touched) */
    private <T> CompletableFuture<T> async(String method, String action, Work<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        activity.begin();
        executor.execute(() -> ScopedValue.where(AuditLog.CLIENT, peer).run(() -> {
            try {
                result.complete(work.run());
            } catch (AgentException e) {
                // every refusal, a register access out of bounds too: a debugger probing past a region is worth knowing
                audit.record(identity, action, "refused", e.getMessage());
                result.completeExceptionally(ClientText.response(e.toResponse()));
            } catch (RuntimeException | Error e) {
                // a defect, or the JVM in trouble: the client gets an answer instead of waiting; a transaction it
                // interrupted is in the journal for the next start to finish or undo
                // the class and message of a defect are the agent's business: the client gets an incident to quote
                String incident = Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 16);
                AgentLog.logger().log(System.Logger.Level.ERROR, "'" + method + "' of " + AgentLog.safe(identity) + " failed (incident "
                        + incident + ")", e);
                audit.record(identity, action, "failed", "incident " + incident + ": " + e);
                result.completeExceptionally(new ResponseErrorException(new ResponseError(ErrorCode.INTERNAL_ERROR.code(),
                        "the agent failed on '" + method + "' (incident " + incident + "): this is a defect of the agent; its log"
                                + " (journalctl -u devassign-agent) has the details under that incident", null)));
            } finally {
                activity.end();
            }
        }));
        return result;
    }

    @Override
    public CompletableFuture<HelloResult> hello(Hello hello) {
        return async("hello", () -> {
            if (hello != null && hello.protocol() != Protocol.VERSION) {
                throw AgentException.of(ErrorCode.VERSION_MISMATCH, Protocol.mismatch("this agent", Protocol.VERSION,
                        "the client" + (hello.client() == null ? "" : " " + Printable.quote(hello.client())), hello.protocol()));
            }
            List<String> both = new ArrayList<>(CAPABILITIES);
            if (hello != null && hello.capabilities() != null) {
                both.retainAll(hello.capabilities());
            }
            audit.record(identity, "hello", "ok", "client " + (hello == null ? "(none)" : Printable.quote(hello.client())) + ", roles "
                    + roles.stream().map(Role::id).toList());
            return new HelloResult(Protocol.VERSION, AGENT + " (" + agent.backend().describe() + ")", HOST, both, identity,
                    roles.stream().map(Role::id).toList(), maxMessageBytes);
        });
    }

    @Override
    public CompletableFuture<Inventory> inventory() {
        return async("inventory", () -> new Inventory(agent.inventoryXml(), List.of()));
    }

    @Override
    public CompletableFuture<PlanResult> plan(Deployment deployment) {
        return async("plan", () -> {
            PlanResult plan = agent.plan(deployment);
            audit.record(identity, "plan " + deployment.config(), "ok", plan.steps().size() + " steps");
            return plan;
        });
    }

    @Override
    public CompletableFuture<ApplyResult> apply(Deployment deployment) {
        return async("apply", () -> agent.apply(deployment, identity, progress -> {
            try {
                client.progress(progress);
            } catch (RuntimeException e) {
                // the client went away: the transaction goes on to its end regardless
            }
        }));
    }

    @Override
    public CompletableFuture<Status> status() {
        return async("status", () -> agent.status(AGENT + " (" + agent.backend().describe() + ")"));
    }

    @Override
    public CompletableFuture<ApplyResult> rollback(RollbackRequest request) {
        return async("rollback", () -> agent.rollback(request == null ? null : request.config(), identity, progress -> {
            try {
                client.progress(progress);
            } catch (RuntimeException e) {
                // as for apply
            }
        }));
    }

    @Override
    public CompletableFuture<RegisterValue> read(RegisterAccess access) {
        return async("read", accessed("read", access), () -> agent.access(access, false));
    }

    @Override
    public CompletableFuture<RegisterValue> write(RegisterAccess access) {
        String action = accessed("write", access);
        return async("write", action, () -> {
            RegisterValue value = agent.access(access, true);
            audit.record(identity, action, "ok", String.format("0x%x (%d bytes)", access.value(), access.width()));
            return value;
        });
    }

    /** "write DEVICE region R offset 0x..": what a register access touched, for the audit (also when it is refused). */
    private static String accessed(String method, RegisterAccess access) {
        return access == null || access.device() == null ? method
                : String.format("%s %s region %d offset 0x%x", method, access.device(), access.region(), access.offset());
    }

    @Override
    public CompletableFuture<IrqCounts> watchIrqs(WatchRequest request) {
        return async("watchIrqs", () -> {
            int limit = agent.interrupts().limits().perConnection();
            Thread self = Thread.currentThread();
            synchronized (watches) {
                if (watches.size() >= limit) {
                    throw AgentException.of(ErrorCode.BUSY, "this connection runs " + limit + " interrupt watches already, its limit"
                            + " (limits.watches.connection in the agent's config): wait for one to end");
                }
                watches.add(self);
            }
            try {
                if (closed) {
                    throw AgentException.of(ErrorCode.BUSY, "the connection is closed");
                }
                return agent.interrupts().watch(request, counts -> {
                    if (closed) {
                        throw new IllegalStateException("the connection is closed");
                    }
                    client.irqCounts(counts);
                });
            } finally {
                watches.remove(self);
            }
        });
    }
}
