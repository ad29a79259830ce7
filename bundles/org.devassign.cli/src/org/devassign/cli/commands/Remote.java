package org.devassign.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.devassign.agent.api.IrqCounts;
import org.devassign.agent.api.Progress;
import org.devassign.agent.api.ProgressState;
import org.devassign.agent.api.Status;
import org.devassign.agent.api.Step;
import org.devassign.agent.api.wire.ProtocolJson;
import org.devassign.cli.Args;
import org.devassign.cli.CommandFailure;
import org.devassign.cli.Terminal;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.identity.DeviceNameException;
import org.devassign.deploy.AgentFailure;
import org.devassign.deploy.AgentLink;
import org.devassign.deploy.CertificateFolder;
import org.devassign.deploy.DeployErrors;
import org.devassign.deploy.KnownAgents;
import org.devassign.deploy.Planner;
import org.devassign.deploy.Target;

import com.google.gson.Gson;

/**
 * What the commands that talk to an agent share: the {@code --target}, {@code --certs} and
 * {@code --role} options, connecting, progress on a terminal or as plain lines, and agent errors
 * turned into messages naming the config line and the model element.
 */
final class Remote {

    static final Set<String> VALUED = Set.of("--target", "-t", "--certs", "--role", "--pin");
    /** The protocol's records as people read them: device names, drivers and steps as their words. */
    static final Gson JSON = ProtocolJson.pretty();

    static final String OPTIONS_HELP = """
              --target HOST:PORT   the agent (default port 7443)
              --certs DIR          the identities made by 'devassign certs init' (default $DEVASSIGN_CERTS,
                                   else $XDG_CONFIG_HOME/devassign/certs, else $HOME/.config/devassign/certs)
              --role ROLE          which client certificate to use: viewer, operator or debugger
              --pin SHA256         the agent's certificate fingerprint to insist on (default: the target's
                                   line in DIR/known-agents, see 'devassign certs pin'; none: the CA decides)
              --json               machine-readable output""";

    private Remote() {
    }

    static Set<String> valued(String... more) {
        Set<String> all = new HashSet<>(VALUED);
        all.addAll(List.of(more));
        return all;
    }

    /** {@code --certs}, else the folder of {@link CertificateFolder#standard()} (the environment's, as the scripts read it). */
    static Path certs(Args args) throws CommandFailure {
        String dir = args.option("--certs");
        if (dir != null) {
            return Path.of(dir);
        }
        try {
            return CertificateFolder.standard();
        } catch (CertificateFolder.Unset e) {
            throw CommandFailure.usage(e.getMessage() + " (or give --certs DIR)");
        }
    }

    static Target target(Args args) throws CommandFailure {
        String target = args.option("--target", "-t");
        if (target == null) {
            throw CommandFailure.usage("say which agent: --target HOST:PORT");
        }
        try {
            return Target.parse(target);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.usage(e.getMessage());
        }
    }

    /** The agent named by {@code --target}, pinned by {@code --pin} or by its line in the certificates folder's known-agents. */
    static Target pinnedTarget(Args args) throws CommandFailure {
        Target target = target(args);
        try {
            String pin = args.option("--pin") != null ? args.option("--pin") : KnownAgents.in(certs(args)).pin(target);
            return target.pinned(pin);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.usage(e.getMessage());
        } catch (IOException e) {
            throw new CommandFailure(CommandFailure.PROBLEMS, e.getMessage(), e);
        }
    }

    /** Connects; an agent that is not pinned yet is named on stderr with its fingerprint and how to pin it. */
    static AgentLink connect(Args args, Terminal terminal, String defaultRole, Consumer<Progress> progress, Consumer<IrqCounts> irqs)
            throws CommandFailure {
        String role = args.option("--role") == null ? defaultRole : args.option("--role");
        Target target = pinnedTarget(args);
        try {
            AgentLink link = AgentLink.connect(target, AgentLink.Identity.of(certs(args), role), progress, irqs);
            if (!link.pinned()) {
                terminal.err().println("devassign: note: " + link.pinAdvice() + ": devassign certs pin --target " + target
                        + " --certs " + certs(args) + " " + link.agentFingerprint() + "   (or --pin " + link.agentFingerprint() + ")");
            }
            return link;
        } catch (IOException e) {
            throw new CommandFailure(CommandFailure.PROBLEMS, e.getMessage(), e);
        }
    }

