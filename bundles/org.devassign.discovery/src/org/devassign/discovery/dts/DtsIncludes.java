package org.devassign.discovery.dts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.devassign.core.identity.Printable;

/**
 * Where source text comes from besides the main file: {@code /include/} (searched next to the
 * including file, then in the include directories, as dtc searches), and cpp's line markers
 * ({@code # 12 "board.dtsi" 1}, {@code #line 12}), which make errors name the original files after
 * cpp ran. Includes are bounded: a file that includes itself, directly or through others, is an error
 * naming the loop; so are nesting deeper than {@value #MAX_DEPTH} files and more than
 * {@value #MAX_FILES} inclusions in all (files that include each other twice at every level would
 * otherwise take exponential time). What {@code /include/} and {@code /incbin/} read must lie (links
 * and {@code ..} resolved) inside the main source's folder or an include directory, and an included
 * file holds at most {@value #MAX_INCLUDE_BYTES} bytes.
 */
final class DtsIncludes {

    static final int MAX_DEPTH = 32;
    static final int MAX_FILES = 4096;
    /** The most bytes one included file may hold: far above any device-tree source, far below what would exhaust the heap. */
    static final int MAX_INCLUDE_BYTES = 16 << 20;

    private final List<Path> directories;
    private final Path sourceDirectory;
    private int included;

    /** @param source the file being read, whose folder (with the include directories) holds what /include/ and /incbin/ may read */
    DtsIncludes(List<Path> directories, Path source) {
        this.directories = directories;
        this.sourceDirectory = source.toAbsolutePath().getParent();
    }

    /**
     * The file {@code /incbin/} names, canonical (symbolic links and {@code ..} resolved), when it lies
     * inside the main source's folder or an include directory: a source, or cpp's line markers in it,
     * cannot make the reader copy {@code /etc/shadow} or a device node into a model.
     */
    Path incbinFile(String name, SourceText from, Position at) throws DtsSyntaxException {
        Path file = find(name, from);
        if (file == null) {
            throw at.error("/incbin/ names " + Printable.quote(name) + ", which is not found next to the source or in the include "
                    + "directories.");
        }
        return confined("/incbin/", name, file, at, "put the binary next to the source, or give its folder as an include directory.");
    }

    /**
     * {@code file}, a file cpp read for {@code #include} (as its dependency list names it), canonical,
     * when it lies inside the main source's folder or an include directory; else the same error as for
     * {@code /include/}.
     */
    Path preprocessorInput(String name, Path file, Position at) throws DtsSyntaxException {
        return confined("#include", name, file, at, "put the file next to the source, or give its folder as an include directory.");
    }

