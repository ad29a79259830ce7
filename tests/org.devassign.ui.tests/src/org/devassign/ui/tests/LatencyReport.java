package org.devassign.ui.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import org.devassign.testing.RepoFiles;

/** Timings the UI tests measure: printed and kept in target/latency/ui-tests.txt, never asserted (the machine is shared). */
final class LatencyReport {

    private LatencyReport() {
    }

    static void add(String line) {
        String entry = Instant.now() + "  " + line;
        System.out.println("[latency] " + entry);
        try {
            Path file = RepoFiles.artifacts("latency").resolve("ui-tests.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, entry + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("[latency] cannot write the report: " + e.getMessage());
        }
    }
}
