package org.devassign.dsl.scoping;

import java.util.Optional;

import org.devassign.model.io.BoardFiles;
import org.eclipse.emf.common.util.URI;

/**
 * What an {@code import} may name: another .assign config, by a path relative to the importing
 * file ({@code ..} included, so configs of several boards may share one file of consumers). Absolute
 * paths and URIs are refused (a config must work wherever its folder is checked out), and so is
 * anything that is not a config: a .board file, or {@code ../../etc/passwd}, which is never even read.
 */
public final class ImportPaths {

    /** Why an import's text is refused, before any file is looked at. */
    public enum Refusal {
        EMPTY, BOARD, NOT_CONFIG, ABSOLUTE
    }

    private ImportPaths() {
    }

    public static Optional<Refusal> refusal(String path) {
        if (path == null || path.isBlank()) {
            return Optional.of(Refusal.EMPTY);
        }
        if (path.startsWith("/") || path.startsWith("~") || path.startsWith("\\\\") || hasScheme(path)) {
            return Optional.of(Refusal.ABSOLUTE);
        }
        if (path.endsWith("." + BoardFiles.EXTENSION)) {
            return Optional.of(Refusal.BOARD);
        }
        if (!path.endsWith(".assign") || path.endsWith("/.assign")) {
            return Optional.of(Refusal.NOT_CONFIG);
        }
        return Optional.empty();
    }

    /** file:, http:, platform: and drive letters (C:) all make a path that does not follow the config. */
    private static boolean hasScheme(String path) {
        try {
            return URI.createURI(path).scheme() != null;
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }
}
