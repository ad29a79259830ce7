package org.devassign.discovery.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.devassign.testing.Prepared;
import org.devassign.testing.RepoFiles;

/**
 * Inputs that no one here wrote, fetched or made at test set-up and cached outside the clone
 * (under {@code discovery/} of the cache the build passes, {@link Prepared#cache()}, which the scripts
 * that fetch and capture them are given): Debian's arm64 kernel DTBs,
 * QEMU's generated trees, sysfs snapshots of the virtual boards, and dtc as the reference decompiler.
 * A missing tool fails the test with what to install; nothing is skipped silently.
 */
final class Oracles {

    private Oracles() {
    }

    /** discovery's folder in the cache the build passed ({@link Prepared#cache()}). */
    static Path cache() {
        return Prepared.cache().resolve("discovery");
    }

    /** The folder of Debian's arm64 kernel DTBs (releng/fetch-debian-dtbs). */
    static Path debianDtbs() {
        return Path.of(lastLine(script(600, RepoFiles.root().resolve("releng/fetch-debian-dtbs").toString())));
    }

    static List<Path> debianDtbFiles() {
        try (Stream<Path> files = Files.walk(debianDtbs())) {
            List<Path> dtbs = files.filter(p -> p.toString().endsWith(".dtb")).sorted().toList();
            if (dtbs.size() < 100) {
                fail("only " + dtbs.size() + " DTBs in " + debianDtbs() + ": the cache is damaged; delete it and rerun");
            }
            return dtbs;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A tree QEMU generates for a machine ({@code -M machine,dumpdtb=...}), made fresh in {@code dir}. */
    static Path qemuDtb(Path dir, String qemu, String machine, String... extra) {
        String binary = "qemu-system-" + qemu;
        requireTool(binary, qemu.equals("aarch64") ? "qemu-system-arm" : "qemu-system-" + qemu);
        Path dtb = dir.resolve(machine + ".dtb");
        List<String> command = new ArrayList<>(List.of(binary, "-M", machine + ",dumpdtb=" + dtb, "-nographic", "-nodefaults"));
        command.addAll(List.of(extra));
        run(120, command.toArray(String[]::new));
        if (!Files.isRegularFile(dtb)) {
            fail(binary + " wrote no " + dtb);
        }
        return dtb;
    }

    /** A sysfs snapshot of a virtual board, unpacked into {@code dir} (captured once per kernel, releng/vmboard-sysfs). */
    static Path vmboardSysfs(Path dir, String board, String profile) {
        Path archive = Path.of(lastLine(script(900, RepoFiles.root().resolve("releng/vmboard-sysfs").toString(), board, profile)));
        Path root = dir.resolve(board);
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        run(60, "tar", "-xzf", archive.toString(), "-C", root.toString());
        return root;
    }

    /** {@code dtc -I dtb -O dts}: the reference decompiler's view of a DTB. */
    static String dtcDecompile(Path dtb) {
        requireTool("dtc", "device-tree-compiler");
        return run(60, "dtc", "-q", "-I", "dtb", "-O", "dts", dtb.toString());
    }

    /** {@code dtc -I dts -O dtb}: compiles a source with the reference compiler. */
    static Path dtcCompile(Path dts, Path dtb) {
        requireTool("dtc", "device-tree-compiler");
        run(60, "dtc", "-q", "-I", "dts", "-O", "dtb", "-o", dtb.toString(), dts.toString());
        return dtb;
    }

    static void requireTool(String binary, String debianPackage) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, binary))) {
                return;
            }
        }
        fail(binary + " is not installed: this test uses it as an oracle. Install the Debian package " + debianPackage
                + " (releng/setup installs it).");
    }

    /** Runs a command; fails the test with its output when it fails or takes longer than {@code seconds}. */
    static String run(int seconds, String... command) {
        return run(new ProcessBuilder(command), seconds, command);
    }

    /** Runs one of the scripts that fill the cache (releng/*, vmboard/*), giving it the cache the build passed. */
    static String script(int seconds, String... command) {
        return run(Prepared.withCache(new ProcessBuilder(command)), seconds, command);
    }

    private static String run(ProcessBuilder builder, int seconds, String... command) {
        try {
            Path out = Files.createTempFile("oracle", ".out");
            Path err = Files.createTempFile("oracle", ".err");
            try {
                Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
                if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail(String.join(" ", command) + " took longer than " + seconds + " s");
                }
                if (process.exitValue() != 0) {
                    fail(String.join(" ", command) + " failed (exit " + process.exitValue() + "):\n"
                            + Files.readString(err, StandardCharsets.UTF_8));
                }
                return Files.readString(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\n");
        return lines[lines.length - 1].strip();
    }
}
