package org.devassign.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.devassign.cli.Args;
import org.devassign.cli.Command;
import org.devassign.cli.CommandFailure;
import org.devassign.cli.Terminal;
import org.devassign.deploy.Identities;

/**
 * {@code devassign certs init}: a development CA, the agent's certificate, a client certificate per
 * role, the agent's config. {@code devassign certs board NAME...}: a board's identity for a fleet
 * (its CN is its name at the broker), signed by that CA.
 */
public final class CertsCommand implements Command {

    @Override
    public String name() {
        return "certs";
    }

    @Override
    public String summary() {
        return "make development TLS identities: a CA, the agent's and one client per role";
    }

    @Override
    public String usage() {
        return """
                usage: devassign certs init [--dir DIR] [--hosts NAME,ADDR,...] [--listen HOST:PORT]
                       devassign certs board NAME... [--dir DIR]
                  --dir DIR      where to write (default $DEVASSIGN_CERTS, else $XDG_CONFIG_HOME/devassign/certs,
                                 else $HOME/.config/devassign/certs)
                  --hosts        names and addresses the agent is reached by (localhost and 127.0.0.1 always)
                  --listen       the agent's listen address in the agent.conf written (default 0.0.0.0:7443)
                Writes ca.p12 (trust), ca-key.p12, agent.p12, viewer.p12, operator.p12, debugger.p12 (password
                'devassign': development only) and agent.conf for the agent. 'board' writes NAME.p12 for each board of
                a fleet, signed by the CA of DIR: the board's agent.conf names it (mqtt.keystore = NAME.p12).""";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("--dir", "--hosts", "--listen", "--certs");
    }

    @Override
    public int run(Args args, Terminal terminal) throws CommandFailure {
        if (args.positional().isEmpty() || !List.of("init", "board").contains(args.positional().get(0))) {
            throw CommandFailure.usage("the certs command's actions are init and board");
        }
        Path dir = args.option("--dir") != null ? Path.of(args.option("--dir")) : Remote.certs(args);
        if (args.positional().get(0).equals("board")) {
            return boards(dir, args.positional().subList(1, args.positional().size()), terminal);
        }
        if (args.positional().size() != 1) {
            throw CommandFailure.usage("certs init takes no names (certs board NAME... does)");
        }
        List<String> hosts = new ArrayList<>();
        if (args.option("--hosts") != null) {
            for (String host : args.option("--hosts").split(",")) {
                if (!host.isBlank()) {
                    hosts.add(host.trim());
                }
            }
        }
        String listen = args.option("--listen") == null ? "0.0.0.0:7443" : args.option("--listen");
        try {
            for (Path file : Identities.init(dir, hosts, listen)) {
                terminal.out().println("wrote " + file);
            }
        } catch (IOException e) {
            throw new CommandFailure(CommandFailure.PROBLEMS, e.getMessage(), e);
        }
        terminal.out().println("start the agent with: java -cp 'PLUGINS/*' org.devassign.agent.service.AgentMain --config " + dir.resolve("agent.conf"));
        return 0;
    }

    private static int boards(Path dir, List<String> names, Terminal terminal) throws CommandFailure {
        if (names.isEmpty()) {
            throw CommandFailure.usage("name the boards: devassign certs board NAME...");
        }
        try {
            Identities.Authority ca = Identities.authority(dir);
            for (String name : names) {
                if (Identities.ROLES.contains(name) || !org.devassign.fleet.Names.valid(name)) {
                    throw CommandFailure.usage("'" + name + "' cannot name a board: 1 to 64 letters, digits, '.', '-' or '_', and not a role ("
                            + String.join(", ", Identities.ROLES) + "), whose certificates are clients at the broker");
                }
                Path file = Identities.issue(ca, dir.resolve(name + ".p12"), name, List.of(), false, java.time.Instant.now(),
                        java.time.Duration.ofDays(825));
                terminal.out().println("wrote " + file);
            }
        } catch (IOException e) {
            throw new CommandFailure(CommandFailure.PROBLEMS, e.getMessage(), e);
        }
        terminal.out().println("on each board, in agent.conf: mqtt.broker = ssl://BROKER:8883 and mqtt.keystore = NAME.p12");
        return 0;
    }
}
