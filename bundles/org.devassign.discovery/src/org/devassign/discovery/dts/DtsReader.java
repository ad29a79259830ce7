package org.devassign.discovery.dts;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
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
            text = new DtsPreprocessor(file, text, line, directive.group(1), includeDirectories).run();
        }
        return new DtsParser(text, file, includeDirectories).parse();
    }

    /** Reads source text held in memory; {@code file} names it in errors and anchors relative includes. */
    public static DeviceTree parse(String text, Path file) throws ModelFileException {
        return new DtsParser(text, file, List.of()).parse();
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
