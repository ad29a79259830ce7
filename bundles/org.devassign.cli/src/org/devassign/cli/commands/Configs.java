package org.devassign.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.devassign.cli.CommandFailure;
import org.devassign.dsl.workspace.AssignWorkspace;
import org.devassign.dsl.workspace.Problem;

/**
 * Reading .assign files for commands: the given files, plus every other config in their folders,
 * which is the workspace that checks across files (a device assigned twice) look at.
 */
final class Configs {

    private Configs() {
    }

    static boolean isConfig(String file) {
        return file.endsWith("." + AssignWorkspace.EXTENSION);
    }

    /** A workspace holding the files and their folders' other configs. */
    static AssignWorkspace workspace(List<Path> files) throws CommandFailure {
        AssignWorkspace workspace = AssignWorkspace.create();
        Set<Path> folders = new LinkedHashSet<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new CommandFailure(CommandFailure.PROBLEMS, file + ": no such config file.");
            }
            folders.add(file.toAbsolutePath().normalize().getParent());
        }
        try {
            for (Path file : files) {
                workspace.load(file);
            }
            for (Path folder : folders) {
                workspace.loadAll(folder);
            }
        } catch (IOException e) {
            throw new CommandFailure(CommandFailure.PROBLEMS, "cannot read configs: " + e.getMessage(), e);
        }
        return workspace;
    }

    /** Fails with every error of the file, printed as file:line:col: error: message. */
    static void requireValid(AssignWorkspace workspace, Path file) throws CommandFailure {
        List<Problem> errors = workspace.validate(file).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            StringBuilder message = new StringBuilder(file + " has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + ": fix them first (devassign validate " + file + ").");
            errors.forEach(p -> message.append('\n').append(p));
            throw new CommandFailure(CommandFailure.PROBLEMS, message.toString());
        }
    }
}
