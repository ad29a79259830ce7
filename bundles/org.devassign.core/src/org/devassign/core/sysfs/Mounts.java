package org.devassign.core.sysfs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The mounted file systems and swap areas of a board, from its procfs: {@code self/mountinfo} when
 * there is one (it names the block device by number, so {@code /dev/mapper/x}, {@code /dev/root} and
 * by-uuid sources resolve), else {@code mounts}; {@code swaps}. Octal escapes in paths are decoded.
 * Every line is the kernel's (or a snapshot's): fields are checked, odd lines skipped, and no more than
 * {@link #MAX_ENTRIES} are read.
 */
final class Mounts {

    static final int MAX_ENTRIES = 100_000;

    /** One mount: what, where, which file system; {@code device} the block device number "259:0" (null: unknown, or none). */
    record Mount(String source, String mountPoint, String type, String device) {
    }

    /** One swap area: a block device or a file ({@code file} true). */
    record Swap(String path, boolean file) {
    }

    private Mounts() {
    }

    static List<Mount> read(SysfsReader files, Path proc) {
        List<Mount> out = new ArrayList<>();
        Path info = proc.resolve("self/mountinfo");
        if (Files.exists(info)) {
            for (String line : lines(files, info)) {
                // id parent major:minor root mount-point options [optional fields] - type source super-options
                String[] f = line.split(" ");
                int dash = indexOf(f, "-");
                if (f.length < 7 || dash < 6 || dash + 2 >= f.length) {
                    continue;
                }
                String device = f[2].matches("[0-9]{1,10}:[0-9]{1,10}") && !f[2].startsWith("0:") ? f[2] : null;
                out.add(new Mount(unescape(f[dash + 2]), unescape(f[4]), f[dash + 1], device));
            }
            return out;
        }
        for (String line : lines(files, proc.resolve("mounts"))) {
            String[] f = line.split(" ");
            if (f.length >= 3) {
                out.add(new Mount(unescape(f[0]), unescape(f[1]), f[2], null));
            }
        }
        return out;
    }

    static List<Swap> swaps(SysfsReader files, Path proc) {
        List<Swap> out = new ArrayList<>();
        for (String line : lines(files, proc.resolve("swaps"))) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 2 && !f[0].equals("Filename")) {
                out.add(new Swap(unescape(f[0]), f[1].equals("file")));
            }
        }
        return out;
    }

    private static List<String> lines(SysfsReader files, Path file) {
        String text = files.text(file, false, SysfsReader.MAX_TEXT_FILE_BYTES);
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<String> lines = List.of(text.split("\n"));
        return lines.size() > MAX_ENTRIES ? lines.subList(0, MAX_ENTRIES) : lines;
    }

    private static int indexOf(String[] fields, String wanted) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** The kernel's octal escapes of space, tab, newline and backslash in paths. */
    static String unescape(String s) {
        return s.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\");
    }
}
