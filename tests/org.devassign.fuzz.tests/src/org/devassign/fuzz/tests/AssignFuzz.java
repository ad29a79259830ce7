package org.devassign.fuzz.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.devassign.dsl.workspace.ConfigWorkspace;
import org.devassign.testing.RepoFiles;

/**
 * The .assign language as the CLI and the editor use it: the text is a config next to the q35
 * example board, in one {@link ConfigWorkspace} for the whole run (as an editor keeps one), then
 * parsed, linked, validated and formatted. Documented: problems are values; nothing throws.
 */
public final class AssignFuzz {

    private static final Path FOLDER = Scratch.fresh();
    private static final Path CONFIG = FOLDER.resolve("fuzz.assign");
    private static final ConfigWorkspace WORKSPACE = workspace();

    private AssignFuzz() {
    }

    private static ConfigWorkspace workspace() {
        try {
            Files.copy(RepoFiles.example("vm-q35.board"), FOLDER.resolve("vm-q35.board"));
            Files.writeString(CONFIG, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ConfigWorkspace.create();
    }

    /** Called once by Jazzer before fuzzing. */
    public static void fuzzerInitialize() {
        FuzzTargets.warmUp(AssignFuzz.class);
    }

    public static void fuzzerTestOneInput(byte[] data) throws IOException {
        Files.write(CONFIG, data);
        WORKSPACE.changed(CONFIG);
        WORKSPACE.validate(CONFIG);
        WORKSPACE.format(CONFIG);
    }
}
