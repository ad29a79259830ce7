package org.devassign.cli.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.devassign.cli.Args;
import org.devassign.cli.Command;
import org.devassign.cli.CommandFailure;
import org.devassign.cli.Terminal;
import org.devassign.core.identity.Printable;
import org.devassign.dsl.workspace.ConfigWorkspace;
import org.devassign.dsl.workspace.Problem;
import org.devassign.model.Board;
import org.devassign.model.io.BoardFiles;
import org.devassign.model.io.ModelFileException;
import org.devassign.model.validation.ModelValidation;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * {@code devassign validate FILES...}: checks boards and configs before anything touches hardware.
 * Prints one line per problem, {@code file:line:col: severity: message} ({@code file: ...} for
 * boards, which have no lines in the model), or JSON; exits 1 when there is an error. A board's
 * messages quote its names, so they leave as printable lines, as a config's do.
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
                usage: devassign validate [--format text|json] FILE...
                  FILE   a .board file or an .assign config (other configs in its folder are
                         read too: a device may be assigned once in the whole folder)
                Prints file:line:col: severity: message per problem; exit code 1 when any error is found.""";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("--format");
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
        String format = args.option("--format") == null ? "text" : args.option("--format");
        if (!format.equals("text") && !format.equals("json")) {
            throw CommandFailure.usage("--format is text or json, not " + format);
        }
        List<Problem> problems = new ArrayList<>();
        List<Path> configs = new ArrayList<>();
        for (String file : args.positional()) {
            if (Configs.isConfig(file)) {
                configs.add(Path.of(file));
            } else {
                problems.addAll(boardProblems(file));
            }
        }
        if (!configs.isEmpty()) {
            ConfigWorkspace workspace = Configs.workspace(configs);
            for (Path config : configs) {
                problems.addAll(Configs.problems(workspace, config));
            }
        }
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.stream().filter(p -> p.severity().equals("warning")).count();
        if (format.equals("json")) {
            terminal.out().println(Json.problems(problems));
        } else {
            problems.forEach(terminal.out()::println);
        }
        if (!args.flag("-q", "--quiet")) {
            terminal.err().println(args.positional().size() + (args.positional().size() == 1 ? " file" : " files")
                    + " checked: " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
                    + (warnings == 1 ? " warning" : " warnings"));
        }
        return errors > 0 ? CommandFailure.PROBLEMS : 0;
    }

    private static List<Problem> boardProblems(String file) {
        Board board;
        try {
            board = BoardFiles.load(Path.of(file));
        } catch (ModelFileException unreadable) {
            return List.of(new Problem(Path.of(file), unreadable.line(), unreadable.column(), "error", Printable.line(unreadable.detail()),
                    "model.unreadable", List.of()));
        }
        List<Problem> problems = new ArrayList<>();
        for (Diagnostic problem : ModelValidation.problems(ModelValidation.validate(board), Diagnostic.WARNING)) {
            boolean error = problem.getSeverity() >= Diagnostic.ERROR;
            var kind = org.devassign.model.validation.ModelProblem.ofCode(problem.getCode());
            problems.add(new Problem(Path.of(file), 0, 0, error ? "error" : "warning", Printable.line(problem.getMessage()),
                    kind == null ? null : kind.key(), List.of()));
        }
        return problems;
    }
}
