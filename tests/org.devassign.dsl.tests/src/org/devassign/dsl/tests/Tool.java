package org.devassign.dsl.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.devassign.testing.Prepared;
import org.devassign.testing.RepoFiles;

/** A run of an external program (the test oracles: qemu, virt-xml-validate, dtc, gcc, shellcheck). */
record Tool(int exitCode, String output) {

    static Tool run(Path dir, String... command) {
        return run(dir, List.of(command));
    }

    static Tool run(Path dir, List<String> command) {
        return run(new ProcessBuilder(command), dir, command);
    }

    /** With {@code environment} added to this process's. */
    static Tool run(Path dir, List<String> command, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        return run(builder, dir, command);
    }

    /** Runs one of this bundle's oracles/ scripts, which download into the cache the build passed. */
    static Tool oracle(Path dir, String name) {
        String script = RepoFiles.root().resolve("tests/org.devassign.dsl.tests/oracles").resolve(name).toString();
        return run(Prepared.withCache(new ProcessBuilder(script)), dir, List.of(script));
    }

    private static Tool run(ProcessBuilder builder, Path dir, List<String> command) {
        try {
            Process process = builder.directory(dir.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish in 120 s");
            }
            return new Tool(process.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0) + " (installed by releng/setup)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    Tool ok() {
        if (exitCode != 0) {
            throw new AssertionError("exit " + exitCode + ":\n" + output);
        }
        return this;
    }
}
