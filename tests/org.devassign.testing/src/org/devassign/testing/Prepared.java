package org.devassign.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * What the test command prepares outside the clone (the virtual boards' kernels and initramfs, the
 * oracles' downloads), where it is, and what a test does when it is missing. It exists so that a
 * test never finds the cache on its own: the build passes its location ({@value #CACHE_PROPERTY},
 * set by the root pom from {@code ${DEVASSIGN_CACHE:-$HOME/.cache/devassign}}, the scripts' rule,
 * and explicitly by ./run-tests), and every script a test starts gets it as {@value #CACHE_ENV},
 * so Java and the scripts agree whatever {@code HOME} is.
 * <p>
 * A missing requirement fails the test under {@code CI=true} (./run-tests prepared everything first,
 * so something missing there is a broken run, not a machine without the feature) and elsewhere
 * skips it with the reason and the fix printed on stderr.
 */
public final class Prepared {

    /** The system property the build sets to the cache folder. */
    public static final String CACHE_PROPERTY = "devassign.cache";
    /** The environment variable the scripts (releng/lib.sh, vmboard/lib/common.sh) read. */
    public static final String CACHE_ENV = "DEVASSIGN_CACHE";

    private Prepared() {
    }

    /** True when the environment says this is a CI run ({@code CI=true}, as .ci/run exports). */
    public static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * The cache folder the build passed. A test runtime started without it (not through ./mvnw or
     * ./run-tests) cannot know where the prepared inputs are: that is a requirement not met.
     */
    public static Path cache() {
        return cache(callingTest());
    }

    private static Path cache(String test) {
        String configured = System.getProperty(CACHE_PROPERTY);
        require(test, configured != null && !configured.isBlank(), "the build passed no cache location (-D" + CACHE_PROPERTY
                + ")", "run the tests through ./mvnw or ./run-tests (the root pom passes it), or add -D" + CACHE_PROPERTY
                        + "=DIR naming the folder vmboard/prepare filled (DEVASSIGN_CACHE, by default ~/.cache/devassign)");
        return Path.of(configured).toAbsolutePath().normalize();
    }

    /** Gives a script the test starts the same cache ({@value #CACHE_ENV}): vmboard/vm, releng/*, the oracles. */
    public static ProcessBuilder withCache(ProcessBuilder builder) {
        builder.environment().put(CACHE_ENV, cache().toString());
        return builder;
    }

    /**
     * Checks that the virtual board can run here with {@code profile} prepared: the cache holds the
     * profile and the test runs as root. A test class that boots the board says so with
     * {@link RequiresVirtualBoard}, which calls this before the class runs.
     */
    public static Path virtualBoard(String profile) {
        return virtualBoard(profile, callingTest());
    }

    /** {@link #virtualBoard(String)} for {@code test} (a class name for the messages). */
    static Path virtualBoard(String profile, String test) {
        String optOut = System.getenv("DEVASSIGN_SKIP_VM_TESTS");
        require(test, !"1".equals(optOut), "DEVASSIGN_SKIP_VM_TESTS=1 asks to skip the virtual-board tests",
                "unset DEVASSIGN_SKIP_VM_TESTS to run them");
        Path cache = cache(test);
        Path vmboard = cache.resolve("vmboard");
        Path prepared = vmboard.resolve("profiles").resolve(profile);
        require(test, Files.isDirectory(prepared), "the virtual board's " + profile + " profile is not prepared: " + prepared
                + " does not exist", "prepare it there as root with 'DEVASSIGN_CACHE=" + cache + " vmboard/prepare --profile all'"
                        + " (./run-tests does), or pass the cache that holds it with -D" + CACHE_PROPERTY + "=DIR");
        require(test, "root".equals(System.getProperty("user.name")), "the virtual board needs root (vmboard/vm start refuses"
                + " other users), and this test runs as " + System.getProperty("user.name"), "run the tests as root");
        return vmboard;
    }

    /**
     * A requirement of the test: when {@code met} is false, fails the test under CI and skips it
     * elsewhere, saying {@code what} is missing and {@code fix}; either way the reason is printed.
     */
    public static void require(boolean met, String what, String fix) {
        if (!met) {
            require(callingTest(), false, what, fix);
        }
    }

    private static void require(String test, boolean met, String what, String fix) {
        if (met) {
            return;
        }
        if (underCi()) {
            throw new AssertionFailedError(test + " FAILED: " + what + ". To run it: " + fix + ". (CI=true: ./run-tests prepares"
                    + " this before the tests, so its absence fails the run instead of skipping the test.)");
        }
        String message = test + " SKIPPED: " + what + ". To run it: " + fix + ". (Under CI=true this fails.)";
        String rule = "*".repeat(Math.min(120, message.length()));
        System.err.println(rule + "\n" + message + "\n" + rule);
        throw new TestAbortedException(message);
    }

    /** The test class asking, for the message: the outermost DevAssign frame outside this bundle (helpers sit above it). */
    private static String callingTest() {
        String helpers = Prepared.class.getPackageName() + ".";
        return StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                .filter(name -> name.startsWith("org.devassign.") && !name.startsWith(helpers)).reduce((inner, outer) -> outer)
                .map(name -> name.substring(name.lastIndexOf('.') + 1)).orElse("a test"));
    }
}
