package org.devassign.agent.api;

import java.util.List;

/** @param protocol the client's {@link Protocol#VERSION}; @param capabilities what the client understands */
public record Hello(int protocol, String client, List<String> capabilities) {
}
