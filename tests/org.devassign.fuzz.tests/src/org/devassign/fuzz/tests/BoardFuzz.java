package org.devassign.fuzz.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.devassign.model.io.BoardFiles;
import org.devassign.model.io.ModelFileException;

/** The .board (XMI) loader on an arbitrary file. Documented: a Board, or a {@link ModelFileException}. */
public final class BoardFuzz {

    private BoardFuzz() {
    }

    public static void fuzzerTestOneInput(byte[] data) throws IOException {
        Path folder = Scratch.fresh();
        try {
            Path file = Files.write(folder.resolve("fuzz.board"), data);
            BoardFiles.load(file);
        } catch (ModelFileException e) {
            // the documented refusal
        } finally {
            Scratch.delete(folder);
        }
    }
}