    /**
     * The canonical form of {@code file} (found for {@code what} under {@code name}) when it lies inside
     * the main source's folder or an include directory; else an error saying where it is and
     * {@code fix}. Both {@code /include/} and {@code /incbin/} are confined so: what a source names
     * (or cpp's line markers in it make relative) is read only from the folders the user gave.
     */
    private Path confined(String what, String name, Path file, Position at, String fix) throws DtsSyntaxException {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw at.error(what + " cannot read " + file + ": " + e.getMessage(), e);
        }
        List<Path> allowed = new ArrayList<>();
        if (sourceDirectory != null) {
            allowed.add(sourceDirectory);
        }
        allowed.addAll(directories);
        for (Path dir : allowed) {
            try {
                if (real.startsWith(dir.toRealPath())) {
                    return real;
                }
            } catch (IOException e) {
                // a folder that does not exist holds nothing
            }
        }
        throw at.error(what + " names " + Printable.quote(name) + ", which is " + Printable.line(real.toString())
                + ", outside the source's folder" + (sourceDirectory == null ? "" : " " + sourceDirectory)
                + (directories.isEmpty() ? "" : " and the include directories " + directories) + ": " + fix);
    }

    /**
     * Reads {@code /include/ "name"} at the cursor of {@code s} and returns the included file's source,
     * to be read next. {@code open} holds the sources being read, innermost first.
     */
    SourceText include(SourceText s, Collection<SourceText> open) throws DtsSyntaxException {
        Position at = new Position(s.reportedFile, s.line(), s.column());
        for (int i = 0; i < "/include/".length(); i++) {
            s.next();
        }
        while (!s.atEnd() && (s.peek() == ' ' || s.peek() == '\t')) {
            s.next();
        }
        if (s.peek() != '"') {
            throw at.error("/include/ must be followed by a \"file name\".");
        }
        String name = quotedName(s);
        if (open.size() > MAX_DEPTH) {
            throw at.error("/include/ nests deeper than " + MAX_DEPTH + " files: does a file include itself?");
        }
        Path file = find(name, s);
        if (file == null) {
            throw at.error("/include/ names " + Printable.quote(name) + ", which is not found next to " + s.file.getFileName()
                    + " or in the include directories " + directories + ".");
        }
        List<String> chain = new ArrayList<>();
        boolean loop = false;
        for (SourceText outer : open) {
            chain.add(0, outer.file.getFileName().toString());
            loop |= sameFile(outer.file, file);
        }
        if (loop) {
            chain.add(file.getFileName().toString());
            throw at.error("/include/ \"" + name + "\" reads " + file + " again while it is still being read ("
                    + String.join(" -> ", chain) + "): the files include each other in a loop; remove one of the "
                    + "/include/s.");
        }
        if (++included > MAX_FILES) {
            throw at.error("/include/ \"" + name + "\" goes over " + MAX_FILES + " included files in all: do the files "
                    + "include each other more than once?");
        }
        Path real = confined("/include/", name, file, at, "put the file next to the source, or give its folder as an include directory.");
        byte[] text;
        try (InputStream in = Files.newInputStream(real)) {
            text = in.readNBytes(MAX_INCLUDE_BYTES + 1);
        } catch (IOException e) {
            throw at.error("/include/ cannot read " + file + ": " + e.getMessage(), e);
        }
        if (text.length > MAX_INCLUDE_BYTES) {
            throw at.error("/include/ \"" + name + "\" reads " + real + ", which is over " + MAX_INCLUDE_BYTES / (1 << 20) + " MiB:"
                    + " include device-tree source text (a .dtsi), not a disk image or a device.");
        }
        return new SourceText(new String(text, StandardCharsets.UTF_8), file);
    }

    private static String quotedName(SourceText s) throws DtsSyntaxException {
        s.next(); // the opening quote
        StringBuilder b = new StringBuilder();
        while (!s.atEnd() && s.peek() != '"' && s.peek() != '\n') {
            b.append(s.next());
        }
        if (s.peek() != '"') {
            throw new DtsSyntaxException(s.reportedFile, s.line(), s.column(), "the file name is not closed with '\"'.");
        }
        s.next();
        return b.toString();
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /**
     * A file named in /include/ or /incbin/: next to the current source, then in the include
     * directories; null when there is none, or the name can be no file name (a NUL in it).
     */
    Path find(String name, SourceText from) {
        if (name.indexOf('\0') >= 0) {
            return null;
        }
        Path direct = Path.of(name);
        List<Path> candidates = new ArrayList<>();
        if (direct.isAbsolute()) {
            candidates.add(direct);
        } else {
            Path reported = from.reportedFile.toAbsolutePath().getParent();
            if (reported != null) {
                candidates.add(reported.resolve(name));
            }
            if (from.directory != null) {
                candidates.add(from.directory.resolve(name));
            }
            for (Path dir : directories) {
                candidates.add(dir.resolve(name));
            }
        }
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** {@code # 12 "file" flags} or {@code #line 12 "file"}, as cpp writes them, at the cursor of {@code s}. */
    static boolean isLineMarker(SourceText s) {
        int p = s.pos + 1;
        String t = s.text;
        if (t.startsWith("line", p)) {
            p += 4;
        }
        if (p >= t.length() || (t.charAt(p) != ' ' && t.charAt(p) != '\t')) {
            return false;
        }
        while (p < t.length() && (t.charAt(p) == ' ' || t.charAt(p) == '\t')) {
            p++;
        }
        return p < t.length() && Character.isDigit(t.charAt(p));
    }

    /** Reads the line marker at the cursor: the next line is line N of the file it names (or of the same file). */
    static void applyLineMarker(SourceText s) {
        StringBuilder b = new StringBuilder();
        while (!s.atEnd() && s.peek() != '\n') {
            b.append(s.next());
        }
        if (!s.atEnd()) {
            s.next();
        }
        String[] parts = b.toString().replaceFirst("^#\\s*(line)?\\s*", "").split("\\s+", 2);
        try {
            int reported = Integer.parseInt(parts[0]);
            Path file = s.reportedFile;
            if (parts.length > 1 && parts[1].startsWith("\"")) {
                int end = parts[1].indexOf('"', 1);
                if (end > 0) {
                    file = Path.of(parts[1].substring(1, end));
                }
            }
            s.mark(reported, file);
        } catch (NumberFormatException | InvalidPathException e) {
            // not a marker after all: a stray '#' line, which the parser reports where it is used
        }
    }
}
