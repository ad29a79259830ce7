package org.devassign.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.tls.KeyFiles;
import org.devassign.cli.Args;
import org.devassign.cli.Command;
import org.devassign.cli.CommandFailure;
import org.devassign.cli.Terminal;
import org.devassign.deploy.AgentLink;
import org.devassign.deploy.Planner;
import org.devassign.dsl.workspace.ConfigWorkspace;
import org.devassign.fleet.LabelSelector;
import org.devassign.fleet.client.BoardView;
import org.devassign.fleet.client.FleetConnection;
import org.devassign.fleet.rollout.Rollout;
import org.devassign.fleet.rollout.RolloutState;
import org.devassign.fleet.rollout.RolloutStore;
import org.devassign.fleet.sign.FleetIdentity;
import org.devassign.model.AssignmentConfig;

/**
 * {@code devassign fleet list|deploy|status|rollback|broker}: many boards through an MQTT broker.
 * A deploy validates and plans the config here once, then rolls the one deployment out by waves
 * ({@link Rollout}); its state file (under {@code --state}) lets {@code status} report it and
 * {@code deploy --resume} finish it after this process died.
 */
public final class FleetCommand implements Command {

    @Override
    public String name() {
        return "fleet";
    }

    @Override
    public String summary() {
        return "many boards through an MQTT broker: list, deploy by waves, status, rollback";
    }

    @Override
    public String usage() {
        return """
                usage: devassign fleet list [--select LABELS]
                       devassign fleet deploy CONFIG.assign [--select LABELS] [--canary N] [--wave N] [--timeout S] [--offline-wait S]
                       devassign fleet deploy --resume [ROLLOUT]
                       devassign fleet status [ROLLOUT]
                       devassign fleet rollback [ROLLOUT]
                       devassign fleet broker --dir DIR [--port 8883] [--hosts NAME,ADDR,...]
                  --broker ssl://HOST:PORT  the fleet's broker (default $DEVASSIGN_BROKER)
                  --select LABELS           boards by label: model=vm-q35,kernel=6.1*,site=lab2,!retired (default: all)
                  --canary N                boards of the first wave, on their own (default 1)
                  --wave N                  boards per wave after the canary (default 50)
                  --timeout S               seconds to wait for a board's answer (default 60)
                  --offline-wait S          seconds to wait for boards that are away (default 30)
                  --state DIR               rollout state files (default $DEVASSIGN_FLEET_STATE, else $XDG_CONFIG_HOME/devassign/fleet, else $HOME/.config/devassign/fleet)
                  --certs DIR               identities of 'devassign certs init' (default $DEVASSIGN_CERTS, else $XDG_CONFIG_HOME/devassign/certs, else $HOME/.config/devassign/certs)
                  --role ROLE               the certificate that signs the commands (default operator; list: viewer)
                  --json                    machine-readable output
                A wave with a failed board stops the rollout and rolls that wave back. The state file is written before
                each step: after a crash, 'fleet status' shows the rollout and 'fleet deploy --resume' finishes it.
                'fleet broker' writes a Mosquitto config, an ACL and the broker's certificate (signed by the CA of --certs).""";
    }

    @Override
    public Set<String> valuedOptions() {
        return Remote.valued("--broker", "--select", "--canary", "--wave", "--timeout", "--offline-wait", "--state", "--dir", "--port",
                "--hosts");
    }

    @Override
    public Set<String> switches() {
        return Set.of("--json", "--resume");
    }

    @Override
    public int run(Args args, Terminal terminal) throws CommandFailure {
        if (args.positional().isEmpty()) {
            throw CommandFailure.usage("say what to do: list, deploy, status, rollback or broker");
        }
        String action = args.positional().get(0);
        List<String> rest = args.positional().subList(1, args.positional().size());
        FleetOutput out = new FleetOutput(terminal, args.flag("--json"));
        return switch (action) {
            case "list" -> list(args, out);
            case "deploy" -> deploy(args, rest, out);
            case "status" -> status(args, rest, out);
            case "rollback" -> rollback(args, rest, out);
            case "broker" -> FleetBrokerFiles.write(args, terminal);
            default -> throw CommandFailure.usage("unknown fleet action '" + action + "': list, deploy, status, rollback or broker");
        };
    }

