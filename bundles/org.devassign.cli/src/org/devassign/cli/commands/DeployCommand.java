package org.devassign.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.devassign.agent.api.ApplyResult;
import org.devassign.agent.api.DeviceRequest;
import org.devassign.agent.api.DeviceState;
import org.devassign.agent.api.PlanResult;
import org.devassign.agent.api.Progress;
import org.devassign.cli.Args;
import org.devassign.cli.Command;
import org.devassign.cli.CommandFailure;
import org.devassign.cli.Terminal;
import org.devassign.core.identity.DeviceId;
import org.devassign.deploy.AgentLink;
import org.devassign.deploy.Planner;
import org.devassign.dsl.workspace.ConfigWorkspace;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.naming.Labels;

/**
 * {@code devassign deploy CONFIG --target HOST:PORT} and {@code devassign plan CONFIG [--target ...]}:
 * validate the config, compute the deployment, show the agent's plan, and (deploy) apply it as one
 * transaction with progress.
 */
public final class DeployCommand implements Command {

    private final boolean apply;

    public DeployCommand(boolean apply) {
        this.apply = apply;
    }

    public static DeployCommand deploy() {
        return new DeployCommand(true);
    }

    public static DeployCommand plan() {
        return new DeployCommand(false);
    }

    @Override
    public String name() {
        return apply ? "deploy" : "plan";
    }

    @Override
    public String summary() {
        return apply ? "apply a config on a board's agent, as one transaction" : "show what deploy would do (on the agent: a dry run)";
    }

    @Override
    public String usage() {
        return (apply ? "usage: devassign deploy CONFIG.assign --target HOST:PORT [--certs DIR] [--role operator] [--json]\n"
                : "usage: devassign plan CONFIG.assign [--target HOST:PORT] [--certs DIR] [--json]\n"
                        + "  without --target: the devices, drivers and opens the config asks for; with it: the agent's dry run\n")
                + Remote.OPTIONS_HELP;
    }

    @Override
    public Set<String> valuedOptions() {
        return Remote.VALUED;
    }

    @Override
    public Set<String> switches() {
        return Set.of("--json");
    }

    @Override
    public int run(Args args, Terminal terminal) throws CommandFailure {
        if (args.positional().size() != 1 || !Configs.isConfig(args.positional().get(0))) {
            throw CommandFailure.usage("name one config (.assign file)");
        }
        boolean json = args.flag("--json");
        String file = args.positional().get(0);
        Path path = Path.of(file);
        ConfigWorkspace workspace = Configs.workspace(List.of(path));
        Configs.requireValid(workspace, path);
        AssignmentConfig config = Configs.config(workspace, path);
        Planner.Plan plan;
        try {
            plan = Planner.plan(config, file);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(CommandFailure.PROBLEMS, e.getMessage());
        }
        if (!apply && args.option("--target", "-t") == null) {
            printLocal(plan, terminal, json);
            return 0;
        }
        long t0 = System.nanoTime();
        List<Progress> events = new ArrayList<>();
        var printer = Remote.printer(terminal, json);
        try (AgentLink link = Remote.connect(args, terminal, "operator", p -> {
            synchronized (events) {
                events.add(p);
            }
            printer.accept(p);
        }, counts -> {
        })) {
            PlanResult planned = link.call(link.agent().plan(plan.deployment()));
            if (!json) {
                terminal.out().println((apply ? "plan for " : "dry run of ") + config.getName() + " on " + link.target() + " (agent "
                        + link.hello().agent() + ", as " + link.hello().identity() + "):");
                Remote.printSteps(terminal, planned.steps());
                for (DeviceId unchanged : planned.unchanged()) {
                    Planner.Origin origin = plan.origin(unchanged);
                    terminal.out().println("  unchanged: " + (origin == null ? unchanged.toString() : Labels.of(origin.device())));
                }
                for (String note : planned.notes()) {
                    terminal.out().println("  note: " + note);
                }
            }
            if (!apply) {
                if (json) {
                    terminal.out().println(Remote.JSON.toJson(planned));
                }
                return 0;
            }
            if (!json && !planned.steps().isEmpty()) {
                terminal.out().println("applying " + planned.steps().size() + " steps:");
            }
            terminal.out().flush();
            ApplyResult result = link.call(link.agent().apply(plan.deployment()));
            double totalMillis = (System.nanoTime() - t0) / 1e6;
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("target", link.target().toString());
                out.put("plan", planned);
                out.put("result", result);
                out.put("progress", events);
                out.put("clientMillis", totalMillis);
                terminal.out().println(Remote.JSON.toJson(out));
                return 0;
            }
            terminal.out().printf("%s %s: transaction %d, %d steps, agent %.1f ms, end to end %.1f ms%n",
                    result.changed() ? "applied" : "unchanged:", config.getName(), result.transaction(), result.steps().size(),
                    result.agentMillis(), totalMillis);
            printDevices(terminal, result.devices());
            return 0;
        } catch (IOException e) {
            throw Remote.failure(e, plan);
        }
    }

    static void printDevices(Terminal terminal, List<DeviceState> devices) {
        for (DeviceState d : devices) {
            terminal.out().printf("  %-40s %-10s %-6s for %s%n", d.label() == null ? d.device() : d.label(),
                    d.driver() == null ? "(none)" : d.driver(), d.open() ? "open" : "bound", d.consumer());
        }
    }

    private static void printLocal(Planner.Plan plan, Terminal terminal, boolean json) {
        if (json) {
            terminal.out().println(Remote.JSON.toJson(plan.deployment()));
            return;
        }
        terminal.out().println("deployment " + plan.deployment().config() + " (digest " + plan.deployment().digest() + "):");
        for (DeviceRequest r : plan.deployment().devices()) {
            terminal.out().printf("  %-40s -> %-10s %s for %s %s  (%s)%n", r.label(), r.driver(),
                    r.open() == null ? "bind only" : "open " + r.open(), r.consumerKind(), r.consumer(), r.source());
        }
    }
}
