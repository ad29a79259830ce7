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
import org.devassign.agent.api.HostLoss;
import org.devassign.agent.api.PlanResult;
import org.devassign.agent.api.Progress;
import org.devassign.agent.api.Status;
import org.devassign.cli.Args;
import org.devassign.cli.Command;
import org.devassign.cli.CommandFailure;
import org.devassign.cli.Terminal;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.rules.HostUse;
import org.devassign.core.rules.Vfio;
import org.devassign.deploy.AfterDrop;
import org.devassign.deploy.AgentFailure;
import org.devassign.deploy.AgentLink;
import org.devassign.deploy.Planner;
import org.devassign.dsl.workspace.ConfigWorkspace;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.facts.HostUsages;
import org.devassign.model.naming.Labels;

/**
 * {@code devassign deploy CONFIG --target HOST:PORT} and {@code devassign plan CONFIG [--target ...]}:
 * validate the config, compute the deployment, show the agent's plan with what the host loses (the block
 * devices and interfaces of each device taken from a host driver, and what runs on them), and (deploy)
 * apply it as one transaction with progress.
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
                printLosses(terminal, planned.losses() == null ? List.of() : planned.losses());
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
            ApplyResult result;
            try {
                result = link.call(link.agent().apply(plan.deployment()));
            } catch (AgentFailure refused) {
                throw refused;
            } catch (IOException dropped) {
                return afterDrop(args, terminal, json, plan, events, dropped);
            }
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

    /**
     * The connection ended before the apply's answer: reconnect, ask the agent's status, and say whether
     * the transaction committed (exit 0) or was undone (exit 1), instead of failing blindly.
     */
    private static int afterDrop(Args args, Terminal terminal, boolean json, Planner.Plan plan, List<Progress> events, IOException dropped)
            throws CommandFailure {
        long tx;
        synchronized (events) {
            tx = events.stream().mapToLong(Progress::transaction).max().orElse(-1);
        }
        terminal.err().println("devassign deploy: " + dropped.getMessage() + " during the apply" + (tx < 0 ? "" : " of transaction " + tx)
                + "; asking the agent what became of it");
        Status status = Remote.statusAfterDrop(args, terminal);
        AfterDrop outcome = AfterDrop.of(status, tx, plan.deployment());
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("target", args.option("--target", "-t"));
            out.put("connectionLost", dropped.getMessage());
            out.put("committed", outcome.committed());
            out.put("transaction", outcome.transaction());
            out.put("outcome", outcome.text());
            out.put("status", status);
            terminal.out().println(Remote.JSON.toJson(out));
        } else {
            terminal.out().println(plan.deployment().config() + ": " + outcome.text());
            if (outcome.committed()) {
                printDevices(terminal, status.devices());
            }
        }
        if (!outcome.committed()) {
            throw new CommandFailure(CommandFailure.PROBLEMS, "the connection to the agent ended during the apply, and the transaction"
                    + " was " + outcome.text() + "; the board is as it was before: deploy again");
        }
        return 0;
    }

    /** What the host loses with the devices taken from host drivers: "the host loses, with device nvme0 (...) leaving nvme: /dev/nvme0n1 (64 MiB disk)". */
    static void printLosses(Terminal terminal, List<HostLoss> losses) {
        for (HostLoss loss : losses) {
            terminal.out().println("  the host loses, with " + (loss.label() == null ? "device " + loss.device() : loss.label()) + " leaving "
                    + loss.driver() + ": " + (loss.loses().isEmpty() ? "no block device or interface" : String.join(", ", loss.loses())));
            for (String use : loss.inUse()) {
                terminal.out().println("    in use now: it " + use);
            }
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
        List<HostLoss> losses = new ArrayList<>();
        for (DeviceRequest r : plan.deployment().devices()) {
            terminal.out().printf("  %-40s -> %-10s %s for %s %s%s  (%s)%n", r.label(), r.driver(),
                    r.open() == null ? "bind only" : "open " + r.open(), r.consumerKind(), r.consumer(), r.force() ? " (force)" : "",
                    r.source());
            Planner.Origin origin = plan.origin(r.device());
            String driver = origin == null ? null : origin.device().getDriver();
            if (driver != null && !driver.isEmpty() && !Vfio.isVfioDriver(driver)) {
                List<HostUse> uses = HostUsages.of(origin.device());
                losses.add(new HostLoss(r.device(), r.label(), driver, HostUse.losses(uses),
                        HostUse.inUse(uses).stream().map(HostUse::describe).toList()));
            }
        }
        printLosses(terminal, losses);
    }
}
