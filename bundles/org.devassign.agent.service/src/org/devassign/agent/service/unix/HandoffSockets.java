package org.devassign.agent.service.unix;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.devassign.core.identity.Printable;

/**
 * The hand-off's sockets and their folder. The folder belongs to the agent's user (root) with mode
 * 0755: nobody else can put a file in it, replace a socket or remove one. Each consumer's socket is
 * made in a private staging folder (0700), given to the consumer's uid and gid with mode 0600, and
 * only then renamed into place and listened on: there is no moment in which another user could
 * connect, whatever the process's umask.
 */
final class HandoffSockets implements AutoCloseable {

    /** A consumer's listening socket and who may use it. */
    record Listener(String consumer, int fd, Path path, HandoffServer.Access access) {
    }

    private static final int BACKLOG = 64;

    private final Path folder;
    private final Path staging;
    private final Map<String, Listener> byName = new LinkedHashMap<>();
    private final List<Integer> retired = new ArrayList<>();

    private HandoffSockets(Path folder) {
        this.folder = folder;
        this.staging = folder.resolve(".staging");
    }

    /** Makes the folder (or checks the one there) and clears sockets a previous run left. */
    static HandoffSockets open(Path folder) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("the hand-off folder " + dir + " is not a folder (a link?): remove it, the agent makes its own");
        }
        int owner = (Integer) Files.getAttribute(dir, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        int self = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        if (owner != self) {
            throw new IOException("the hand-off folder " + dir + " belongs to uid " + Integer.toUnsignedLong(owner) + ", not to the agent's"
                    + " user (uid " + Integer.toUnsignedLong(self) + "): its owner could replace the sockets. Remove it, the agent makes its own");
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        HandoffSockets sockets = new HandoffSockets(dir);
        Files.createDirectories(sockets.staging);
        Files.setPosixFilePermissions(sockets.staging, PosixFilePermissions.fromString("rwx------"));
        for (Path each : List.of(dir, sockets.staging)) {
            try (DirectoryStream<Path> stale = Files.newDirectoryStream(each, "*.sock")) {
                for (Path socket : stale) {
                    Files.deleteIfExists(socket);
                }
            }
        }
        return sockets;
    }

    Path folder() {
        return folder;
    }

    Path pathOf(String consumer) {
        return folder.resolve(consumer + ".sock");
    }

    /** The listeners by descriptor; closes those retired since the last call (the caller polls none of them now). */
    synchronized Map<Integer, Listener> listeners() {
        retired.forEach(Native::close);
        retired.clear();
        Map<Integer, Listener> byFd = new LinkedHashMap<>();
        byName.values().forEach(l -> byFd.put(l.fd(), l));
        return byFd;
    }

    synchronized void publish(Map<String, HandoffServer.Access> wanted) throws IOException {
        List<String> failures = new ArrayList<>();
        for (Listener l : new ArrayList<>(byName.values())) {
            if (!wanted.containsKey(l.consumer())) {
                remove(l);
            }
        }
        for (Map.Entry<String, HandoffServer.Access> entry : wanted.entrySet()) {
            String consumer = entry.getKey();
            HandoffServer.Access access = entry.getValue();
            Listener now = byName.get(consumer);
            try {
                if (now == null) {
                    byName.put(consumer, create(consumer, access));
                } else if (!now.access().equals(access)) {
                    own(now.path(), access);
                    byName.put(consumer, new Listener(consumer, now.fd(), now.path(), access));
                }
            } catch (IOException e) {
                failures.add(consumer + ": " + e.getMessage());
                if (now != null) {
                    remove(now); // a socket still of the old ids must not stay
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new IOException("hand-off sockets in " + folder + " could not be made: " + Printable.escape(String.join("; ", failures)));
        }
    }

    private Listener create(String consumer, HandoffServer.Access access) throws IOException {
        if (consumer.isEmpty() || consumer.startsWith(".") || consumer.contains("/") || consumer.indexOf('\0') >= 0) {
            throw new IOException(Printable.quote(consumer) + " cannot name a socket file");
        }
        Path temporary = staging.resolve(consumer + ".sock");
        Path path = pathOf(consumer);
        Files.deleteIfExists(temporary);
        int fd = Native.socket(Native.SOCK_STREAM | Poll.SOCK_NONBLOCK);
        try {
            Native.bind(fd, temporary.toString());
            own(temporary, access);
            Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Native.listen(fd, BACKLOG);
            return new Listener(consumer, fd, path, access);
        } catch (IOException | RuntimeException e) {
            Native.close(fd);
            Files.deleteIfExists(temporary);
            Files.deleteIfExists(path);
            throw e;
        }
    }

    /** Mode 0600 and the consumer's uid and gid: only its user may connect (and root, who may anything). */
    private static void own(Path socket, HandoffServer.Access access) throws IOException {
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        try {
            Files.setAttribute(socket, "unix:uid", (int) access.uid(), LinkOption.NOFOLLOW_LINKS);
            Files.setAttribute(socket, "unix:gid", (int) access.gid(), LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new IOException("cannot give " + socket.getFileName() + " to uid " + access.uid() + " gid " + access.gid() + " ("
                    + e.getMessage() + "): the agent must run as root to hand devices to another user", e);
        }
    }

    private void remove(Listener l) {
        byName.remove(l.consumer());
        try {
            Files.deleteIfExists(l.path());
        } catch (IOException e) {
            // the listener closes anyway: a connect to a leftover file is refused by the kernel
        }
        retired.add(l.fd());
    }

    @Override
    public synchronized void close() {
        for (Listener l : new ArrayList<>(byName.values())) {
            remove(l);
        }
        retired.forEach(Native::close);
        retired.clear();
    }
}
