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

/** {@code devassign certs init}: a development CA, the agent's certificate, a client certificate per role, the agent's config. */
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
                  --dir DIR      where to write (default $DEVASSIGN_CERTS, else $XDG_CONFIG_HOME/devassign/certs,
                                 else $HOME/.config/devassign/certs)
                  --hosts        names and addresses the agent is reached by (localhost and 127.0.0.1 always)
                  --listen       the agent's listen address in the agent.conf written (default 0.0.0.0:7443)
                Writes ca.p12 (trust), ca-key.p12, agent.p12, viewer.p12, operator.p12, debugger.p12 (password
                'devassign': development only) and agent.conf for the agent.""";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("--dir", "--hosts", "--listen", "--certs");
    }

    @Override
    public int run(Args args, Terminal terminal) throws CommandFailure {
        if (args.positional().size() != 1 || !args.positional().get(0).equals("init")) {
            throw CommandFailure.usage("the certs command has one action: init");
        }
        Path dir = args.option("--dir") != null ? Path.of(args.option("--dir")) : Remote.certs(args);
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
}
