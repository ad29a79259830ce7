package org.devassign.agent.api;

import java.util.List;

/**
 * @param protocol the agent's protocol version
 * @param capabilities what both sides understand (the intersection)
 * @param identity the client certificate's subject as the agent sees it
 * @param roles the roles that identity has
 */
public record HelloResult(int protocol, String agent, String host, List<String> capabilities, String identity,
        List<String> roles, long maxMessageBytes) {
}