    private int list(Args args, FleetOutput out) throws CommandFailure {
        LabelSelector selector = selector(args);
        try (FleetConnection fleet = connect(args, "viewer", FleetConnection.Follow.LISTING)) {
            List<BoardView> boards = fleet.boards().values().stream()
                    .filter(v -> v.presence() != null && selector.matches(v.presence().selectable())).toList();
            out.boards(boards);
            return 0;
        }
    }

    private int deploy(Args args, List<String> rest, FleetOutput out) throws CommandFailure {
        RolloutStore store = store(args);
        RolloutState state;
        if (args.flag("--resume")) {
            state = load(store, rest.isEmpty() ? null : rest.get(0));
            if (state.finished() && state.outcome != RolloutState.Outcome.INCOMPLETE) {
                throw new CommandFailure(CommandFailure.PROBLEMS, "the rollout " + state.id + " is finished (" + state.outcome.name().toLowerCase()
                        + (state.reason == null ? "" : ": " + state.reason) + "): nothing to resume");
            }
        } else {
            if (rest.size() != 1 || !Configs.isConfig(rest.get(0))) {
                throw CommandFailure.usage("name one config (.assign file), or --resume");
            }
            state = null;
        }
        try (FleetConnection fleet = open(args, "operator", FleetConnection.Follow.ROLLOUT)) {
            // the config is read and checked while the connection is made and the boards' retained births arrive (about
            // half a second each, on a thousand boards); no board is asked anything before both are done
            Deployment deployment = state == null ? plan(rest.get(0)) : null;
            awaitReady(fleet, args);
            if (state == null) {
                try {
                    state = Rollout.plan(deployment, broker(args), selector(args), fleet.boards().values(), number(args, "--canary", 1, 0),
                            number(args, "--wave", 50, 1));
                } catch (IllegalArgumentException e) {
                    throw new CommandFailure(CommandFailure.PROBLEMS, e.getMessage());
                }
                out.planned(state);
            } else {
                out.resuming(state);
            }
            Rollout rollout = new Rollout(fleet, store, options(args), out.events());
            state = rollout.run(state);
        } catch (IOException e) {
            throw new CommandFailure(CommandFailure.PROBLEMS, "the rollout's state cannot be written: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(CommandFailure.PROBLEMS, "interrupted: devassign fleet deploy --resume finishes the rollout");
        }
        out.finished(state, store.file(state.id));
        return state.outcome == RolloutState.Outcome.DONE ? 0 : CommandFailure.PROBLEMS;
    }

    private int status(Args args, List<String> rest, FleetOutput out) throws CommandFailure {
        RolloutStore store = store(args);
        if (rest.isEmpty() && !args.flag("--json")) {
            try {
                List<RolloutState> all = new ArrayList<>();
                for (String id : store.ids()) {
                    all.add(store.load(id));
                }
                if (all.isEmpty()) {
                    throw new CommandFailure(CommandFailure.PROBLEMS, "no rollouts in " + store.dir() + " (--state DIR names another folder)");
                }
                out.rollouts(all.subList(Math.max(0, all.size() - 10), all.size()));
                out.rollout(all.get(all.size() - 1));
                return 0;
            } catch (IOException e) {
                throw new CommandFailure(CommandFailure.PROBLEMS, e.getMessage(), e);
            }
        }
        out.rollout(load(store, rest.isEmpty() ? null : rest.get(0)));
        return 0;
    }

    private int rollback(Args args, List<String> rest, FleetOutput out) throws CommandFailure {
        RolloutStore store = store(args);
        RolloutState state = load(store, rest.isEmpty() ? null : rest.get(0));
        try (FleetConnection fleet = connect(args, "operator", FleetConnection.Follow.ROLLOUT)) {
            state = new Rollout(fleet, store, options(args), out.events()).rollback(state);
        } catch (IOException e) {
            throw new CommandFailure(CommandFailure.PROBLEMS, "the rollout's state cannot be written: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(CommandFailure.PROBLEMS, "interrupted: run devassign fleet rollback again");
        }
        out.finished(state, store.file(state.id));
        boolean left = state.boards.values().stream().anyMatch(b -> b.status == org.devassign.fleet.rollout.BoardStatus.IN_DOUBT
                || b.status == org.devassign.fleet.rollout.BoardStatus.ROLLBACK_FAILED
                || b.status == org.devassign.fleet.rollout.BoardStatus.APPLIED && b.changed);
        return left ? CommandFailure.PROBLEMS : 0;
    }

    /** The config validated and planned once, here: every board gets the same deployment. */
    private static Deployment plan(String file) throws CommandFailure {
        Path path = Path.of(file);
        ConfigWorkspace workspace = Configs.workspace(List.of(path));
        Configs.requireValid(workspace, path);
        AssignmentConfig config = Configs.config(workspace, path);
        try {
            return Planner.plan(config, file).deployment();
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(CommandFailure.PROBLEMS, e.getMessage());
        }
    }

    private static RolloutState load(RolloutStore store, String id) throws CommandFailure {
        try {
            String which = id != null ? id : store.latest().orElseThrow(() -> new CommandFailure(CommandFailure.PROBLEMS,
                    "no rollouts in " + store.dir() + " (--state DIR names another folder)"));
            return store.load(which);
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandFailure(CommandFailure.PROBLEMS, e.getMessage(), e);
        }
    }

    static String broker(Args args) throws CommandFailure {
        String broker = args.option("--broker") != null ? args.option("--broker") : System.getenv("DEVASSIGN_BROKER");
        if (broker == null || broker.isBlank()) {
            throw CommandFailure.usage("say which broker: --broker ssl://HOST:PORT (or set DEVASSIGN_BROKER)");
        }
        return broker.trim();
    }

    /** @param follow a rollout follows presences only: every board's summary after its apply would double what it receives */
    private static FleetConnection connect(Args args, String defaultRole, FleetConnection.Follow follow) throws CommandFailure {
        FleetConnection fleet = open(args, defaultRole, follow);
        try {
            awaitReady(fleet, args);
            return fleet;
        } catch (CommandFailure | RuntimeException e) {
            fleet.close();
            throw e;
        }
    }

    /** Starts connecting to the broker; {@link #awaitReady} waits for the connection and the boards' births. */
    private static FleetConnection open(Args args, String defaultRole, FleetConnection.Follow follow) throws CommandFailure {
        String role = args.option("--role") == null ? defaultRole : args.option("--role");
        String broker = broker(args);
        AgentLink.Identity identity = AgentLink.Identity.of(Remote.certs(args), role);
        try {
            return FleetConnection.open(broker, FleetIdentity.load(identity.keystore(), KeyFiles.passwordFileOf(identity.keystore()),
                    identity.truststore()), Duration.ofSeconds(number(args, "--timeout", 60, 1) + 30L), follow);
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandFailure(CommandFailure.PROBLEMS, e.getMessage(), e);
        }
    }

    /** Waits until the connection is up and the boards' retained births have stopped arriving (half a second without one). */
    private static void awaitReady(FleetConnection fleet, Args args) throws CommandFailure {
        try {
            if (!fleet.awaitConnected(Duration.ofSeconds(20))) {
                String why = fleet.problem();
                throw new CommandFailure(CommandFailure.PROBLEMS, "cannot connect to the broker " + broker(args) + (why == null ? "" : ": " + why));
            }
            fleet.awaitSettled(Duration.ofMillis(500), Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(CommandFailure.PROBLEMS, "interrupted");
        }
    }

    private static LabelSelector selector(Args args) throws CommandFailure {
        try {
            return LabelSelector.parse(args.option("--select"));
        } catch (IllegalArgumentException e) {
            throw CommandFailure.usage(e.getMessage());
        }
    }

    private static Rollout.Options options(Args args) throws CommandFailure {
        return new Rollout.Options(Duration.ofSeconds(number(args, "--timeout", 60, 1)), Duration.ofSeconds(number(args, "--offline-wait", 30, 0)));
    }

    private static RolloutStore store(Args args) throws CommandFailure {
        String dir = args.option("--state");
        if (dir != null && !dir.isBlank()) {
            return new RolloutStore(Path.of(dir));
        }
        try {
            return new RolloutStore(org.devassign.deploy.CertificateFolder.fleetState(System.getenv()));
        } catch (org.devassign.deploy.CertificateFolder.Unset e) {
            throw CommandFailure.usage(e.getMessage());
        }
    }

    static int number(Args args, String option, int fallback, int min) throws CommandFailure {
        String text = args.option(option);
        if (text == null) {
            return fallback;
        }
        long value = Remote.number(text, option);
        if (value < min || value > 1_000_000) {
            throw CommandFailure.usage(option + " must be a number from " + min + " to 1000000, not " + text);
        }
        return (int) value;
    }
}
