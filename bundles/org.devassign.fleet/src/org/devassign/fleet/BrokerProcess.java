package org.devassign.fleet;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Eclipse Mosquitto run in the foreground, as a child process, from a folder of the files
 * {@link BrokerConfig} writes: what the CLI's AOT training and the tests' broker both do, so both
 * find the binary, hand the folder to the broker's user and wait for its port the same way. Not
 * how a lab runs its broker (a system service, {@code devassign fleet broker} writes its files).
 */
public final class BrokerProcess {

    /** Where Debian and a local build put the binary, in the order they are looked for. */
    public static final List<String> BINARIES = List.of("/usr/sbin/mosquitto", "/usr/bin/mosquitto", "/usr/local/sbin/mosquitto");

    private BrokerProcess() {
    }

    /** The Mosquitto binary of this machine, or null when there is none. */
    public static Path binary() {
        return BINARIES.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    }

    /** Why a broker cannot be started here, or null. */
    public static String unavailable() {
        return binary() == null ? "no mosquitto binary (" + String.join(", ", BINARIES) + "): apt-get install mosquitto" : null;
    }

    /** A TCP port free on this machine now (the broker takes it a moment later). */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Mosquitto started as root drops to the mosquitto user before it reads its certificates: the
     * folder and its files become that user's, and stay private (0700, 0600: the key is never
     * readable by a group). Nothing to do for another user, or where there is no mosquitto user.
     */
    public static void giveToBrokerUser(Path dir) throws IOException {
        if (!"root".equals(System.getProperty("user.name"))) {
            return;
        }
        UserPrincipal user;
        try {
            user = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("mosquitto");
        } catch (IOException e) {
            return; // no such user: Mosquitto stays root
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        Files.setOwner(dir, user);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                Files.setOwner(file, user);
            }
        }
    }

    /**
     * Starts the broker with {@code conf}, its output appended to {@code log}, and returns once it
     * takes connections on 127.0.0.1:{@code port}.
     *
     * @throws IOException with the broker's log when it ended or did not listen within {@code wait}
     *             (the process is stopped then)
     */
    public static Process start(Path conf, Path log, int port, Duration wait) throws IOException, InterruptedException {
        Path binary = binary();
        if (binary == null) {
            throw new IOException(unavailable());
        }
        Process broker = new ProcessBuilder(binary.toString(), "-c", conf.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + wait.toNanos();
        while (!listening(port)) {
            if (!broker.isAlive() || System.nanoTime() > deadline) {
                stop(broker);
                throw new IOException("Mosquitto did not start with " + conf + ": " + (Files.exists(log) ? Files.readString(log) : "no log"));
            }
            Thread.sleep(20);
        }
        return broker;
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops it as a service stop does (SIGTERM), then kills it when it is still there after 10 s; waits for its end. */
    public static void stop(Process broker) throws InterruptedException {
        if (broker != null && broker.isAlive()) {
            broker.destroy();
            if (!broker.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                broker.destroyForcibly().waitFor();
            }
        }
    }
}
