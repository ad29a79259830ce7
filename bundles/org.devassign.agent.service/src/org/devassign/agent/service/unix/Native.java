package org.devassign.agent.service.unix;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;

import org.devassign.agent.nativeio.Downcalls;
import org.devassign.agent.nativeio.LibC;
import org.devassign.agent.nativeio.NativeException;

/**
 * The libc calls of this package, bound as {@link Downcalls} describes (one exact descriptor per C
 * function, its handle in a holder class, errno captured at the call), as {@link LibC} binds the
 * agent's: Unix sockets, SCM_RIGHTS and SO_PEERCRED here; open, pread, close and strerror are
 * LibC's. Structs are layouts of the LP64 Linux ABI with their field offsets computed once.
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
    public static final int MAX_FDS = 16;
    private static final int MSG_NOSIGNAL = 0x4000;
    private static final int MSG_CMSG_CLOEXEC = 0x40000000;
    /** For the hand-off's one thread: a send or receive that would block fails (EAGAIN) instead. */
    static final int MSG_DONTWAIT = 0x40;
    static final int EAGAIN = 11;
    private static final int F_DUPFD_CLOEXEC = 1030;
    private static final int SHUT_RDWR = 2;

    /** struct sockaddr_un { sa_family_t sun_family; char sun_path[108]; }: 110 bytes. */
    static final StructLayout SOCKADDR_UN = MemoryLayout.structLayout(JAVA_SHORT.withName("sun_family"),
            MemoryLayout.sequenceLayout(108, JAVA_BYTE).withName("sun_path")).withName("sockaddr_un");
    private static final long SUN_FAMILY = offset(SOCKADDR_UN, "sun_family");
    private static final long SUN_PATH = offset(SOCKADDR_UN, "sun_path");

    /** struct iovec { void *iov_base; size_t iov_len; } */
    static final StructLayout IOVEC = MemoryLayout.structLayout(ADDRESS.withName("iov_base"), JAVA_LONG.withName("iov_len"))
            .withName("iovec");
    private static final long IOV_BASE = offset(IOVEC, "iov_base");
    private static final long IOV_LEN = offset(IOVEC, "iov_len");

    /** struct msghdr: 56 bytes. */
    static final StructLayout MSGHDR = MemoryLayout.structLayout(ADDRESS.withName("msg_name"), JAVA_INT.withName("msg_namelen"),
            MemoryLayout.paddingLayout(4), ADDRESS.withName("msg_iov"), JAVA_LONG.withName("msg_iovlen"),
            ADDRESS.withName("msg_control"), JAVA_LONG.withName("msg_controllen"), JAVA_INT.withName("msg_flags"),
            MemoryLayout.paddingLayout(4)).withName("msghdr");
    private static final long MSG_IOV = offset(MSGHDR, "msg_iov");
    private static final long MSG_IOVLEN = offset(MSGHDR, "msg_iovlen");
    private static final long MSG_CONTROL = offset(MSGHDR, "msg_control");
    private static final long MSG_CONTROLLEN = offset(MSGHDR, "msg_controllen");

    /** struct cmsghdr { size_t cmsg_len; int cmsg_level; int cmsg_type; }, the data after it (CMSG_DATA). */
    static final StructLayout CMSGHDR = MemoryLayout.structLayout(JAVA_LONG.withName("cmsg_len"), JAVA_INT.withName("cmsg_level"),
            JAVA_INT.withName("cmsg_type")).withName("cmsghdr");
    private static final long CMSG_LEN = offset(CMSGHDR, "cmsg_len");
    private static final long CMSG_LEVEL = offset(CMSGHDR, "cmsg_level");
    private static final long CMSG_TYPE = offset(CMSGHDR, "cmsg_type");
    private static final long CMSG_DATA = CMSGHDR.byteSize();

    /** struct ucred { pid_t pid; uid_t uid; gid_t gid; } */
    static final StructLayout UCRED = MemoryLayout.structLayout(JAVA_INT.withName("pid"), JAVA_INT.withName("uid"),
            JAVA_INT.withName("gid")).withName("ucred");
    private static final long UCRED_PID = offset(UCRED, "pid");
    private static final long UCRED_UID = offset(UCRED, "uid");
    private static final long UCRED_GID = offset(UCRED, "gid");

    /** int socket(int domain, int type, int protocol) */
    private static final class Socket {
        static final MethodHandle HANDLE = Downcalls.capturingErrno("socket",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /** int bind(int fd, const struct sockaddr *addr, socklen_t len) and connect(...), the same shape. */
    private static final class BindConnect {
        static final FunctionDescriptor SHAPE = FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT);
        static final MethodHandle BIND = Downcalls.capturingErrno("bind", SHAPE);
        static final MethodHandle CONNECT = Downcalls.capturingErrno("connect", SHAPE);
    }

    /** int listen(int fd, int backlog) and shutdown(int fd, int how), the same shape. */
    private static final class ListenShutdown {
        static final FunctionDescriptor SHAPE = FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT);
        static final MethodHandle LISTEN = Downcalls.capturingErrno("listen", SHAPE);
        static final MethodHandle SHUTDOWN = Downcalls.capturingErrno("shutdown", SHAPE);
    }

    /** int accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags) */
    private static final class Accept4 {
        static final MethodHandle HANDLE = Downcalls.capturingErrno("accept4",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    }

    /** ssize_t sendmsg(int fd, const struct msghdr *msg, int flags) and recvmsg(...), the same shape. */
    private static final class Msg {
        static final FunctionDescriptor SHAPE = FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT);
        static final MethodHandle SENDMSG = Downcalls.capturingErrno("sendmsg", SHAPE);
        static final MethodHandle RECVMSG = Downcalls.capturingErrno("recvmsg", SHAPE);
    }

    /** ssize_t sendto(int fd, const void *buf, size_t len, int flags, const struct sockaddr *to, socklen_t tolen) */
    private static final class Sendto {
        static final MethodHandle HANDLE = Downcalls.capturingErrno("sendto",
                FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT));
    }

    /** int fcntl(int fd, int cmd, ...), called as fcntl(fd, F_DUPFD_CLOEXEC, int lowest) */
    private static final class Fcntl {
        static final MethodHandle HANDLE = Downcalls.capturingErrno("fcntl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT),
                java.lang.foreign.Linker.Option.firstVariadicArg(2));
    }

    /** int getsockopt(int fd, int level, int name, void *value, socklen_t *len) */
    private static final class Getsockopt {
        static final MethodHandle HANDLE = Downcalls.capturingErrno("getsockopt",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    }

    private Native() {
    }

    private static long offset(StructLayout layout, String field) {
        return layout.byteOffset(PathElement.groupElement(field));
    }

    /** A failed call, with errno as strerror says it and as a number. */
    private static IOException failure(String call, int errno) {
        return new IOException(call + " failed: " + strerror(errno) + " (errno " + errno + ")");
    }

    static IOException failure(String call, MemorySegment state) {
        return failure(call, Downcalls.errno(state));
    }

    public static String strerror(int errno) {
        return LibC.strerror(errno);
    }

    static MemorySegment sockaddr(Arena arena, String path) throws IOException {
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        if (bytes.length >= SOCKADDR_UN.byteSize() - SUN_PATH) {
            throw new IOException("socket path too long (" + bytes.length + " bytes, at most 107): " + path);
        }
        MemorySegment address = arena.allocate(SOCKADDR_UN);
        address.set(JAVA_SHORT, SUN_FAMILY, (short) AF_UNIX);
        MemorySegment.copy(bytes, 0, address, JAVA_BYTE, SUN_PATH, bytes.length);
        if (path.startsWith("@")) {
            address.set(JAVA_BYTE, SUN_PATH, (byte) 0); // abstract namespace
        }
        return address;
    }

    static int addressLength(String path) {
        int length = (int) SUN_PATH + path.getBytes(StandardCharsets.UTF_8).length;
        return path.startsWith("@") ? length : length + 1;
    }

    public static int socket(int type) throws IOException {
        MemorySegment state = Downcalls.errnoState();
        try {
            int fd = (int) Socket.HANDLE.invokeExact(state, AF_UNIX, type | SOCK_CLOEXEC, 0);
            if (fd < 0) {
                throw failure("socket", state);
            }
            return fd;
        } catch (Throwable t) {
            throw Downcalls.passThrough(t, IOException.class);
        }
    }

    public static void bindAndListen(int fd, String path, int backlog) throws IOException {
        bind(fd, path);
        listen(fd, backlog);
    }

    /** Binds a socket to a path: the kernel makes the socket file there (mode 0777 less the umask). */
    public static void bind(int fd, String path) throws IOException {
        MemorySegment state = Downcalls.errnoState();
        try (Arena arena = Arena.ofConfined()) {
            if ((int) BindConnect.BIND.invokeExact(state, fd, sockaddr(arena, path), addressLength(path)) < 0) {
                throw failure("bind " + path, state);
            }
        } catch (Throwable t) {
            throw Downcalls.passThrough(t, IOException.class);
        }
    }

    public static void listen(int fd, int backlog) throws IOException {
        MemorySegment state = Downcalls.errnoState();
        try {
            if ((int) ListenShutdown.LISTEN.invokeExact(state, fd, backlog) < 0) {
                throw failure("listen", state);
            }
        } catch (Throwable t) {
            throw Downcalls.passThrough(t, IOException.class);
        }
    }

    public static int accept(int fd) throws IOException {
        MemorySegment state = Downcalls.errnoState();
        try {
            int client = (int) Accept4.HANDLE.invokeExact(state, fd, MemorySegment.NULL, MemorySegment.NULL, SOCK_CLOEXEC);
            if (client < 0) {
                throw failure("accept", state);
            }
            return client;
        } catch (Throwable t) {
            throw Downcalls.passThrough(t, IOException.class);
        }
    }

    public static void connect(int fd, String path) throws IOException {
        MemorySegment state = Downcalls.errnoState();
        try (Arena arena = Arena.ofConfined()) {
            if ((int) BindConnect.CONNECT.invokeExact(state, fd, sockaddr(arena, path), addressLength(path)) < 0) {
                throw failure("connect " + path, state);
            }
        } catch (Throwable t) {
            throw Downcalls.passThrough(t, IOException.class);
        }
    }

    /** A msghdr with one iovec over {@code buffer} and, when {@code control} is not null, that control buffer. */
    private static MemorySegment message(Arena arena, MemorySegment buffer, long length, MemorySegment control) {
        MemorySegment iov = arena.allocate(IOVEC);
        iov.set(ADDRESS, IOV_BASE, buffer);
        iov.set(JAVA_LONG, IOV_LEN, length);
        MemorySegment msg = arena.allocate(MSGHDR);
        msg.set(ADDRESS, MSG_IOV, iov);
        msg.set(JAVA_LONG, MSG_IOVLEN, 1);
        if (control != null) {
            msg.set(ADDRESS, MSG_CONTROL, control);
            msg.set(JAVA_LONG, MSG_CONTROLLEN, control.byteSize());
        }
        return msg;
    }

    /** Sends {@code data} with {@code fds} attached as SCM_RIGHTS. */
    public static void sendWithFds(int socket, byte[] data, int[] fds) throws IOException {
        sendWithFds(socket, data, fds, 0);
    }

    /** With {@link #MSG_DONTWAIT} in {@code flags}, a socket whose buffer is full fails instead of blocking. */
    static void sendWithFds(int socket, byte[] data, int[] fds, int flags) throws IOException {
        if (fds.length > MAX_FDS) {
            throw new IOException("at most " + MAX_FDS + " descriptors per message");
        }
        MemorySegment state = Downcalls.errnoState();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(Math.max(1, data.length));
            MemorySegment.copy(data, 0, buffer, JAVA_BYTE, 0, data.length);
            MemorySegment control = null;
            if (fds.length > 0) {
                long dataLength = 4L * fds.length;
                control = arena.allocate(CMSG_DATA + ((dataLength + 7) & ~7L), 8); // CMSG_SPACE
                control.set(JAVA_LONG, CMSG_LEN, CMSG_DATA + dataLength);
                control.set(JAVA_INT, CMSG_LEVEL, SOL_SOCKET);
                control.set(JAVA_INT, CMSG_TYPE, SCM_RIGHTS);
                for (int i = 0; i < fds.length; i++) {
                    control.set(JAVA_INT, CMSG_DATA + 4L * i, fds[i]);
                }
            }
            long sent = (long) Msg.SENDMSG.invokeExact(state, socket, message(arena, buffer, data.length, control), MSG_NOSIGNAL | flags);
            if (sent < 0) {
                throw failure("sendmsg", state);
            }
            if (sent != data.length) {
                throw new IOException("sendmsg sent " + sent + " of " + data.length + " bytes");
            }
        } catch (Throwable t) {
            throw Downcalls.passThrough(t, IOException.class);
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
        MemorySegment state = Downcalls.errnoState();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(maxBytes);
            MemorySegment control = arena.allocate(CMSG_DATA + 4L * MAX_FDS, 8);
            MemorySegment msg = message(arena, buffer, maxBytes, control);
            long n = (long) Msg.RECVMSG.invokeExact(state, socket, msg, MSG_CMSG_CLOEXEC | flags);
            if (n < 0 && (flags & MSG_DONTWAIT) != 0 && Downcalls.errno(state) == EAGAIN) {
                return null;
            }
            if (n < 0) {
                throw failure("recvmsg", state);
            }
            int[] fds = new int[0];
            long controlLength = msg.get(JAVA_LONG, MSG_CONTROLLEN);
            if (controlLength >= CMSG_DATA && control.get(JAVA_INT, CMSG_LEVEL) == SOL_SOCKET
                    && control.get(JAVA_INT, CMSG_TYPE) == SCM_RIGHTS) {
                int count = (int) ((control.get(JAVA_LONG, CMSG_LEN) - CMSG_DATA) / 4);
                fds = new int[count];
                for (int i = 0; i < count; i++) {
                    fds[i] = control.get(JAVA_INT, CMSG_DATA + 4L * i);
                }
            }
            return new Received(buffer.asSlice(0, n).toArray(JAVA_BYTE), fds);
        } catch (Throwable t) {
            throw Downcalls.passThrough(t, IOException.class);
        }
    }

    /** One datagram to a Unix socket path ("@name" for the abstract namespace), as sd_notify sends. */
    public static void sendDatagram(String path, byte[] data) throws IOException {
        int fd = socket(SOCK_DGRAM);
        MemorySegment state = Downcalls.errnoState();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(Math.max(1, data.length));
            MemorySegment.copy(data, 0, buffer, JAVA_BYTE, 0, data.length);
            long n = (long) Sendto.HANDLE.invokeExact(state, fd, buffer, (long) data.length, MSG_NOSIGNAL, sockaddr(arena, path),
                    addressLength(path));
            if (n < 0) {
                throw failure("sendto " + path, state);
            }
        } catch (Throwable t) {
            throw Downcalls.passThrough(t, IOException.class);
        } finally {
            close(fd);
        }
    }

    /** A bound datagram socket (for tests standing in for systemd). */
    public static int boundDatagramSocket(String path) throws IOException {
        int fd = socket(SOCK_DGRAM);
        MemorySegment state = Downcalls.errnoState();
        try (Arena arena = Arena.ofConfined()) {
            if ((int) BindConnect.BIND.invokeExact(state, fd, sockaddr(arena, path), addressLength(path)) < 0) {
                IOException failure = failure("bind " + path, state);
                close(fd);
                throw failure;
            }
            return fd;
        } catch (Throwable t) {
            throw Downcalls.passThrough(t, IOException.class);
        }
    }

    /** The peer's pid, uid and gid (SO_PEERCRED). */
    public record Credentials(int pid, int uid, int gid) {
    }

    public static Credentials peer(int socket) throws IOException {
        MemorySegment state = Downcalls.errnoState();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cred = arena.allocate(UCRED);
            MemorySegment length = arena.allocateFrom(JAVA_INT, (int) UCRED.byteSize());
            if ((int) Getsockopt.HANDLE.invokeExact(state, socket, SOL_SOCKET, SO_PEERCRED, cred, length) < 0) {
                throw failure("getsockopt(SO_PEERCRED)", state);
            }
            return new Credentials(cred.get(JAVA_INT, UCRED_PID), cred.get(JAVA_INT, UCRED_UID), cred.get(JAVA_INT, UCRED_GID));
        } catch (Throwable t) {
            throw Downcalls.passThrough(t, IOException.class);
        }
    }

    public static int open(String path, int flags) throws IOException {
        try {
            return LibC.open(path, flags);
        } catch (NativeException e) {
            throw failure(e.call(), e.errno());
        }
    }

    /** Reads {@code length} bytes at {@code offset} of a descriptor (a VFIO device fd: region offset + register). */
    public static byte[] pread(int fd, int length, long offset) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(length);
            long n = LibC.pread(fd, buffer, offset, "pread");
            return buffer.asSlice(0, n).toArray(JAVA_BYTE);
        } catch (NativeException e) {
            throw failure(e.call(), e.errno());
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

    /** shutdown(fd, SHUT_RDWR), best effort: it wakes a thread blocked in accept on the socket. */
    public static void shutdown(int fd) {
        try {
            int _ = (int) ListenShutdown.SHUTDOWN.invokeExact(Downcalls.errnoState(), fd, SHUT_RDWR);
        } catch (Throwable t) {
            // best effort
        }
    }

    /**
     * A second descriptor of the same open file (close-on-exec): what is handed out is a copy the
     * caller owns, so a transaction closing the original meanwhile cannot make the number name another file.
     */
    public static int dup(int fd) throws IOException {
        MemorySegment state = Downcalls.errnoState();
        try {
            int copy = (int) Fcntl.HANDLE.invokeExact(state, fd, F_DUPFD_CLOEXEC, 0);
            if (copy < 0) {
                throw failure("dup of descriptor " + fd, state);
            }
            return copy;
        } catch (Throwable t) {
            throw Downcalls.passThrough(t, IOException.class);
        }
    }

    public static void close(int fd) {
        LibC.close(fd);
    }
}
