package org.devassign.cli.commands;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.devassign.cli.Args;
import org.devassign.cli.Command;
import org.devassign.cli.CommandFailure;
import org.devassign.cli.Terminal;
import org.devassign.dsl.workspace.ConfigWorkspace;

/** {@code devassign fmt [--check] FILES...}: lays configs out the one way; --check only reports. */
public final class FmtCommand implements Command {

    @Override
    public String name() {
        return "fmt";
    }

    @Override
    public String summary() {
        return "format .assign configs in place (--check: list those that are not formatted, exit 1)";
    }

    @Override
    public String usage() {
        return """
                usage: devassign fmt [--check] CONFIG.assign...
                  --check   change nothing; print each file that formatting would change and exit 1 if any
                Files with syntax errors are left alone (exit 1).""";
    }

    @Override
    public Set<String> switches() {
        return Set.of("--check");
    }

    @Override
    public int run(Args args, Terminal terminal) throws CommandFailure {
        if (args.positional().isEmpty()) {
            throw CommandFailure.usage("name at least one .assign file");
        }
        boolean check = args.flag("--check");
        int unformatted = 0;
        int broken = 0;
        List<Path> files = args.positional().stream().map(Path::of).toList();
        ConfigWorkspace workspace = Configs.workspace(files);
        record Layout(String text, String formatted) {
        }
        for (Path file : files) {
            try {
                Layout layout = workspace.read(file, parsed -> new Layout(parsed.text(), parsed.formatted()));
                String text = layout.text();
                String formatted = layout.formatted();
                if (formatted == null) {
                    terminal.err().println(file + ": has syntax errors, not formatted: run devassign validate " + file);
                    broken++;
                    continue;
                }
                if (formatted.equals(text)) {
                    continue;
                }
                unformatted++;
                if (check) {
                    terminal.out().println(file);
                } else {
                    Files.writeString(file, formatted);
                    workspace.changed(file);
                    terminal.err().println("formatted " + file);
                }
            } catch (IOException | UncheckedIOException e) {
                throw new CommandFailure(CommandFailure.PROBLEMS, file + ": " + e.getMessage(), e);
            }
        }
        return broken > 0 || (check && unformatted > 0) ? CommandFailure.PROBLEMS : 0;
    }

}
