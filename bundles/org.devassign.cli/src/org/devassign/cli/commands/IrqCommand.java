package org.devassign.cli.commands;

import java.io.IOException;
import java.util.Set;

import org.devassign.agent.api.IrqCounts;
import org.devassign.agent.api.WatchRequest;
import org.devassign.cli.Args;
import org.devassign.cli.Command;
import org.devassign.cli.CommandFailure;
import org.devassign.cli.Terminal;
import org.devassign.core.identity.DeviceId;
import org.devassign.deploy.AgentLink;

/**
 * {@code devassign irq watch DEVICE --target HOST:PORT [--seconds N]}: interrupt counts as the agent's eventfds see them, per
 * IRQ index and, for an MSI or MSI-X index with several vectors, per vector.
 */
public final class IrqCommand implements Command {

    @Override
    public String name() {
        return "irq";
    }

    @Override
    public String summary() {
        return "watch the interrupt counts of a deployed device";
    }

    @Override
    public String usage() {
        return "usage: devassign irq watch DEVICE --target HOST:PORT [--seconds N] [--interval MS]\n  DEVICE is the sysfs name\n"
                + Remote.OPTIONS_HELP + "\n  the default role is debugger";
    }

    @Override
    public Set<String> valuedOptions() {
        return Remote.valued("--seconds", "--interval");
    }

    @Override
    public Set<String> switches() {
        return Set.of("--json");
    }

    @Override
    public int run(Args args, Terminal terminal) throws CommandFailure {
        if (args.positional().size() != 2 || !args.positional().get(0).equals("watch")) {
            throw CommandFailure.usage("expected: irq watch DEVICE");
        }
        DeviceId device = Remote.device(args.positional().get(1));
        long seconds = args.option("--seconds") == null ? 5 : Remote.number(args.option("--seconds"), "--seconds");
        long interval = args.option("--interval") == null ? 1000 : Remote.number(args.option("--interval"), "--interval");
        boolean json = args.flag("--json");
        try (AgentLink link = Remote.connect(args, terminal, "debugger", p -> {
        }, counts -> print(terminal, counts, json))) {
            IrqCounts last = link.call(link.agent().watchIrqs(new WatchRequest(device, seconds * 1000, interval)));
            print(terminal, last, json);
            return 0;
        } catch (IOException e) {
            throw Remote.failure(e, null);
        }
    }

    /** "#0=2 #2=1, the other 63 none": the vectors that fired, so 65 vectors fit on a line. */
    static String perVector(java.util.List<Long> counts) {
        StringBuilder text = new StringBuilder();
        int quiet = 0;
        for (int v = 0; v < counts.size(); v++) {
            if (counts.get(v) != null && counts.get(v) > 0) {
                text.append(text.isEmpty() ? "" : " ").append('#').append(v).append('=').append(counts.get(v));
            } else {
                quiet++;
            }
        }
        if (text.isEmpty()) {
            return "none fired";
        }
        return quiet == 0 ? text.toString() : text + ", the other " + quiet + " none";
    }

    private static void print(Terminal terminal, IrqCounts counts, boolean json) {
        if (json) {
            terminal.out().println(Remote.JSON.toJson(counts).replace("\n", " ").replaceAll(" +", " "));
        } else {
            terminal.out().println(counts.device() + (counts.last() ? " final" : "") + " irq counts: " + counts.counts());
            if (counts.vectors() != null) {
                counts.vectors().forEach((index, perVector) -> {
                    if (perVector.size() > 1) {
                        terminal.out().println("  index " + index + ", " + perVector.size() + " vectors: " + perVector(perVector));
                    }
                });
            }
        }
        terminal.out().flush();
    }
}
