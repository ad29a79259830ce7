package org.devassign.fuzz.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.devassign.discovery.dts.DtsReader;
import org.devassign.model.io.ModelFileException;

/**
 * The DTS parser on arbitrary text, anchored in an empty folder (so {@code /include/} and
 * {@code /incbin/} find nothing next to it). Documented: a device tree, or a
 * {@link ModelFileException} (DtsSyntaxException among them).
 */
public final class DtsFuzz {

    private static final Path FOLDER = Scratch.fresh();

    private DtsFuzz() {
    }

    /** Called once by Jazzer before fuzzing. */
    public static void fuzzerInitialize() {
        FuzzTargets.warmUp(DtsFuzz.class);
    }

    public static void fuzzerTestOneInput(byte[] data) {
        try {
            DtsReader.parse(new String(data, StandardCharsets.UTF_8), FOLDER.resolve("fuzz.dts"));
        } catch (ModelFileException e) {
            // the documented refusal
        }
    }
}
