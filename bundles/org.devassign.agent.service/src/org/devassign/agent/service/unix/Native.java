package org.devassign.agent.service.unix;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;

/**
 * The libc calls of this package, with errno captured. Struct offsets are those of the LP64 Linux
 * ABI (msghdr 56 bytes, cmsghdr 16 bytes before its data, sockaddr_un 110 bytes).
 */
public final class Native {

    public static final int AF_UNIX = 1;
    public static final int SOCK_STREAM = 1;
    public static final int SOCK_DGRAM = 2;
    public static final int SOCK_CLOEXEC = 0x80000;
    public static final int SOL_SOCKET = 1;
    public static final int SCM_RIGHTS = 1;
    public static final int SO_PEERCRED = 17;
    public static final int O_RDONLY = 0;
    public static final int O_RDWR = 2;
    public static final int O_CLOEXEC = 0x80000;

    static final int SOCKADDR_UN_SIZE = 110;
    static final int MSGHDR_SIZE = 56;
    static final int CMSG_HEADER = 16;
    public static final int MAX_FDS = 16;

    static final Linker LINKER = Linker.nativeLinker();
    static final SymbolLookup LIBC = LINKER.defaultLookup();
    static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE.varHandle(java.lang.foreign.MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");

    private static final MethodHandle SOCKET = fn("socket", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle BIND = fn("bind", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle LISTEN = fn("listen", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle ACCEPT = fn("accept4", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    private static final MethodHandle CONNECT = fn("connect", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle SENDMSG = fn("sendmsg", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle RECVMSG = fn("recvmsg", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle SENDTO = fn("sendto",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle CLOSE = fn("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle OPEN = fn("open", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle PREAD = fn("pread", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle SHUTDOWN = fn("shutdown", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle GETSOCKOPT = fn("getsockopt",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle FCNTL = fn("fcntl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT),
            Linker.Option.firstVariadicArg(2));
    private static final int F_DUPFD_CLOEXEC = 1030;
    private static final MethodHandle STRERROR = LINKER.downcallHandle(LIBC.find("strerror").orElseThrow(),
            FunctionDescriptor.of(ADDRESS.withTargetLayout(java.lang.foreign.MemoryLayout.sequenceLayout(256, java.lang.foreign.ValueLayout.JAVA_BYTE)), JAVA_INT));

    private Native() {
    }

    static MethodHandle fn(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        Linker.Option[] all = java.util.Arrays.copyOf(options, options.length + 1);
        all[options.length] = CAPTURE_ERRNO;
        return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), descriptor, all);
    }

    /** The errno a call left in its captured state. */
    static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    /** A call's result with errno when it failed. */
    static IOException failure(String call, MemorySegment state) {
        int errno = errno(state);
        return new IOException(call + " failed: " + strerror(errno) + " (errno " + errno + ")");
    }

    public static String strerror(int errno) {
        try {
            MemorySegment text = (MemorySegment) STRERROR.invokeExact(errno);
            return text.getString(0, StandardCharsets.UTF_8);
        } catch (Throwable e) {
            return "errno " + errno;
        }
    }

    static MemorySegment sockaddr(Arena arena, String path) throws IOException {
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        if (bytes.length >= SOCKADDR_UN_SIZE - 2) {
            throw new IOException("socket path too long (" + bytes.length + " bytes, at most 107): " + path);
        }
        MemorySegment address = arena.allocate(SOCKADDR_UN_SIZE);
        address.set(JAVA_SHORT, 0, (short) AF_UNIX);
        MemorySegment.copy(bytes, 0, address, java.lang.foreign.ValueLayout.JAVA_BYTE, 2, bytes.length);
        if (path.startsWith("@")) {
            address.set(java.lang.foreign.ValueLayout.JAVA_BYTE, 2, (byte) 0); // abstract namespace
        }
        return address;
    }

    static int addressLength(String path) {
        int length = 2 + path.getBytes(StandardCharsets.UTF_8).length;
        return path.startsWith("@") ? length : length + 1;
    }

    public static int socket(int type) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE);
            int fd = (int) SOCKET.invokeExact(state, AF_UNIX, type | SOCK_CLOEXEC, 0);
            if (fd < 0) {
                throw failure("socket", state);
            }
            return fd;
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e);
        }
    }

    public static void bindAndListen(int fd, String path, int backlog) throws IOException {
        bind(fd, path);
        listen(fd, backlog);
    }

    /** Binds a socket to a path: the kernel makes the socket file there (mode 0777 less the umask). */
    public static void bind(int fd, String path) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE);
            int rc = (int) BIND.invokeExact(state, fd, sockaddr(arena, path), addressLength(path));
            if (rc < 0) {
                throw failure("bind " + path, state);
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e);
        }
    }

    public static void listen(int fd, int backlog) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE);
            int rc = (int) LISTEN.invokeExact(state, fd, backlog);
            if (rc < 0) {
                throw failure("listen", state);
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e);
        }
    }

    public static int accept(int fd) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE);
            int client = (int) ACCEPT.invokeExact(state, fd, MemorySegment.NULL, MemorySegment.NULL, SOCK_CLOEXEC);
            if (client < 0) {
                throw failure("accept", state);
            }
            return client;
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e);
        }
    }

    public static void connect(int fd, String path) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE);
            int rc = (int) CONNECT.invokeExact(state, fd, sockaddr(arena, path), addressLength(path));
            if (rc < 0) {
                throw failure("connect " + path, state);
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e);
        }
    }

    static final int MSG_DONTWAIT = 0x40;
    static final int MSG_NOSIGNAL = 0x4000;
    static final int MSG_CMSG_CLOEXEC = 0x40000000;
    static final int EAGAIN = 11;

    /** Sends {@code data} with {@code fds} attached as SCM_RIGHTS. */
    public static void sendWithFds(int socket, byte[] data, int[] fds) throws IOException {
        sendWithFds(socket, data, fds, 0);
    }

    /** With {@link #MSG_DONTWAIT} in {@code flags}, a socket whose buffer is full fails instead of blocking. */
    static void sendWithFds(int socket, byte[] data, int[] fds, int flags) throws IOException {
        if (fds.length > MAX_FDS) {
            throw new IOException("at most " + MAX_FDS + " descriptors per message");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE);
            MemorySegment buffer = arena.allocate(Math.max(1, data.length));
            MemorySegment.copy(data, 0, buffer, java.lang.foreign.ValueLayout.JAVA_BYTE, 0, data.length);
            MemorySegment iov = arena.allocate(16, 8);
            iov.set(ADDRESS, 0, buffer);
            iov.set(JAVA_LONG, 8, data.length);
            MemorySegment msg = arena.allocate(MSGHDR_SIZE, 8);
            msg.set(ADDRESS, 16, iov);
            msg.set(JAVA_LONG, 24, 1);
            if (fds.length > 0) {
                long dataLength = 4L * fds.length;
                long space = CMSG_HEADER + ((dataLength + 7) & ~7L);
                MemorySegment control = arena.allocate(space, 8);
                control.set(JAVA_LONG, 0, CMSG_HEADER + dataLength);
                control.set(JAVA_INT, 8, SOL_SOCKET);
                control.set(JAVA_INT, 12, SCM_RIGHTS);
                for (int i = 0; i < fds.length; i++) {
                    control.set(JAVA_INT, CMSG_HEADER + 4L * i, fds[i]);
                }
                msg.set(ADDRESS, 32, control);
                msg.set(JAVA_LONG, 40, space);
            }
            long sent = (long) SENDMSG.invokeExact(state, socket, msg, MSG_NOSIGNAL | flags);
            if (sent < 0) {
                throw failure("sendmsg", state);
            }
            if (sent != data.length) {
                throw new IOException("sendmsg sent " + sent + " of " + data.length + " bytes");
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e);
        }
    }

    /** What one recvmsg brought: bytes and descriptors (now owned by the caller). */
    public record Received(byte[] data, int[] fds) {
    }

    public static Received receiveWithFds(int socket, int maxBytes) throws IOException {
        return receiveWithFds(socket, maxBytes, 0);
    }

    /** With {@link #MSG_DONTWAIT} in {@code flags}: null when nothing is there to read yet. */
    static Received receiveWithFds(int socket, int maxBytes, int flags) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE);
            MemorySegment buffer = arena.allocate(maxBytes);
            MemorySegment iov = arena.allocate(16, 8);
            iov.set(ADDRESS, 0, buffer);
            iov.set(JAVA_LONG, 8, maxBytes);
            long space = CMSG_HEADER + 4L * MAX_FDS;
            MemorySegment control = arena.allocate(space, 8);
            MemorySegment msg = arena.allocate(MSGHDR_SIZE, 8);
            msg.set(ADDRESS, 16, iov);
            msg.set(JAVA_LONG, 24, 1);
            msg.set(ADDRESS, 32, control);
            msg.set(JAVA_LONG, 40, space);
            long n = (long) RECVMSG.invokeExact(state, socket, msg, MSG_CMSG_CLOEXEC | flags);
            if (n < 0 && (flags & MSG_DONTWAIT) != 0 && errno(state) == EAGAIN) {
                return null;
            }
            if (n < 0) {
                throw failure("recvmsg", state);
            }
            int[] fds = new int[0];
            long controlLength = msg.get(JAVA_LONG, 40);
            if (controlLength >= CMSG_HEADER && control.get(JAVA_INT, 8) == SOL_SOCKET && control.get(JAVA_INT, 12) == SCM_RIGHTS) {
                int count = (int) ((control.get(JAVA_LONG, 0) - CMSG_HEADER) / 4);
                fds = new int[count];
                for (int i = 0; i < count; i++) {
                    fds[i] = control.get(JAVA_INT, CMSG_HEADER + 4L * i);
                }
            }
            return new Received(buffer.asSlice(0, n).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE), fds);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e);
        }
    }

    /** One datagram to a Unix socket path ("@name" for the abstract namespace), as sd_notify sends. */
    public static void sendDatagram(String path, byte[] data) throws IOException {
        int fd = socket(SOCK_DGRAM);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE);
            MemorySegment buffer = arena.allocate(Math.max(1, data.length));
            MemorySegment.copy(data, 0, buffer, java.lang.foreign.ValueLayout.JAVA_BYTE, 0, data.length);
            long n = (long) SENDTO.invokeExact(state, fd, buffer, (long) data.length, 0x4000, sockaddr(arena, path), addressLength(path));
            if (n < 0) {
                throw failure("sendto " + path, state);
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e);
        } finally {
            close(fd);
        }
    }

    /** A bound datagram socket (for tests standing in for systemd). */
    public static int boundDatagramSocket(String path) throws IOException {
        int fd = socket(SOCK_DGRAM);
        try {
            bind(fd, path);
            return fd;
        } catch (IOException e) {
            close(fd);
            throw e;
        }
    }

    /** The peer's pid, uid and gid (SO_PEERCRED). */
    public record Credentials(int pid, int uid, int gid) {
    }

    public static Credentials peer(int socket) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE);
            MemorySegment cred = arena.allocate(12, 4);
            MemorySegment length = arena.allocate(JAVA_INT);
            length.set(JAVA_INT, 0, 12);
            int rc = (int) GETSOCKOPT.invokeExact(state, socket, SOL_SOCKET, SO_PEERCRED, cred, length);
            if (rc < 0) {
                throw failure("getsockopt(SO_PEERCRED)", state);
            }
            return new Credentials(cred.get(JAVA_INT, 0), cred.get(JAVA_INT, 4), cred.get(JAVA_INT, 8));
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e);
        }
    }

    public static int open(String path, int flags) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE);
            int fd = (int) OPEN.invokeExact(state, arena.allocateFrom(path), flags | O_CLOEXEC);
            if (fd < 0) {
                throw failure("open " + path, state);
            }
            return fd;
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e);
        }
    }

    /** Reads {@code length} bytes at {@code offset} of a descriptor (a VFIO device fd: region offset + register). */
    public static byte[] pread(int fd, int length, long offset) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE);
            MemorySegment buffer = arena.allocate(length);
            long n = (long) PREAD.invokeExact(state, fd, buffer, (long) length, offset);
            if (n < 0) {
                throw failure("pread", state);
            }
            return buffer.asSlice(0, n).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e);
        }
    }

    /** Reads up to {@code max} bytes from a stream socket (0 at end of stream). */
    public static byte[] read(int fd, int max) throws IOException {
        Received received = receiveWithFds(fd, max);
        for (int extra : received.fds()) {
            close(extra);
        }
        return received.data();
    }

    public static void write(int fd, byte[] data) throws IOException {
        sendWithFds(fd, data, new int[0]);
    }

    public static void shutdown(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE);
            int rc = (int) SHUTDOWN.invokeExact(state, fd, 2);
        } catch (Throwable e) {
            // best effort
        }
    }

    /**
     * A second descriptor of the same open file (close-on-exec): what is handed out is a copy the
     * caller owns, so a transaction closing the original meanwhile cannot make the number name another file.
     */
    public static int dup(int fd) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE);
            int copy = (int) FCNTL.invokeExact(state, fd, F_DUPFD_CLOEXEC, 0);
            if (copy < 0) {
                throw failure("dup of descriptor " + fd, state);
            }
            return copy;
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e);
        }
    }

    public static void close(int fd) {
        if (fd < 0) {
            return;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE);
            int rc = (int) CLOSE.invokeExact(state, fd);
        } catch (Throwable e) {
            // nothing to do about a failed close
        }
    }
}
