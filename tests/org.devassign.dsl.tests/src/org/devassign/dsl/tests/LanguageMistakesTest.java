package org.devassign.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each mistake of {@link Mistakes}, run as {@code devassign validate} (or {@code generate}) runs it:
 * the exit code and every line printed, verbatim.
 */
class LanguageMistakesTest {

    @TempDir
    static Path dir;

    static List<Mistakes.Mistake> mistakes() {
        return Mistakes.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void devassignSaysWhatIsWrongAndWhatToDo(Mistakes.Mistake mistake) {
        Mistakes.Run run = mistake.run(dir);
        assertEquals(mistake.out(), run.out(), () -> "stderr: " + run.err());
        assertEquals(mistake.exitCode(), run.exitCode(), run::err);
        if (mistake.err() != null) {
            assertEquals(mistake.err(), run.err());
        }
    }
}
