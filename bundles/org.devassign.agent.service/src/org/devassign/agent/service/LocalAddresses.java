package org.devassign.agent.service;

import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The local addresses the agent is reached on: its listen address when it names one, and the local
 * end of every connection it accepted. The interfaces that carry them carry the agent's own
 * connection, so the board's protection includes their devices (not only the default route's).
 */
final class LocalAddresses {

    private final Set<InetAddress> addresses = ConcurrentHashMap.newKeySet();

    void add(InetAddress address) {
        if (address != null && !address.isAnyLocalAddress()) {
            addresses.add(address);
        }
    }

    List<InetAddress> now() {
        return List.copyOf(addresses);
    }
}
