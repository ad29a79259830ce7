package org.devassign.fuzz.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * One temporary folder per process for the targets that need files (a sysfs tree, a .board, a
 * journal): each input gets a fresh sub-folder, removed after the input, and the whole folder goes
 * when the process ends, so millions of executions leave nothing behind.
 */
final class Scratch {

    private static final Path BASE = create();
    private static long next;

    private Scratch() {
    }

    private static Path create() {
        try {
            Path base = Files.createTempDirectory("devassign-fuzz-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(base)));
            return base;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty folder of its own. */
    static synchronized Path fresh() {
        try {
            return Files.createDirectories(BASE.resolve(Long.toString(next++)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes {@code folder} and everything below it; symbolic links are removed, never followed. */
    static void delete(Path folder) {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
