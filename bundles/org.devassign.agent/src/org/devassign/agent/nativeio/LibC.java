package org.devassign.agent.nativeio;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;

/**
 * libc through java.lang.foreign: open, close, ioctl, mmap, munmap, eventfd, poll, read, write,
 * pread, pwrite (and strerror). Each C function has its exact descriptor, declared as
 * {@link Downcalls} describes (variadic arguments as such: ioctl's third argument as a pointer or as
 * a long, one handle per call shape), and every call that can fail returns its result or throws
 * {@link NativeException} with the errno captured at the call. Linux LP64 types: int is
 * {@code JAVA_INT}; long, size_t, ssize_t, off_t and nfds_t are {@code JAVA_LONG}; pointers are
 * native segments.
 */
public final class LibC {

    public static final int O_RDONLY = 0;
    public static final int O_RDWR = 2;
    public static final int O_CLOEXEC = 0x80000;
    public static final int PROT_READ = 1;
    public static final int PROT_WRITE = 2;
    public static final int MAP_SHARED = 1;
    public static final int MAP_PRIVATE = 2;
    public static final int MAP_ANONYMOUS = 0x20;
    public static final int EFD_CLOEXEC = 0x80000;
    public static final int EFD_NONBLOCK = 0x800;
    public static final short POLLIN = 1;
    public static final int EINTR = 4;
    public static final int EAGAIN = 11;

    /** struct pollfd { int fd; short events; short revents; } */
    public static final StructLayout POLLFD = MemoryLayout.structLayout(JAVA_INT.withName("fd"),
            JAVA_SHORT.withName("events"), JAVA_SHORT.withName("revents")).withName("pollfd");
    private static final long POLLFD_FD = POLLFD.byteOffset(PathElement.groupElement("fd"));
    private static final long POLLFD_EVENTS = POLLFD.byteOffset(PathElement.groupElement("events"));
    private static final long POLLFD_REVENTS = POLLFD.byteOffset(PathElement.groupElement("revents"));

    /** strerror's text is at most this long (glibc's longest is about 50 bytes). */
    private static final long STRERROR_MAX = 1024;

