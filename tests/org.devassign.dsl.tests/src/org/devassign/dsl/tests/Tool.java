package org.devassign.dsl.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A run of an external program (the test oracles: qemu, virt-xml-validate, dtc, gcc, shellcheck). */
record Tool(int exitCode, String output) {

    static Tool run(Path dir, String... command) {
        return run(dir, List.of(command));
    }

    static Tool run(Path dir, List<String> command) {
        return run(dir, command, java.util.Map.of());
    }

    /** With {@code environment} added to this process's. */
    static Tool run(Path dir, List<String> command, java.util.Map<String, String> environment) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
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