    /** How long a client tries to reach an agent again after a connection ended (the agent may be restarting). */
    static final long RECONNECT_MILLIS = 60_000;

    /**
     * The agent's status on a new connection, for an apply whose connection ended: tries again for up to
     * {@link #RECONNECT_MILLIS} (a restarted agent listens again once its journal's recovery is done;
     * status waits until a transaction still running ends).
     */
    static Status statusAfterDrop(Args args, Terminal terminal) throws CommandFailure {
        long deadline = System.nanoTime() + RECONNECT_MILLIS * 1_000_000;
        IOException last = null;
        for (int attempt = 1; System.nanoTime() < deadline; attempt++) {
            // the deploy's own identity (an operator may ask for status too)
            String role = args.option("--role") == null ? "operator" : args.option("--role");
            try (AgentLink link = AgentLink.connect(target(args), AgentLink.Identity.of(certs(args), role), p -> {
            }, c -> {
            })) {
                return link.call(link.agent().status());
            } catch (IOException e) {
                last = e;
                if (attempt == 1) {
                    terminal.err().println("devassign: the agent does not answer yet (" + e.getMessage() + "); trying again for "
                            + RECONNECT_MILLIS / 1000 + " s");
                }
                try {
                    Thread.sleep(Math.min(5000, 250L * attempt));
                } catch (InterruptedException i) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw new CommandFailure(CommandFailure.PROBLEMS, "the connection to the agent ended during the apply, and the agent did not answer"
                + " again within " + RECONNECT_MILLIS / 1000 + " s (" + (last == null ? "interrupted" : last.getMessage()) + "): whether the"
                + " transaction committed is unknown here; its journal ends it applied or undone: ask with devassign status");
    }

    static CommandFailure failure(IOException e, Planner.Plan plan) {
        if (e instanceof AgentFailure failure) {
            return new CommandFailure(CommandFailure.PROBLEMS, DeployErrors.explain(failure, plan), e);
        }
        return new CommandFailure(CommandFailure.PROBLEMS, e.getMessage(), e);
    }

    /** Progress as one rewritten line on a terminal, a line per step otherwise, nothing for --json. */
    static Consumer<Progress> printer(Terminal terminal, boolean json) {
        if (json) {
            return p -> {
            };
        }
        return p -> {
            String line = String.format("  [%d/%d] %-7s %s %s", p.index(), p.total(), p.action(), p.device(),
                    p.state() == ProgressState.STARTED ? "..." : p.state());
            if (terminal.interactive()) {
                terminal.err().print("\r\033[K" + line + (p.state() == ProgressState.STARTED ? "" : "\n"));
            } else if (p.state() != ProgressState.STARTED) {
                terminal.err().println(line + (p.detail() == null ? "" : "  (" + p.detail() + ")"));
            }
            terminal.err().flush();
        };
    }

    static void printSteps(Terminal terminal, List<Step> steps) {
        if (steps.isEmpty()) {
            terminal.out().println("  nothing to do: the board already is as the config says");
        }
        for (Step step : steps) {
            terminal.out().printf("  %d. %-7s %-40s %s%n", step.index(), step.action(), step.label() == null ? step.device() : step.label(),
                    step.detail() == null ? "" : step.detail());
        }
    }

    /** A device named on the command line, canonicalised; a usage error saying what a valid name looks like otherwise. */
    static DeviceId device(String text) throws CommandFailure {
        try {
            return DeviceId.parse(text);
        } catch (DeviceNameException e) {
            throw CommandFailure.usage(e.getMessage());
        }
    }

    static long number(String text, String what) throws CommandFailure {
        try {
            return Long.decode(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw CommandFailure.usage(what + " must be a number (decimal or 0x hex), not '" + text + "'");
        }
    }
}
