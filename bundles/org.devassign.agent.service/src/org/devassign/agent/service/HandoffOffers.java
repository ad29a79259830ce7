package org.devassign.agent.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.devassign.agent.api.ConsumerCredentials;
import org.devassign.agent.api.ConsumerKind;
import org.devassign.agent.api.ConsumerName;
import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.wire.ProtocolJson;
import org.devassign.agent.service.Holdings.Copy;
import org.devassign.agent.service.Holdings.Held;
import org.devassign.agent.service.unix.HandoffServer;
import org.devassign.agent.service.unix.HandoffServer.Access;
import org.devassign.agent.service.unix.Native;
import org.devassign.core.identity.Printable;

import com.google.gson.Gson;

/**
 * What the fd hand-off gives: which consumers get a socket (each user-space consumer with an open
 * device, for the uid and gid its config states: {@link ConsumerCredentials}), and what a process
 * on a consumer's socket receives: copies of the descriptors of that consumer's open devices, never
 * those of the agent's own probe. The name a process sends is checked like every name from outside
 * ({@link ConsumerName}) and must be the socket's consumer; it reaches the audit log escaped.
 */
final class HandoffOffers implements HandoffServer.Source {

    private static final Gson GSON = ProtocolJson.gson();

    private final Holdings holdings;
    private final AuditLog audit;

    HandoffOffers(Holdings holdings, AuditLog audit) {
        this.holdings = holdings;
        this.audit = audit;
    }

    /**
     * The consumers to serve now, by name, with who may connect: the deployment's ids for each, or
     * root alone for a consumer the client stated no ids for.
     */
    Map<String, Access> consumers() {
        Deployment active = holdings.active();
        Map<String, Access> consumers = new LinkedHashMap<>();
        for (Held h : holdings.all()) {
            ConsumerName name = h.request.consumer();
            if (h.handle != null && h.request.consumerKind() == ConsumerKind.USERSPACE && name != null) {
                ConsumerCredentials ids = active == null ? null : active.credentialsOf(name);
                consumers.putIfAbsent(name.name(), ids == null ? Access.ROOT_ONLY : new Access(ids.uid(), ids.gid()));
            }
        }
        return consumers;
    }

    private static String who(Native.Credentials peer) {
        return "uid " + Integer.toUnsignedLong(peer.uid()) + " gid " + Integer.toUnsignedLong(peer.gid()) + " pid " + peer.pid();
    }

    @Override
    public HandoffServer.Offer offer(String socketConsumer, String requested, Native.Credentials peer) throws IOException {
        ConsumerName consumer;
        try {
            consumer = ConsumerName.parse(requested);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage());
        }
        if (!consumer.name().equals(socketConsumer)) {
            throw new IOException("this socket hands out the devices of consumer " + socketConsumer + ", not of " + Printable.quote(requested)
                    + ": connect to that consumer's own socket");
        }
        List<Copy> copies = holdings.copiesFor(consumer);
        if (copies.isEmpty()) {
            throw new IOException("no open device is deployed for consumer '" + consumer + "'");
        }
        List<Map<String, Object>> described = new ArrayList<>();
        int[] fds = new int[copies.size()];
        for (Copy copy : copies) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("index", described.size());
            entry.put("device", copy.held().device().kernelName());
            entry.put("label", copy.held().request.label());
            entry.put("kind", copy.original().kind());
            entry.put("regions", copy.original().regionOffsets());
            fds[described.size()] = copy.fd();
            described.add(entry);
        }
        Deployment active = holdings.active();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("consumer", consumer.name());
        json.put("config", active == null ? null : active.config());
        json.put("fds", described);
        audit.record(who(peer), "handoff " + consumer, "ok", fds.length + " descriptors");
        return new HandoffServer.Offer(GSON.toJson(json), fds);
    }

    @Override
    public void refused(String consumer, Native.Credentials peer, String why, int more) {
        audit.record(who(peer), "handoff " + consumer, "refused", why + (more == 0 ? "" : " (and " + more + " more refused since the last)"));
    }
}
