package org.devassign.fleet;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.devassign.agent.api.AgentService;
import org.devassign.agent.api.Role;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;

/**
 * A Mosquitto 2 configuration for a fleet: TLS with client certificates whose CN is the user name,
 * and an ACL for {@link Topics}' layout that confines each board to its own topics and each client
 * to the command topics of the methods its roles allow. The broker's ACL is a first fence only:
 * an agent checks the signature of every command itself ({@code org.devassign.fleet.sign}).
 * {@code devassign fleet broker} writes these files; the tests start Mosquitto with them.
 * Board names and client names share the broker's user names: a board may not be named like a client.
 */
public final class BrokerConfig {

    private BrokerConfig() {
    }

    /** The methods of the agent protocol, each of which has its own command topic. */
    public static Set<String> methods() {
        return new TreeSet<>(ServiceEndpoints.getSupportedMethods(AgentService.class).keySet());
    }

    /** The ACL for clients (certificate CN to roles); boards need no entry of their own. */
    public static String acl(Map<String, Set<Role>> clients) {
        StringBuilder acl = new StringBuilder();
        acl.append("# DevAssign fleet ACL, topic layout ").append(Topics.VERSION).append(" (written by devassign fleet broker).\n");
        acl.append("# A board's user name is its certificate's CN: it publishes its presence, summary and replies, and reads its\n");
        acl.append("# commands, under its own prefix only.\n");
        acl.append("pattern write ").append(Topics.ROOT).append("/%u/").append(Topics.PRESENCE).append('\n');
        acl.append("pattern write ").append(Topics.ROOT).append("/%u/").append(Topics.SUMMARY).append('\n');
        acl.append("pattern write ").append(Topics.ROOT).append("/%u/").append(Topics.REPLY).append("/+/+\n");
        acl.append("pattern read ").append(Topics.ROOT).append("/%u/").append(Topics.COMMAND).append("/+\n");
        acl.append("# A client reads the replies addressed to it: the reply topic names the client.\n");
        acl.append("pattern read ").append(Topics.ROOT).append("/+/").append(Topics.REPLY).append("/%u/+\n");
        for (Map.Entry<String, Set<Role>> client : clients.entrySet()) {
            Set<Role> roles = client.getValue();
            acl.append("\n# ").append(client.getKey()).append(": ")
                    .append(roles.isEmpty() ? "no role" : String.join(", ", roles.stream().map(Role::id).toList())).append('\n');
            acl.append("user ").append(Names.check(client.getKey(), "client name")).append('\n');
            acl.append("topic read ").append(Topics.ALL_PRESENCE).append('\n');
            acl.append("topic read ").append(Topics.ALL_SUMMARIES).append('\n');
            for (String method : methods()) {
                if (roles.stream().anyMatch(r -> r.allows(method))) {
                    acl.append("topic write ").append(Topics.command("+", method)).append('\n');
                }
            }
            if (roles.contains(Role.OPERATOR)) {
                acl.append("topic read $SYS/broker/#\n");
            }
        }
        return acl.toString();
    }

    /**
     * The broker's config: one TLS listener, client certificates required, the CN as user name, the
     * ACL, no persistence (agents and clients announce and ask again after a restart), Nagle off.
     */
    public static String mosquitto(String bind, int port, Path caFile, Path certificateFile, Path keyFile, Path aclFile, List<String> extra) {
        StringBuilder conf = new StringBuilder();
        conf.append("# Mosquitto 2 for a DevAssign fleet (written by devassign fleet broker)\n");
        conf.append("per_listener_settings false\n");
        conf.append("persistence false\n");
        conf.append("allow_anonymous false\n");
        conf.append("# Nagle off: without it every request and answer waits for a delayed ACK (about 40 ms)\n");
        conf.append("set_tcp_nodelay true\n");
        conf.append("max_connections -1\n");
        conf.append("# QoS 1 messages a client may have unacknowledged (its Receive Maximum); clients pace to it\n");
        conf.append("max_inflight_messages 100\n");
        conf.append("max_queued_messages 100000\n");
        conf.append("acl_file ").append(aclFile).append('\n');
        conf.append("listener ").append(port).append(' ').append(bind).append('\n');
        conf.append("cafile ").append(caFile).append('\n');
        conf.append("certfile ").append(certificateFile).append('\n');
        conf.append("keyfile ").append(keyFile).append('\n');
        conf.append("tls_version tlsv1.2\n");
        conf.append("require_certificate true\n");
        conf.append("use_identity_as_username true\n");
        for (String line : extra) {
            conf.append(line).append('\n');
        }
        return conf.toString();
    }
}
