package org.devassign.fuzz.tests;

import java.nio.file.Path;

import org.devassign.discovery.fdt.DtbFormatException;
import org.devassign.discovery.fdt.DtbReader;

/** The DTB reader on arbitrary bytes. Documented: a device tree, or {@link DtbFormatException}. */
public final class DtbFuzz {

    private static final Path NAME = Path.of("fuzz.dtb");

    private DtbFuzz() {
    }

    /** Called once by Jazzer before fuzzing. */
    public static void fuzzerInitialize() {
        FuzzTargets.warmUp(DtbFuzz.class);
    }

    public static void fuzzerTestOneInput(byte[] data) {
        try {
            DtbReader.read(NAME, data);
        } catch (DtbFormatException e) {
            // the documented refusal
        }
    }
}
