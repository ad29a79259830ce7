package org.devassign.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.devassign.agent.api.Inventory;
import org.devassign.cli.Args;
import org.devassign.cli.Command;
import org.devassign.cli.CommandFailure;
import org.devassign.cli.Terminal;
import org.devassign.deploy.AgentLink;

/** {@code devassign inventory --target HOST:PORT -o board.board}: the live board as the agent reads it. */
public final class InventoryCommand implements Command {

    @Override
    public String name() {
        return "inventory";
    }

    @Override
    public String summary() {
        return "the live board from an agent, as a .board model";
    }

    @Override
    public String usage() {
        return "usage: devassign inventory --target HOST:PORT [-o FILE.board]\n  without -o the model goes to standard output\n"
                + Remote.OPTIONS_HELP;
    }

    @Override
    public Set<String> valuedOptions() {
        return Remote.valued("-o", "--output");
    }

    @Override
    public Set<String> switches() {
        return Set.of("--json");
    }

    @Override
    public int run(Args args, Terminal terminal) throws CommandFailure {
        try (AgentLink link = Remote.connect(args, terminal, "viewer", p -> {
        }, c -> {
        })) {
            Inventory inventory = link.call(link.agent().inventory());
            String output = args.option("-o", "--output");
            inventory.warnings().forEach(w -> terminal.err().println("warning: " + w));
            if (output == null) {
                terminal.out().print(inventory.boardXml());
            } else {
                Path file = Path.of(output);
                if (file.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
                Files.writeString(file, inventory.boardXml(), StandardCharsets.UTF_8);
                terminal.err().println("wrote " + output + " (" + inventory.boardXml().length() + " bytes) from " + link.target());
            }
            return 0;
        } catch (IOException e) {
            throw Remote.failure(e, null);
        }
    }
}
