package org.devassign.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.devassign.cli.commands.CertsCommand;
import org.devassign.cli.commands.DeployCommand;
import org.devassign.cli.commands.DiscoverCommand;
import org.devassign.cli.commands.DriftCommand;
import org.devassign.cli.commands.FleetCommand;
import org.devassign.cli.commands.InventoryCommand;
import org.devassign.cli.commands.IrqCommand;
import org.devassign.cli.commands.RegsCommand;
import org.devassign.cli.commands.StatusCommand;
import org.devassign.cli.commands.FmtCommand;
import org.devassign.cli.commands.GenerateCommand;
import org.devassign.cli.commands.LspCommand;
import org.devassign.cli.commands.ShowCommand;
import org.devassign.cli.commands.ValidateCommand;

/** Finds the verb, runs it, and turns failures into messages and exit codes. */
public final class Cli {

    /** Every verb of the command line, in the order {@code devassign help} lists them. */
    private static final List<Command> COMMANDS = List.of(
            new ShowCommand(),
            new ValidateCommand(),
            new DiscoverCommand(),
            new GenerateCommand(),
            new FmtCommand(),
            new LspCommand(),
            DeployCommand.deploy(),
            DeployCommand.plan(),
            StatusCommand.status(),
            StatusCommand.rollback(),
            new InventoryCommand(),
            new DriftCommand(),
            new RegsCommand(),
            new IrqCommand(),
            new FleetCommand(),
            new CertsCommand());

    private final Terminal terminal;

    public Cli(Terminal terminal) {
        this.terminal = terminal;
    }

    public static List<Command> commands() {
        return COMMANDS;
    }

    public int run(String... argv) {
        if (argv.length == 0 || argv[0].equals("help") || argv[0].equals("--help") || argv[0].equals("-h")) {
            return help(argv.length > 1 ? argv[1] : null);
        }
        if (argv[0].equals("--version") || argv[0].equals("version")) {
            terminal.out().println("devassign " + version());
            return 0;
        }
        Optional<Command> command = find(argv[0]);
        if (command.isEmpty()) {
            terminal.err().println("devassign: unknown command '" + argv[0] + "'. Run 'devassign help' for the list.");
            return CommandFailure.USAGE;
        }
        try {
            Command verb = command.get();
            return verb.run(Args.parse(argsOf(argv), verb.valuedOptions(), verb.switches()), terminal);
        } catch (CommandFailure failure) {
            terminal.err().println("devassign " + command.get().name() + ": " + failure.getMessage());
            if (failure.exitCode() == CommandFailure.USAGE) {
                terminal.err().println(command.get().usage());
            }
            return failure.exitCode();
        }
    }

    private static List<String> argsOf(String[] argv) {
        return Arrays.asList(argv).subList(1, argv.length);
    }

    private static Optional<Command> find(String name) {
        return COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private int help(String verb) {
        if (verb != null) {
            Optional<Command> command = find(verb);
            if (command.isPresent()) {
                terminal.out().println(command.get().usage());
                return 0;
            }
            terminal.err().println("devassign: no command '" + verb + "'");
            return CommandFailure.USAGE;
        }
        terminal.out().println("devassign: device assignment for Linux boards (VFIO)\n");
        terminal.out().println("usage: devassign COMMAND [OPTIONS] [ARGS]\n");
        for (Command command : COMMANDS) {
            terminal.out().printf("  %-12s %s%n", command.name(), command.summary());
        }
        terminal.out().println("\nRun 'devassign help COMMAND' for a command's options.");
        return 0;
    }

    private static String version() {
        String version = Cli.class.getPackage().getImplementationVersion();
        return version != null ? version : "1.0.0 (development)";
    }
}
