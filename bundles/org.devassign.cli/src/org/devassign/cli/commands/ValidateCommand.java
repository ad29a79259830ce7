package org.devassign.cli.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.devassign.cli.Args;
import org.devassign.cli.Command;
import org.devassign.cli.CommandFailure;
import org.devassign.cli.Terminal;
import org.devassign.model.Board;
import org.devassign.model.io.BoardFiles;
import org.devassign.model.io.ModelFileException;
import org.devassign.model.validation.ModelValidation;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * {@code devassign validate FILES...}: checks boards before anything touches hardware. Prints one
 * line per problem, {@code file: severity: message}, and exits 1 when there is an error.
 */
public final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check boards and configs; non-zero exit on errors";
    }

    @Override
    public String usage() {
        return """
                usage: devassign validate FILE...
                  FILE   a .board file
                Prints file: severity: message per problem; exit code 1 when any error is found.""";
    }

    @Override
    public Set<String> switches() {
        return Set.of("-q", "--quiet");
    }

    @Override
    public int run(Args args, Terminal terminal) throws CommandFailure {
        if (args.positional().isEmpty()) {
            throw CommandFailure.usage("name at least one file");
        }
        int errors = 0;
        int warnings = 0;
        List<String> lines = new ArrayList<>();
        for (String file : args.positional()) {
            Board board;
            try {
                board = BoardFiles.load(Path.of(file));
            } catch (ModelFileException unreadable) {
                lines.add(unreadable.location() + ": error: " + unreadable.detail());
                errors++;
                continue;
            }
            for (Diagnostic problem : ModelValidation.problems(ModelValidation.validate(board), Diagnostic.WARNING)) {
                boolean error = problem.getSeverity() >= Diagnostic.ERROR;
                lines.add(file + ": " + (error ? "error" : "warning") + ": " + problem.getMessage());
                if (error) {
                    errors++;
                } else {
                    warnings++;
                }
            }
        }
        lines.forEach(terminal.out()::println);
        if (!args.flag("-q", "--quiet")) {
            terminal.err().println(args.positional().size() + (args.positional().size() == 1 ? " file" : " files")
                    + " checked: " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
                    + (warnings == 1 ? " warning" : " warnings"));
        }
        return errors > 0 ? CommandFailure.PROBLEMS : 0;
    }
}
