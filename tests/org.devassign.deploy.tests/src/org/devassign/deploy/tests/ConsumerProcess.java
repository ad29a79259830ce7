package org.devassign.deploy.tests;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.devassign.agent.service.unix.HandoffConsumer;
import org.devassign.testing.PlainClassPath;
import org.devassign.testing.RepoFiles;

/**
 * The hand-off demo ({@link HandoffConsumer}) as a process of another user, started with
 * {@code setpriv}: the agent must judge it by the kernel's word on its uid and gid. Its class path is
 * a copy every user can read (the local Maven repository under /root is not), in this bundle's
 * target folder, which the virtual board's guest sees at the same path.
 */
final class ConsumerProcess {

    private static String classPath;

    private ConsumerProcess() {
    }

    record Result(int code, String out, String err) {
    }

    static boolean root() throws IOException {
        return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0;
    }

    static int uid() throws IOException {
        return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
    }

    static int gid() throws IOException {
        return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:gid");
    }

    /** The consumer's class path, copied once per run to a folder every user can read. */
    static synchronized String classPath() throws IOException {
        if (classPath == null) {
            Path root = RepoFiles.root().resolve("tests/org.devassign.deploy.tests/target/consumer-cp");
            List<String> entries = new ArrayList<>();
            int i = 0;
            for (String entry : PlainClassPath.of(HandoffConsumer.class).split(File.pathSeparator)) {
                Path from = Path.of(entry);
                Path to = root.resolve(i++ + "-" + from.getFileName());
                copy(from, to);
                entries.add(to.toString());
            }
            for (Path p = root; p != null && !p.equals(RepoFiles.root()); p = p.getParent()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            classPath = String.join(File.pathSeparator, entries);
        }
        return classPath;
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.isDirectory(from)) {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Path target = to.resolve(from.relativize(dir).toString());
                    Files.createDirectories(target);
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Path target = to.resolve(from.relativize(file).toString());
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } else {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** The command line: HandoffConsumer as {@code uid}:{@code gid} with no other group. */
    static List<String> command(long uid, long gid, Path socket, String consumer) throws IOException {
        return List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--", VirtualBoard.JAVA, "-XX:-UsePerfData",
                "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED", "-cp", classPath(),
                HandoffConsumer.class.getName(), socket.toString(), consumer);
    }

    /** Runs it on this machine. */
    static Result run(long uid, long gid, Path socket, String consumer) throws IOException, InterruptedException {
        Path out = Files.createTempFile("consumer", ".out");
        Path err = Files.createTempFile("consumer", ".err");
        try {
            Process process = new ProcessBuilder(command(uid, gid, socket, consumer)).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("the consumer process did not end within 60 s");
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
