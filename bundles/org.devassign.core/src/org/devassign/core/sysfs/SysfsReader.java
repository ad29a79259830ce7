package org.devassign.core.sysfs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Reads files under a root (the live {@code /}, or the root of a captured tree), turning every
 * failure into a warning that names the path. Attributes are read up to {@link #MAX_ATTRIBUTE_BYTES}:
 * a sysfs attribute is at most a page, so anything longer is not one. Symlinks are resolved by hand
 * against their own directory, absolute targets relative to the root, so resolution never leaves it.
 */
public final class SysfsReader {

    /** Longer than any sysfs attribute (PCI config space is 4 KiB, and the kernel's page caps the rest). */
    public static final int MAX_ATTRIBUTE_BYTES = 64 * 1024;

    /**
     * Longer than any table procfs writes that a reader takes whole ({@code /proc/interrupts} with a
     * column per CPU, {@code /proc/cpuinfo} of a many-core board, a process's {@code smaps}).
     */
    public static final int MAX_TEXT_FILE_BYTES = 16 * 1024 * 1024;

    private static final int MAX_LINK_HOPS = 40;

    private final Path root;
    private final BiConsumer<Path, String> warnings;

    /** @param warnings told (path, what is wrong) for every file that is missing when required, unreadable or odd */
    public SysfsReader(Path root, BiConsumer<Path, String> warnings) {
        this.root = root.toAbsolutePath().normalize();
        this.warnings = warnings;
    }

    /** A reader that ignores problems (callers that check results themselves). */
    public static SysfsReader quiet(Path root) {
        return new SysfsReader(root, (path, message) -> {
        });
    }

    public Path root() {
        return root;
    }

    /** {@code sys/bus/pci} and the like, under the root. */
    public Path path(String relative) {
        return root.resolve(relative);
    }

    public void warn(Path path, String message) {
        warnings.accept(path, message);
    }

    /** An attribute's text, trimmed; null when absent (warned if {@code required}) or unreadable (always warned). */
    public String text(Path file, boolean required) {
        return text(file, required, MAX_ATTRIBUTE_BYTES);
    }

    /** A file's text of at most {@code limit} bytes ({@link #MAX_TEXT_FILE_BYTES} for a procfs table), trimmed; null as {@link #text(Path, boolean)}. */
    public String text(Path file, boolean required, int limit) {
        byte[] bytes = bytes(file, required, limit);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8).trim();
    }

    /** An attribute's bytes, at most {@link #MAX_ATTRIBUTE_BYTES}; null when absent, unreadable or too long. */
    public byte[] bytes(Path file, boolean required) {
        return bytes(file, required, MAX_ATTRIBUTE_BYTES);
    }

    /** A file's bytes, at most {@code limit}; null when absent, unreadable or longer (each warned as for {@link #bytes(Path, boolean)}). */
    public byte[] bytes(Path file, boolean required, int limit) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                warn(file, "is longer than " + limit + " bytes" + (limit == MAX_ATTRIBUTE_BYTES ? ", which no sysfs attribute is" : "")
                        + ": ignored");
                return null;
            }
            return bytes;
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
    public long hex(Path file, boolean required) {
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
    public long decimal(Path file, boolean required, long fallback) {
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
    public String linkName(Path link) {
        if (!Files.isSymbolicLink(link)) {
            return null;
        }
        try {
            Path name = Files.readSymbolicLink(link).getFileName();
            return name == null ? null : name.toString();
        } catch (IOException e) {
            warn(link, "cannot read the link (" + reason(e) + ")");
            return null;
        }
    }

    /**
     * Where a path really is, following symlinks in any of its components inside the root (absolute
     * targets are taken relative to the root, {@code ..} stops at the root). Null when a link cannot be read.
     */
    public Path resolve(Path path) {
        Path relative = root.relativize(path.toAbsolutePath().normalize());
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
                if (++hops > MAX_LINK_HOPS) {
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
    public List<Path> list(Path dir) {
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

    public static boolean exists(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }

    public static String reason(IOException e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return message == null ? kind : kind + ": " + message;
    }

    public static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
