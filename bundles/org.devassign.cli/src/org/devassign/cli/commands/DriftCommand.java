package org.devassign.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.devassign.agent.api.Inventory;
import org.devassign.agent.drift.BoardDrift;
import org.devassign.agent.drift.Difference;
import org.devassign.cli.Args;
import org.devassign.cli.Command;
import org.devassign.cli.CommandFailure;
import org.devassign.cli.Terminal;
import org.devassign.deploy.AgentLink;
import org.devassign.model.Board;
import org.devassign.model.io.BoardFiles;
import org.devassign.model.io.ModelFileException;

/**
 * {@code devassign drift BOARD --target HOST:PORT}: a board file against the live board a running agent
 * reports (its inventory), with the agent core's drift rules and words ({@link BoardDrift}): devices
 * missing or added, IOMMU groups, drivers, protection. Exit 1 when anything differs.
 */
public final class DriftCommand implements Command {

    @Override
    public String name() {
        return "drift";
    }

    @Override
    public String summary() {
        return "compare a board file with the live board of an agent";
    }

    @Override
    public String usage() {
        return "usage: devassign drift BOARD.board --target HOST:PORT [--certs DIR] [--json]\n"
                + "  prints each difference as 'FILE: drift: ...' and exits 1 when there is any\n" + Remote.OPTIONS_HELP
                + "\n  the default role is viewer";
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
        if (args.positional().size() != 1 || !args.positional().get(0).endsWith("." + BoardFiles.EXTENSION)) {
            throw CommandFailure.usage("name one board file (.board)");
        }
        String file = args.positional().get(0);
        Board model;
        try {
            model = BoardFiles.load(Path.of(file));
        } catch (ModelFileException e) {
            throw new CommandFailure(CommandFailure.PROBLEMS, e.getMessage(), e);
        }
        boolean json = args.flag("--json");
        List<Difference> differences;
        String target;
        try (AgentLink link = Remote.connect(args, terminal, "viewer", p -> {
        }, c -> {
        })) {
            target = link.target().toString();
            differences = BoardDrift.compare(model, live(link.call(link.agent().inventory())));
        } catch (IOException e) {
            throw Remote.failure(e, null);
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("board", file);
            out.put("target", target);
            out.put("differences", differences.stream().map(Difference::message).toList());
            terminal.out().println(Remote.JSON.toJson(out));
        } else if (differences.isEmpty()) {
            terminal.out().println(file + ": no drift: the live board on " + target + " is as the board model says");
        } else {
            for (Difference d : differences) {
                terminal.out().println(file + ": drift: " + d.message());
            }
            terminal.out().println(differences.size() + (differences.size() == 1 ? " difference" : " differences") + " between " + file
                    + " and the live board on " + target);
        }
        return differences.isEmpty() ? 0 : CommandFailure.PROBLEMS;
    }

    /** The agent's inventory as a board model. */
    private static Board live(Inventory inventory) throws IOException {
        Path scratch = Files.createTempFile("devassign-inventory", "." + BoardFiles.EXTENSION);
        try {
            Files.writeString(scratch, inventory.boardXml(), StandardCharsets.UTF_8);
            return BoardFiles.load(scratch);
        } catch (ModelFileException e) {
            throw new IOException("the agent's inventory is no board model: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(scratch);
        }
    }
}
