package org.devassign.cli.commands;

import java.nio.file.Path;

import org.devassign.cli.CommandFailure;
import org.devassign.model.Board;
import org.devassign.model.io.BoardFiles;
import org.devassign.model.io.ModelFileException;

/** Loading the files commands are given, with the loaders' own messages as the failure. */
final class ModelInputs {

    private ModelInputs() {
    }

    static Board loadBoard(String file) throws CommandFailure {
        try {
            return BoardFiles.load(Path.of(file));
        } catch (ModelFileException e) {
            throw new CommandFailure(CommandFailure.PROBLEMS, e.getMessage(), e);
        }
    }
}