    /** int open(const char *path, int flags, ... mode_t mode) */
    private static final class Open {
        static final MethodHandle HANDLE = Downcalls.capturingErrno("open",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT), Linker.Option.firstVariadicArg(2));
    }

    /** int close(int fd) */
    private static final class Close {
        static final MethodHandle HANDLE = Downcalls.capturingErrno("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    }

    /** int ioctl(int fd, unsigned long request, ... void *arg): the argument a pointer. */
    private static final class IoctlPointer {
        static final MethodHandle HANDLE = Downcalls.capturingErrno("ioctl",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS), Linker.Option.firstVariadicArg(2));
    }

    /** int ioctl(int fd, unsigned long request, ... unsigned long arg): the argument a value. */
    private static final class IoctlValue {
        static final MethodHandle HANDLE = Downcalls.capturingErrno("ioctl",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_LONG), Linker.Option.firstVariadicArg(2));
    }

    /** void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset) */
    private static final class Mmap {
        static final MethodHandle HANDLE = Downcalls.capturingErrno("mmap",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG));
    }

    /** int munmap(void *addr, size_t length) */
    private static final class Munmap {
        static final MethodHandle HANDLE = Downcalls.capturingErrno("munmap", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
    }

    /** int eventfd(unsigned int initval, int flags) */
    private static final class Eventfd {
        static final MethodHandle HANDLE = Downcalls.capturingErrno("eventfd", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /** int poll(struct pollfd *fds, nfds_t nfds, int timeout) */
    private static final class Poll {
        static final MethodHandle HANDLE = Downcalls.capturingErrno("poll",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
    }

    /** ssize_t read(int fd, void *buf, size_t count) and write(int fd, const void *buf, size_t count) */
    private static final class ReadWrite {
        static final FunctionDescriptor SHAPE = FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG);
        static final MethodHandle READ = Downcalls.capturingErrno("read", SHAPE);
        static final MethodHandle WRITE = Downcalls.capturingErrno("write", SHAPE);
    }

    /** ssize_t pread(int fd, void *buf, size_t count, off_t offset) and pwrite(int fd, const void *buf, ...) */
    private static final class PreadPwrite {
        static final FunctionDescriptor SHAPE = FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG);
        static final MethodHandle PREAD = Downcalls.capturingErrno("pread", SHAPE);
        static final MethodHandle PWRITE = Downcalls.capturingErrno("pwrite", SHAPE);
    }

    /** char *strerror(int errnum) */
    private static final class Strerror {
        static final MethodHandle HANDLE = Downcalls.plain("strerror",
                FunctionDescriptor.of(ADDRESS.withTargetLayout(MemoryLayout.sequenceLayout(STRERROR_MAX, JAVA_BYTE)), JAVA_INT));
    }

    private LibC() {
    }

    /** The C library's text for an errno ("No such file or directory"). */
    public static String strerror(int errno) {
        try {
            MemorySegment text = (MemorySegment) Strerror.HANDLE.invokeExact(errno);
            return text.equals(MemorySegment.NULL) ? "errno " + errno : text.getString(0);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** int open(const char *path, int flags, ...) with O_CLOEXEC added. */
    public static int open(String path, int flags) throws NativeException {
        MemorySegment state = Downcalls.errnoState();
        try (Arena arena = Arena.ofConfined()) {
            int fd = (int) Open.HANDLE.invokeExact(state, arena.allocateFrom(path), flags | O_CLOEXEC, 0);
            if (fd < 0) {
                throw failure("open " + path, state);
            }
            return fd;
        } catch (Throwable t) {
            throw Downcalls.passThrough(t, NativeException.class);
        }
    }

    /** int close(int fd), quietly: close errors on VFIO/eventfd descriptors carry nothing for the caller. */
    public static void close(int fd) {
        if (fd < 0) {
            return;
        }
        try {
            int _ = (int) Close.HANDLE.invokeExact(Downcalls.errnoState(), fd);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** int ioctl(int fd, unsigned long request, void *arg); returns the ioctl's non-negative result. */
    public static int ioctl(int fd, long request, MemorySegment arg, String what) throws NativeException {
        MemorySegment state = Downcalls.errnoState();
        int r;
        try {
            r = (int) IoctlPointer.HANDLE.invokeExact(state, fd, request, Downcalls.requireNative(arg));
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
        if (r < 0) {
            throw failure(what, state);
        }
        return r;
    }

    /** ioctl with an integer argument passed by value (CHECK_EXTENSION, SET_IOMMU; 0 where the ioctl takes none). */
    public static int ioctl(int fd, long request, long arg, String what) throws NativeException {
        MemorySegment state = Downcalls.errnoState();
        int r;
        try {
            r = (int) IoctlValue.HANDLE.invokeExact(state, fd, request, arg);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
        if (r < 0) {
            throw failure(what, state);
        }
        return r;
    }

    /** void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset), at an address of its choice. */
    public static MemorySegment mmap(int fd, long size, int prot, int flags, long offset, String what) throws NativeException {
        MemorySegment state = Downcalls.errnoState();
        MemorySegment address;
        try {
            address = (MemorySegment) Mmap.HANDLE.invokeExact(state, MemorySegment.NULL, size, prot, flags, fd, offset);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
        if (address.address() == -1L) { // MAP_FAILED
            throw failure(what, state);
        }
        return address.reinterpret(size);
    }

    /** int munmap(void *addr, size_t length) of a segment mmap returned. */
    public static void munmap(MemorySegment mapping) {
        try {
            int _ = (int) Munmap.HANDLE.invokeExact(Downcalls.errnoState(), mapping, mapping.byteSize());
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** int eventfd(unsigned int initval, int flags) */
    public static int eventfd(int initial, int flags) throws NativeException {
        MemorySegment state = Downcalls.errnoState();
        int fd;
        try {
            fd = (int) Eventfd.HANDLE.invokeExact(state, initial, flags);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
        if (fd < 0) {
            throw failure("eventfd", state);
        }
        return fd;
    }

    /** The most descriptors one {@link #pollIn(int[], int)} takes (PCI allows 2048 MSI-X vectors per function). */
    public static final int MAX_POLL_FDS = 4096;

    /**
     * poll() on several descriptors for POLLIN at once, again after EINTR; returns for each whether it is
     * readable (all false after the timeout).
     */
    public static boolean[] pollIn(int[] fds, int timeoutMillis) throws NativeException {
        if (fds.length == 0 || fds.length > MAX_POLL_FDS) {
            throw new IllegalArgumentException("poll takes 1 to " + MAX_POLL_FDS + " descriptors, not " + fds.length);
        }
        MemorySegment state = Downcalls.errnoState();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = arena.allocate(POLLFD, fds.length);
            long size = POLLFD.byteSize();
            for (int i = 0; i < fds.length; i++) {
                p.set(JAVA_INT, i * size + POLLFD_FD, fds[i]);
                p.set(JAVA_SHORT, i * size + POLLFD_EVENTS, POLLIN);
            }
            while (true) {
                int r = (int) Poll.HANDLE.invokeExact(state, p, (long) fds.length, timeoutMillis);
                if (r < 0 && Downcalls.errno(state) == EINTR) {
                    continue;
                }
                if (r < 0) {
                    throw failure("poll", state);
                }
                boolean[] ready = new boolean[fds.length];
                for (int i = 0; r > 0 && i < fds.length; i++) {
                    ready[i] = (p.get(JAVA_SHORT, i * size + POLLFD_REVENTS) & POLLIN) != 0;
                }
                return ready;
            }
        } catch (Throwable t) {
            throw Downcalls.passThrough(t, NativeException.class);
        }
    }

    /** poll() on one descriptor for POLLIN, again after EINTR; true when it is readable within the timeout. */
    public static boolean pollIn(int fd, int timeoutMillis) throws NativeException {
        MemorySegment state = Downcalls.errnoState();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = arena.allocate(POLLFD);
            p.set(JAVA_INT, POLLFD_FD, fd);
            p.set(JAVA_SHORT, POLLFD_EVENTS, POLLIN);
            while (true) {
                int r = (int) Poll.HANDLE.invokeExact(state, p, 1L, timeoutMillis);
                if (r < 0 && Downcalls.errno(state) == EINTR) {
                    continue;
                }
                if (r < 0) {
                    throw failure("poll", state);
                }
                return r > 0 && (p.get(JAVA_SHORT, POLLFD_REVENTS) & POLLIN) != 0;
            }
        } catch (Throwable t) {
            throw Downcalls.passThrough(t, NativeException.class);
        }
    }

    /** ssize_t read(int fd, void *buf, size_t count) into the whole buffer; returns the count read. */
    public static long read(int fd, MemorySegment buffer, String what) throws NativeException {
        MemorySegment state = Downcalls.errnoState();
        long n;
        try {
            n = (long) ReadWrite.READ.invokeExact(state, fd, Downcalls.requireNative(buffer), buffer.byteSize());
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
        return checked(n, what, state);
    }

    /** ssize_t write(int fd, const void *buf, size_t count) of the whole buffer; returns the count written. */
    public static long write(int fd, MemorySegment buffer, String what) throws NativeException {
        MemorySegment state = Downcalls.errnoState();
        long n;
        try {
            n = (long) ReadWrite.WRITE.invokeExact(state, fd, Downcalls.requireNative(buffer), buffer.byteSize());
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
        return checked(n, what, state);
    }

    /** ssize_t pread(int fd, void *buf, size_t count, off_t offset) */
    public static long pread(int fd, MemorySegment buffer, long offset, String what) throws NativeException {
        MemorySegment state = Downcalls.errnoState();
        long n;
        try {
            n = (long) PreadPwrite.PREAD.invokeExact(state, fd, Downcalls.requireNative(buffer), buffer.byteSize(), offset);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
        return checked(n, what, state);
    }

    /** ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset) */
    public static long pwrite(int fd, MemorySegment buffer, long offset, String what) throws NativeException {
        MemorySegment state = Downcalls.errnoState();
        long n;
        try {
            n = (long) PreadPwrite.PWRITE.invokeExact(state, fd, Downcalls.requireNative(buffer), buffer.byteSize(), offset);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
        return checked(n, what, state);
    }

    private static long checked(long n, String what, MemorySegment state) throws NativeException {
        if (n < 0) {
            throw failure(what, state);
        }
        return n;
    }

    private static NativeException failure(String call, MemorySegment state) {
        return new NativeException(call, Downcalls.errno(state));
    }

    /**
     * Calls every binding once on harmless descriptors (/dev/null, an eventfd, anonymous memory), so
     * the JVM has linked and compiled the paths before the first real open. An agent calls this at
     * start-up; it is also the training workload for an AOT cache (bench/agent).
     */
    public static void warmUp() {
        try (Arena arena = Arena.ofConfined()) {
            int fd = open("/dev/null", O_RDWR);
            MemorySegment buf = arena.allocate(8, 8);
            try {
                ioctl(fd, 0x3b64, 0L, "ioctl");
            } catch (NativeException expected) {
                strerror(expected.errno());
            }
            try {
                ioctl(fd, 0x3b67, buf, "ioctl");
            } catch (NativeException expected) {
                // ENOTTY: /dev/null is no VFIO group
            }
            pread(fd, buf, 0, "pread");
            pwrite(fd, buf, 0, "pwrite");
            close(fd);
            MemorySegment m = mmap(-1, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, 0, "mmap");
            munmap(m);
            int efd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
            buf.set(JAVA_LONG, 0, 1);
            write(efd, buf, "write");
            if (pollIn(efd, 0)) {
                read(efd, buf, "read");
            }
            close(efd);
        } catch (NativeException e) {
            throw new IllegalStateException("libc warm-up failed: " + e.getMessage(), e);
        }
    }
}
