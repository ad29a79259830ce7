package org.devassign.discovery.sysfs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.devassign.discovery.ImportWarning;

/**
 * Reads sysfs attributes under a root, turning every failure into a warning that names the path.
 * Symlinks are resolved by hand against their own directory, so a captured tree with relative links
 * reads like the real {@code /sys} without ever leaving the root.
 */
final class SysfsFiles {

    private final Path root;
    private final List<ImportWarning> warnings;

    SysfsFiles(Path root, List<ImportWarning> warnings) {
        this.root = root;
        this.warnings = warnings;
    }

    Path root() {
        return root;
    }

    /** {@code sys/bus/pci} and the like, under the root. */
    Path path(String relative) {
        return root.resolve(relative);
    }

    void warn(Path path, String message) {
        warnings.add(new ImportWarning(path, message));
    }

    /** An attribute's text, trimmed; null when absent (with a warning if {@code required}) or unreadable (always warned). */
    String text(Path file, boolean required) {
        byte[] bytes = bytes(file, required);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8).trim();
    }

    /** An attribute's bytes; null when absent or unreadable. */
    byte[] bytes(Path file, boolean required) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            if (required) {
                warn(file, "missing: the model lacks what it would say");
            }
            return null;
        } catch (IOException e) {
            warn(file, "cannot be read (" + reason(e) + "): the model lacks what it would say");
            return null;
        }
    }

    /** A hexadecimal attribute such as {@code 0x1234}; -1 when absent or odd (warned). */
    long hex(Path file, boolean required) {
        String text = text(file, required);
        if (text == null) {
            return -1;
        }
        try {
            return Long.parseLong(text.startsWith("0x") ? text.substring(2) : text, 16);
        } catch (NumberFormatException e) {
            warn(file, "holds '" + abbreviate(text) + "', not a hexadecimal number");
            return -1;
        }
    }

    /** A decimal attribute; {@code fallback} when absent or odd (odd values are warned). */
    long decimal(Path file, boolean required, long fallback) {
        String text = text(file, required);
        if (text == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            warn(file, "holds '" + abbreviate(text) + "', not a decimal number");
            return fallback;
        }
    }

    /** The last component of a symlink's target ({@code driver} -> the driver's name); null when there is no link. */
    String linkName(Path link) {
        if (!Files.isSymbolicLink(link)) {
            return null;
        }
        try {
            Path target = Files.readSymbolicLink(link);
            Path name = target.getFileName();
            return name == null ? null : name.toString();
        } catch (IOException e) {
            warn(link, "cannot read the link (" + reason(e) + ")");
            return null;
        }
    }

    /**
     * Where a path really is, following symlinks in any of its components inside the root (absolute
     * targets are taken relative to the root). The result is normalized; null when a link cannot be read.
     */
    Path resolve(Path path) {
        Path relative = root.relativize(path.normalize());
        Path current = root;
        int hops = 0;
        List<String> todo = new ArrayList<>();
        for (Path part : relative) {
            todo.add(part.toString());
        }
        while (!todo.isEmpty()) {
            String part = todo.remove(0);
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                current = current.equals(root) ? root : current.getParent();
                continue;
            }
            Path next = current.resolve(part);
            if (Files.isSymbolicLink(next)) {
                if (++hops > 40) {
                    warn(path, "too many levels of symbolic links");
                    return null;
                }
                Path target;
                try {
                    target = Files.readSymbolicLink(next);
                } catch (IOException e) {
                    warn(next, "cannot read the link (" + reason(e) + ")");
                    return null;
                }
                List<String> expanded = new ArrayList<>();
                for (Path p : target) {
                    expanded.add(p.toString());
                }
                todo.addAll(0, expanded);
                if (target.isAbsolute()) {
                    current = root;
                }
            } else {
                current = next;
            }
        }
        return current;
    }

    /** The entries of a directory, sorted by name; empty when it is absent (no warning) or unreadable (warned). */
    List<Path> list(Path dir) {
        List<Path> entries = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return entries;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            warn(dir, "cannot be listed (" + reason(e) + ")");
        }
        entries.sort(null);
        return entries;
    }

    static boolean exists(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }

    static String reason(IOException e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return message == null ? kind : kind + ": " + message;
    }

    static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
