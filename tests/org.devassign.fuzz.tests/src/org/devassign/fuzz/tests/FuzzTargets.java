package org.devassign.fuzz.tests;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.util.List;

import org.devassign.testing.RepoFiles;

/**
 * Every fuzz target, with the folder of its committed corpus. {@code bench/fuzz} runs the same
 * classes under Jazzer; the replay test runs their corpus here.
 */
public final class FuzzTargets {

    /** The targets by the names {@code bench/fuzz} and the corpus folders use. */
    public static final List<Class<?>> ALL = List.of(FrameReaderFuzz.class, JsonRpcFuzz.class, DtbFuzz.class, DtsFuzz.class,
            SysfsFuzz.class, AssignFuzz.class, BoardFuzz.class, JournalFuzz.class);

    private FuzzTargets() {
    }

    public static Path corpus(Class<?> target) {
        return RepoFiles.root().resolve("tests/org.devassign.fuzz.tests/corpus").resolve(target.getSimpleName());
    }

    /**
     * Runs the committed seeds ({@code seed-*}) once, failures ignored: what Jazzer calls before
     * fuzzing ({@code fuzzerInitialize}), so that loading and instrumenting classes, which takes
     * seconds on first use, is not counted against the first inputs' one-second limit. Only seeds:
     * an input kept for a bug would, if the bug came back, trip Jazzer's sanitizers here, where the
     * finding would be reported against the wrong input.
     */
    static void warmUp(Class<?> target) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(corpus(target))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("seed-")).sorted().toList()) {
                try {
                    run(target, java.nio.file.Files.readAllBytes(file));
                } catch (Throwable e) {
                    // the replay test and the fuzz run itself report it
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs one input through the target; what it throws is a finding. */
    public static void run(Class<?> target, byte[] input) throws Throwable {
        MethodHandle entry = MethodHandles.publicLookup().findStatic(target, "fuzzerTestOneInput",
                MethodType.methodType(void.class, byte[].class));
        entry.invokeExact(input);
    }
}
