package org.devassign.discovery.dts;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a device-tree source through {@code cpp} as the kernel's build does ({@code -nostdinc -undef
 * -D__DTS__ -x assembler-with-cpp}), confined as {@code /include/} is: cpp first lists what the source
 * would read ({@code -M -MG}), every file on that list must lie (links and {@code ..} resolved) in the
 * source's folder or an include directory, and only then does cpp run for its output. cpp itself
 * follows any {@code #include "../../etc/shadow"}, and its output, or an error quoting a line, would
 * carry the file into a model. Both runs are bounded in time, and the output in size.
 */
final class DtsPreprocessor {

    static final long TIMEOUT_SECONDS = 60;
    /** The most bytes cpp's output may hold: far above any board's source (the largest kernel DTS is a few MiB). */
    static final long MAX_OUTPUT_BYTES = 64L << 20;

    private final Path file;
    private final String text;
    private final int line;
    private final String directive;
    private final List<Path> includeDirectories;

    /** @param line and {@code directive}: the first preprocessor directive of {@code text}, where errors point */
    DtsPreprocessor(Path file, String text, int line, String directive, List<Path> includeDirectories) {
        this.file = file;
        this.text = text;
        this.line = line;
        this.directive = directive;
        this.includeDirectories = includeDirectories;
    }

    String run() throws DtsSyntaxException {
        Path cpp = DtsReader.findOnPath("cpp");
        if (cpp == null) {
            throw error("the source uses #" + directive + ", which needs the C preprocessor, "
                    + "and no 'cpp' is on the PATH: install it (Debian: apt-get install cpp), or compile the source with "
                    + "the kernel's build and import the .dtb.");
        }
        List<String> command = new ArrayList<>(List.of(cpp.toString(), "-nostdinc", "-undef", "-D__DTS__", "-x",
                "assembler-with-cpp"));
        Path directory = file.toAbsolutePath().getParent();
        if (directory != null) {
            command.add("-I" + directory);
        }
        for (Path include : includeDirectories) {
            command.add("-I" + include.toAbsolutePath());
        }
        List<String> listing = new ArrayList<>(command);
        listing.addAll(List.of("-M", "-MG", "-MT", "deps", file.toAbsolutePath().toString()));
        command.add(file.toAbsolutePath().toString());
        try {
            checkConfined(new String(execute(cpp, listing), StandardCharsets.UTF_8));
            return new String(execute(cpp, command), StandardCharsets.UTF_8);
        } catch (DtsSyntaxException e) {
            throw e;
        } catch (IOException e) {
            throw error("cannot run " + cpp + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw error("interrupted while cpp ran.", e);
        }
    }

    /** Every file cpp read that exists must be confined; a missing one ({@code -MG} lists it bare) is cpp's error to report next. */
    private void checkConfined(String dependencies) throws DtsSyntaxException {
        DtsIncludes folders = new DtsIncludes(includeDirectories, file);
        for (String name : dependencyNames(dependencies)) {
            Path read;
            try {
                read = Path.of(name);
            } catch (InvalidPathException e) {
                continue;
            }
            if (read.isAbsolute() && Files.exists(read)) {
                Path folder = file.toAbsolutePath().getParent();
                String shown = folder == null ? name : folder.relativize(read.normalize()).toString();
                folders.preprocessorInput(shown, read, new Position(file, lineNaming(read), 1));
            }
        }
    }

    /** The names in make's rule {@code deps: a b\ c \}, unescaped ({@code \ }, {@code \#}, {@code $$}). */
    static List<String> dependencyNames(String rule) {
        String body = rule.replace("\\\n", " ");
        int colon = body.indexOf(": ");
        body = colon < 0 ? "" : body.substring(colon + 2);
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && (body.charAt(i + 1) == ' ' || body.charAt(i + 1) == '#')) {
                name.append(body.charAt(++i));
            } else if (c == '$' && i + 1 < body.length() && body.charAt(i + 1) == '$') {
                name.append('$');
                i++;
            } else if (Character.isWhitespace(c)) {
                if (!name.isEmpty()) {
                    names.add(name.toString());
                    name.setLength(0);
                }
            } else {
                name.append(c);
            }
        }
        if (!name.isEmpty()) {
            names.add(name.toString());
        }
        return names;
    }

    /** The line of the source whose {@code #include} names {@code read}'s file name, or the first directive's line. */
    private int lineNaming(Path read) {
        Path leaf = read.getFileName();
        if (leaf != null) {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains("include") && lines[i].contains(leaf.toString())) {
                    return i + 1;
                }
            }
        }
        return line;
    }

    /** cpp's standard output, bounded in time and size; a failure is an error quoting cpp's first lines. */
    private byte[] execute(Path cpp, List<String> command) throws IOException, InterruptedException, DtsSyntaxException {
        Path output = Files.createTempFile("devassign-cpp", ".out");
        Path errors = Files.createTempFile("devassign-cpp", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(errors.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw error("cpp did not finish within " + TIMEOUT_SECONDS + " s: does the source include a device or a pipe?");
            }
            if (process.exitValue() != 0) {
                String message = Files.readString(errors).strip();
                throw error("the C preprocessor failed: "
                        + (message.isEmpty() ? "exit code " + process.exitValue() : firstLines(message, 5))
                        + (message.contains("No such file") ? " (give the folder that holds it as an include directory)" : ""));
            }
            if (Files.size(output) > MAX_OUTPUT_BYTES) {
                throw error("the C preprocessor's output is over " + (MAX_OUTPUT_BYTES >> 20) + " MiB: does the source include "
                        + "itself or something that is not a device-tree source?");
            }
            try (InputStream in = Files.newInputStream(output)) {
                return in.readNBytes((int) MAX_OUTPUT_BYTES);
            }
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(errors);
        }
    }

    private DtsSyntaxException error(String detail) {
        return new DtsSyntaxException(file, line, 1, detail);
    }

    private DtsSyntaxException error(String detail, Throwable cause) {
        return new DtsSyntaxException(file, line, 1, detail, cause);
    }

    private static String firstLines(String text, int n) {
        String[] lines = text.split("\n");
        return String.join(" | ", java.util.Arrays.copyOf(lines, Math.min(n, lines.length)));
    }
}
