package org.devassign.cli.commands;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.devassign.cli.CommandFailure;
import org.devassign.dsl.workspace.ConfigWorkspace;
import org.devassign.dsl.workspace.Problem;
import org.devassign.model.AssignmentConfig;

/**
 * Configs for commands: the config workspace (each config read with its board and the other
 * configs of its folder, which checks across files look at), with the CLI's way of failing.
 */
final class Configs {

    static final String EXTENSION = "assign";

    private Configs() {
    }

    static boolean isConfig(String file) {
        return file.endsWith("." + EXTENSION);
    }

    /** A workspace for the command, private to it; fails when a named config does not exist. */
    static ConfigWorkspace workspace(List<Path> files) throws CommandFailure {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new CommandFailure(CommandFailure.PROBLEMS, file + ": no such config file.");
            }
        }
        return ConfigWorkspace.create();
    }

    /** The problems of a config, in file order. */
    static List<Problem> problems(ConfigWorkspace workspace, Path file) throws CommandFailure {
        try {
            return workspace.validate(file);
        } catch (UncheckedIOException e) {
            throw new CommandFailure(CommandFailure.PROBLEMS, "cannot read " + file + ": " + e.getCause().getMessage(), e);
        }
    }

    /** The linked config (the command's workspace is its own: the model may be kept). */
    static AssignmentConfig config(ConfigWorkspace workspace, Path file) throws CommandFailure {
        try {
            return workspace.config(file);
        } catch (UncheckedIOException e) {
            throw new CommandFailure(CommandFailure.PROBLEMS, "cannot read " + file + ": " + e.getCause().getMessage(), e);
        }
    }

    /** A message that starts with the config's file name ("c.assign:12: ...") with the folder the user named it in. */
    static String inFolderOf(Path file, String message) {
        String name = file.getFileName().toString();
        return message.startsWith(name + ":") ? file + message.substring(name.length()) : message;
    }

    /** Fails with every error of the file, printed as file:line:col: error: message. */
    static void requireValid(ConfigWorkspace workspace, Path file) throws CommandFailure {
        List<Problem> errors = problems(workspace, file).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            StringBuilder message = new StringBuilder(file + " has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + ": fix them first (devassign validate " + file + ").");
            errors.forEach(p -> message.append('\n').append(p));
            throw new CommandFailure(CommandFailure.PROBLEMS, message.toString());
        }
    }
}
