package org.devassign.agent.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.devassign.agent.api.ConsumerName;
import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.wire.ProtocolJson;
import org.devassign.agent.service.Holdings.Held;
import org.devassign.agent.service.backend.HandoffFd;
import org.devassign.agent.service.unix.HandoffServer;
import org.devassign.agent.service.unix.Native;

import com.google.gson.Gson;

/**
 * What the fd hand-off gives a consumer that names itself: the descriptors of the open devices
 * deployed for it, with a JSON line saying which is which. The name is checked like every name
 * from outside ({@link ConsumerName}): a name that is not one is refused with what a valid one looks
 * like, and never reaches a log unescaped.
 */
final class HandoffOffers implements HandoffServer.Source {

    private static final Gson GSON = ProtocolJson.gson();

    private final Holdings holdings;
    private final AuditLog audit;

    HandoffOffers(Holdings holdings, AuditLog audit) {
        this.holdings = holdings;
        this.audit = audit;
    }

    @Override
    public HandoffServer.Offer offer(String name, Native.Credentials peer) throws IOException {
        String who = "uid " + peer.uid() + " pid " + peer.pid();
        ConsumerName consumer;
        try {
            consumer = ConsumerName.parse(name);
        } catch (IllegalArgumentException e) {
            audit.record(who, "handoff", "refused", e.getMessage());
            throw new IOException(e.getMessage());
        }
        List<Integer> fds = new ArrayList<>();
        List<Map<String, Object>> described = new ArrayList<>();
        for (Held h : holdings.openFor(consumer)) {
            for (HandoffFd fd : h.handle.handoffFds()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("index", fds.size());
                entry.put("device", h.device().kernelName());
                entry.put("label", h.request.label());
                entry.put("kind", fd.kind());
                entry.put("regions", fd.regionOffsets());
                described.add(entry);
                fds.add(fd.fd());
            }
        }
        if (fds.isEmpty()) {
            audit.record(who, "handoff " + consumer, "refused", "nothing deployed for it");
            throw new IOException("no open device is deployed for consumer '" + consumer + "'");
        }
        Deployment active = holdings.active();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("consumer", consumer.name());
        json.put("config", active == null ? null : active.config());
        json.put("fds", described);
        audit.record(who, "handoff " + consumer, "ok", fds.size() + " descriptors");
        return new HandoffServer.Offer(GSON.toJson(json), fds.stream().mapToInt(Integer::intValue).toArray());
    }
}
