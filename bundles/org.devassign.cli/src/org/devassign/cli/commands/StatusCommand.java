package org.devassign.cli.commands;

import java.io.IOException;
import java.util.Set;

import org.devassign.agent.api.ApplyResult;
import org.devassign.agent.api.RollbackRequest;
import org.devassign.agent.api.Status;
import org.devassign.cli.Args;
import org.devassign.cli.Command;
import org.devassign.cli.CommandFailure;
import org.devassign.cli.Terminal;
import org.devassign.core.identity.Printable;
import org.devassign.deploy.AgentLink;

/** {@code devassign status} and {@code devassign rollback}: what an agent holds, and giving it all back. */
public final class StatusCommand implements Command {

    private final boolean rollback;

    private StatusCommand(boolean rollback) {
        this.rollback = rollback;
    }

    public static StatusCommand status() {
        return new StatusCommand(false);
    }

    public static StatusCommand rollback() {
        return new StatusCommand(true);
    }

    @Override
    public String name() {
        return rollback ? "rollback" : "status";
    }

    @Override
    public String summary() {
        return rollback ? "put every device the agent holds back on its previous driver" : "what an agent has deployed";
    }

    @Override
    public String usage() {
        return (rollback ? "usage: devassign rollback --target HOST:PORT [--config NAME] [--json]\n"
                + "  --config NAME   only if NAME is the active deployment\n"
                : "usage: devassign status --target HOST:PORT [--json]\n"
                        + "  exit 1 when the agent's journal is damaged (the agent then changes nothing; status says what to do)\n")
                + Remote.OPTIONS_HELP;
    }

    @Override
    public Set<String> valuedOptions() {
        return Remote.valued("--config");
    }

    @Override
    public Set<String> switches() {
        return Set.of("--json");
    }

    @Override
    public int run(Args args, Terminal terminal) throws CommandFailure {
        boolean json = args.flag("--json");
        try (AgentLink link = Remote.connect(args, terminal, rollback ? "operator" : "viewer", Remote.printer(terminal, json), c -> {
        })) {
            if (rollback) {
                ApplyResult result = link.call(link.agent().rollback(new RollbackRequest(args.option("--config"))));
                if (json) {
                    terminal.out().println(Remote.JSON.toJson(result));
                } else if (!result.changed()) {
                    terminal.out().println("nothing to roll back on " + link.target());
                } else {
                    terminal.out().printf("rolled back %s: transaction %d, %d steps, agent %.1f ms%n", result.config(), result.transaction(),
                            result.steps().size(), result.agentMillis());
                }
                return 0;
            }
            Status status = link.call(link.agent().status());
            if (json) {
                terminal.out().println(Remote.JSON.toJson(status));
                return 0;
            }
            terminal.out().println(link.target() + ": " + status.agent() + ", up " + status.uptimeMillis() / 1000 + " s");
            terminal.out().println("  deployed: " + (status.config() == null ? "nothing" : status.config() + " (digest " + status.digest() + ")"));
            terminal.out().println("  last transaction: " + status.lastTransaction() + " (" + status.lastOutcome() + ")");
            if (status.recovered() != null) {
                terminal.out().println("  at start-up: " + status.recovered());
            }
            if (status.journal() != null) {
                terminal.out().println("  journal: " + Printable.line(status.journal()));
            }
            DeployCommand.printDevices(terminal, status.devices());
            return status.journal() == null ? 0 : 1;
        } catch (IOException e) {
            throw Remote.failure(e, null);
        }
    }
}
