package org.devassign.dsl.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.devassign.dsl.ide.AssignIdeSetup;
import org.devassign.dsl.workspace.ConfigWorkspace;
import org.devassign.dsl.workspace.Problem;
import org.devassign.model.AssignmentConfig;
import org.devassign.testing.RepoFiles;

/**
 * A folder with copies of the example boards (made once per folder), where tests write configs and
 * read their problems through a config workspace, told of every file they write (as the workbench
 * tells its workspace). This test runtime holds the language's IDE injector, the one the
 * change serializer tests need, so every test asks for that one.
 */
final class Workspace {

    final Path dir;
    final ConfigWorkspace assign = ConfigWorkspace.create(new AssignIdeSetup().createInjectorAndDoEMFRegistration());

    Workspace(Path dir) {
        this.dir = dir;
        try {
            for (String board : List.of("vm-q35.board", "vm-microvm.board")) {
                if (!Files.exists(dir.resolve(board))) { // a test may have edited its copy
                    Files.copy(RepoFiles.example(board), dir.resolve(board));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path write(String name, String text) {
        try {
            Path file = Files.writeString(dir.resolve(name), text);
            assign.changed(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Changes the copy of a board, e.g. to put a device on a host driver. */
    Workspace editBoard(String board, String from, String to) {
        try {
            Path file = dir.resolve(board);
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalStateException(board + " has no " + from);
            }
            Files.writeString(file, text.replace(from, to));
            assign.changed(file);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The linked config (this workspace is the test's own: the model may be kept). */
    AssignmentConfig load(Path file) {
        return assign.config(file);
    }

    /** Writes, loads and validates a config; the problems as the CLI prints them, file name only. */
    List<String> problems(String name, String text) {
        Path file = write(name, text);
        load(file);
        return assign.validate(file).stream().map(p -> p.toString().substring(dir.toString().length() + 1)).toList();
    }

    List<Problem> validate(Path file) {
        return assign.validate(file);
    }
}
