package org.devassign.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the source tree that tests read: examples, scripts. */
public final class RepoFiles {

    private RepoFiles() {
    }

    /**
     * The repository root: the {@code devassign.repo} system property the build passes to every
     * test runtime, else the nearest folder up from the working directory that holds {@code .mvn}.
     */
    public static Path root() {
        String configured = System.getProperty("devassign.repo");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".mvn")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root: set -Ddevassign.repo");
    }

    public static Path example(String name) {
        Path file = root().resolve("examples").resolve(name);
        if (!Files.exists(file)) {
            throw new IllegalStateException("no example " + file);
        }
        return file;
    }

    /** A folder under the repository's {@code target/} for files a test leaves for people to look at. */
    public static Path artifacts(String name) {
        try {
            return Files.createDirectories(root().resolve("target").resolve(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
