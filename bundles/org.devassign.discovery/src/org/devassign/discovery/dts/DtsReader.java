package org.devassign.discovery.dts;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.devassign.discovery.devicetree.DeviceTree;
import org.devassign.model.io.ModelFileException;

/**
 * Reads a device-tree source file. A source that uses the C preprocessor ({@code #include},
 * {@code #define}, ...) is first run through {@code cpp} the way the kernel's build does
 * ({@code -nostdinc -undef -D__DTS__ -x assembler-with-cpp}); line markers in cpp's output keep error
 * positions in the original files.
 */
public final class DtsReader {

    private static final Pattern DIRECTIVE = Pattern.compile(
            "^[ \\t]*#[ \\t]*(include|define|undef|ifdef|ifndef|if|elif|else|endif|error|warning|pragma)\\b", Pattern.MULTILINE);
    private static final long CPP_TIMEOUT_SECONDS = 60;

    private DtsReader() {
    }

    public static DeviceTree read(Path file) throws ModelFileException {
        return read(file, List.of());
    }

    /**
     * @param includeDirectories where {@code /include/}, {@code /incbin/} and {@code #include} look after
     *        the source's own folder (the kernel's {@code include/} for {@code dt-bindings}, say)
     */
    public static DeviceTree read(Path file, List<Path> includeDirectories) throws ModelFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file, "no such file: check the path of the device-tree source.");
        } catch (IOException e) {
            throw new ModelFileException(file, 0, 0, "cannot read the source: " + e.getMessage(), e);
        }
        Matcher directive = DIRECTIVE.matcher(text);
        if (directive.find()) {
            int line = 1 + (int) text.substring(0, directive.start()).chars().filter(c -> c == '\n').count();
            text = preprocess(file, text, line, directive.group(1), includeDirectories);
        }
        return new DtsParser(text, file, includeDirectories).parse();
    }

    /** Reads source text held in memory; {@code file} names it in errors and anchors relative includes. */
    public static DeviceTree parse(String text, Path file) throws ModelFileException {
        return new DtsParser(text, file, List.of()).parse();
    }

    private static String preprocess(Path file, String text, int line, String directive, List<Path> includeDirectories)
            throws ModelFileException {
        Path cpp = findOnPath("cpp");
        if (cpp == null) {
            throw new DtsSyntaxException(file, line, 1, "the source uses #" + directive + ", which needs the C preprocessor, "
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
        command.add(file.toAbsolutePath().toString());
        try {
            Path errors = Files.createTempFile("devassign-cpp", ".err");
            try {
                Process process = new ProcessBuilder(command).redirectError(errors.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
                byte[] output = process.getInputStream().readAllBytes();
                if (!process.waitFor(CPP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new DtsSyntaxException(file, line, 1, "cpp did not finish within " + CPP_TIMEOUT_SECONDS + " s.");
                }
                if (process.exitValue() != 0) {
                    String message = Files.readString(errors).strip();
                    throw new DtsSyntaxException(file, line, 1, "the C preprocessor failed: "
                            + (message.isEmpty() ? "exit code " + process.exitValue() : firstLines(message, 5))
                            + (message.contains("No such file") ? " (give the folder that holds it as an include directory)" : ""));
                }
                return new String(output, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new DtsSyntaxException(file, line, 1, "cannot run " + cpp + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DtsSyntaxException(file, line, 1, "interrupted while cpp ran.", e);
        }
    }

    private static String firstLines(String text, int n) {
        String[] lines = text.split("\n");
        return String.join(" | ", java.util.Arrays.copyOf(lines, Math.min(n, lines.length)));
    }

    /** The executable on the PATH, or null. {@code devassign.cpp} overrides it (tests use it to simulate a missing cpp). */
    static Path findOnPath(String name) {
        String configured = System.getProperty("devassign.cpp");
        if (configured != null) {
            Path path = Path.of(configured);
            return Files.isExecutable(path) ? path : null;
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
