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

    /** Runs one input through the target; what it throws is a finding. */
    public static void run(Class<?> target, byte[] input) throws Throwable {
        MethodHandle entry = MethodHandles.publicLookup().findStatic(target, "fuzzerTestOneInput",
                MethodType.methodType(void.class, byte[].class));
        entry.invokeExact(input);
    }
}
