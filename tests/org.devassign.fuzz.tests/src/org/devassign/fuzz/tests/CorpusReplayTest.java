package org.devassign.fuzz.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.devassign.testing.PlainClassPath;
import org.devassign.testing.RepoFiles;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the committed corpus of every fuzz target (the seeds and every input a fuzz run found
 * interesting or failing) as Jazzer's regression mode would: an input fails when it throws
 * anything but the target's documented error, or keeps the CPU for more than five seconds (a hang
 * or a blow-up, as Jazzer's timeout finds them). The thread's CPU time, not the wall clock: on a
 * loaded machine a one-second input took 2.7 s of wall time while the other engineers' builds ran.
 *
 * <p>Why not Jazzer's {@code @FuzzTest}: jazzer-junit is no OSGi bundle, and its JUnit extension
 * expects the plain class path it instruments; under Tycho's OSGi test runtime it would need a
 * wrapped bundle for a mode (replay) that this loop gives in twenty lines. The targets are the
 * same classes {@code bench/fuzz} hands to Jazzer's driver.
 */
class CorpusReplayTest {

    private static final long LIMIT_NANOS = 5_000_000_000L;

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    @TestFactory
    Stream<DynamicContainer> everyCorpusInputPasses() {
        return FuzzTargets.ALL.stream().map(target -> DynamicContainer.dynamicContainer(target.getSimpleName(),
                inputs(target).stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> replay(target, input)))));
    }

    @Test
    void everyTargetHasACorpus() {
        for (Class<?> target : FuzzTargets.ALL) {
            assertFalse(inputs(target).isEmpty(), "no corpus for " + target.getSimpleName() + " in " + FuzzTargets.corpus(target));
        }
    }

    /** Leaves the plain class path of the targets where bench/fuzz finds it (Jazzer runs outside OSGi). */
    @Test
    void classPathForTheBenchmark() throws IOException {
        String classPath = PlainClassPath.of(FuzzTargets.class);
        assertTrue(classPath.contains("org.devassign.discovery"), classPath);
        Path file = RepoFiles.root().resolve("tests/org.devassign.fuzz.tests/target/fuzz.classpath");
        Files.createDirectories(file.getParent());
        Files.writeString(file, classPath + "\n");
    }

    private static List<Path> inputs(Class<?> target) {
        Path folder = FuzzTargets.corpus(target);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(Files::isRegularFile).sorted().toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void replay(Class<?> target, Path input) throws Throwable {
        byte[] data = Files.readAllBytes(input);
        // the first input of a target also pays for class loading and set-up (the language's injector)
        warmUp(target);
        long start = THREADS.getCurrentThreadCpuTime();
        try {
            FuzzTargets.run(target, data);
        } catch (Throwable e) {
            throw new AssertionError(target.getSimpleName() + " on " + input.getFileName() + ": " + e, e);
        }
        long nanos = THREADS.getCurrentThreadCpuTime() - start;
        if (nanos > LIMIT_NANOS) {
            fail(target.getSimpleName() + " took " + nanos / 1_000_000 + " ms of CPU on " + input.getFileName() + " (limit 5 s)");
        }
    }

    private static final java.util.Set<Class<?>> WARM = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static void warmUp(Class<?> target) throws Throwable {
        if (WARM.add(target)) {
            FuzzTargets.run(target, new byte[0]);
        }
    }
}
