package org.devassign.agent.nativeio;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * libc through java.lang.foreign: open, close, ioctl, mmap, munmap, eventfd, poll, read, write,
 * pread, pwrite (and strerror). Every call that can fail returns its result or throws
 * {@link NativeException} with the errno captured right at the call (the JVM may change errno
 * afterwards, so reading it later is wrong).
 *
 * <p>Two downcall shapes serve every function, called through the function's address: a fixed one
 * taking six 64-bit integers and returning one, and a variadic one (open, ioctl) taking two named
 * and one variadic 64-bit integer. Why: the JVM generates a stub per distinct function descriptor
 * when it first links it, which costs 10-70 ms each on a host and about a second each under QEMU's
 * TCG; two shapes instead of eleven make the agent's first open about 40 % faster there. It is
 * sound on the LP64 Linux ABIs the agent runs on (x86_64 System V, AArch64 AAPCS64): int, long,
 * size_t and pointer arguments all travel in 64-bit integer registers, a callee reads only the low
 * 32 bits of an int parameter, surplus register arguments are ignored, and an int result is the low
 * 32 bits of the return register (hence the (int) casts). Pointers are passed as the address of a
 * native segment.
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

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    /** struct pollfd { int fd; short events; short revents; } */
    public static final StructLayout POLLFD = MemoryLayout.structLayout(JAVA_INT.withName("fd"),
            JAVA_SHORT.withName("events"), JAVA_SHORT.withName("revents")).withName("pollfd");

    /** (address, errno capture, a1..a6) -> long, for every non-variadic function. */
    private static final MethodHandle FIXED = LINKER.downcallHandle(FunctionDescriptor.of(JAVA_LONG, JAVA_LONG,
            JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG), Linker.Option.captureCallState("errno"));
    /** (address, errno capture, a1, a2, variadic a3) -> long: open(path, flags, mode), ioctl(fd, request, arg). */
    private static final MethodHandle VARIADIC = LINKER.downcallHandle(FunctionDescriptor.of(JAVA_LONG, JAVA_LONG,
            JAVA_LONG, JAVA_LONG), Linker.Option.captureCallState("errno"), Linker.Option.firstVariadicArg(2));

    private static final MemorySegment OPEN = symbol("open");
    private static final MemorySegment CLOSE = symbol("close");
    private static final MemorySegment IOCTL = symbol("ioctl");
    private static final MemorySegment MMAP = symbol("mmap");
    private static final MemorySegment MUNMAP = symbol("munmap");
    private static final MemorySegment EVENTFD = symbol("eventfd");
    private static final MemorySegment POLL = symbol("poll");
    private static final MemorySegment READ = symbol("read");
    private static final MemorySegment WRITE = symbol("write");
    private static final MemorySegment PREAD = symbol("pread");
    private static final MemorySegment PWRITE = symbol("pwrite");
    private static final MemorySegment STRERROR = symbol("strerror");

    /** One errno capture buffer per thread: allocating one per call would dominate short ioctls. */
    private static final ThreadLocal<MemorySegment> CAPTURED = ThreadLocal
            .withInitial(() -> Arena.ofAuto().allocate(CAPTURE));

    private LibC() {
    }

    private static MemorySegment symbol(String name) {
        return LIBC.find(name).orElseThrow(() -> new UnsatisfiedLinkError("libc has no symbol " + name));
    }

    private static long fixed(MemorySegment function, MemorySegment capture, long a1, long a2, long a3, long a4,
            long a5, long a6) {
        try {
            return (long) FIXED.invokeExact(function, capture, a1, a2, a3, a4, a5, a6);
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    private static long variadic(MemorySegment function, MemorySegment capture, long a1, long a2, long a3) {
        try {
            return (long) VARIADIC.invokeExact(function, capture, a1, a2, a3);
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    private static int errno(MemorySegment captured) {
        return (int) ERRNO.get(captured, 0L);
    }

    public static String strerror(int errno) {
        long text = fixed(STRERROR, CAPTURED.get(), errno, 0, 0, 0, 0, 0);
        return text == 0 ? "errno " + errno : MemorySegment.ofAddress(text).reinterpret(512).getString(0);
    }

    private static NativeException failure(String call, MemorySegment captured) {
        return new NativeException(call, errno(captured));
    }

    private static RuntimeException unexpected(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    /** Native segments only: the address is what C receives. */
    private static long address(MemorySegment segment) {
        if (!segment.isNative()) {
            throw new IllegalArgumentException("a heap segment cannot be passed to C: allocate it from an Arena");
        }
        return segment.address();
    }

    /** int open(const char *path, int flags, ...) with O_CLOEXEC added. */
    public static int open(String path, int flags) throws NativeException {
        MemorySegment c = CAPTURED.get();
        try (Arena arena = Arena.ofConfined()) {
            int fd = (int) variadic(OPEN, c, arena.allocateFrom(path).address(), flags | O_CLOEXEC, 0);
            if (fd < 0) {
                throw failure("open " + path, c);
            }
            return fd;
        }
    }

    /** int close(int fd), quietly: close errors on VFIO/eventfd descriptors carry nothing for the caller. */
    public static void close(int fd) {
        if (fd >= 0) {
            fixed(CLOSE, CAPTURED.get(), fd, 0, 0, 0, 0, 0);
        }
    }

    /** int ioctl(int fd, unsigned long request, void *arg); returns the ioctl's non-negative result. */
    public static int ioctl(int fd, long request, MemorySegment arg, String what) throws NativeException {
        return ioctl(fd, request, address(arg), what);
    }

    /** ioctl with an integer argument passed by value (CHECK_EXTENSION, SET_IOMMU, GET_API_VERSION). */
    public static int ioctl(int fd, long request, long arg, String what) throws NativeException {
        MemorySegment c = CAPTURED.get();
        int r = (int) variadic(IOCTL, c, fd, request, arg);
        if (r < 0) {
            throw failure(what, c);
        }
        return r;
    }

    /** void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset), at an address of its choice. */
    public static MemorySegment mmap(int fd, long size, int prot, int flags, long offset, String what)
            throws NativeException {
        MemorySegment c = CAPTURED.get();
        long address = fixed(MMAP, c, 0, size, prot, flags, fd, offset);
        if (address == -1L) {
            throw failure(what, c);
        }
        return MemorySegment.ofAddress(address).reinterpret(size);
    }

    /** int munmap(void *addr, size_t length) of a segment mmap returned. */
    public static void munmap(MemorySegment mapping) {
        fixed(MUNMAP, CAPTURED.get(), mapping.address(), mapping.byteSize(), 0, 0, 0, 0);
    }

    /** int eventfd(unsigned int initval, int flags) */
    public static int eventfd(int initial, int flags) throws NativeException {
        MemorySegment c = CAPTURED.get();
        int fd = (int) fixed(EVENTFD, c, initial, flags, 0, 0, 0, 0);
        if (fd < 0) {
            throw failure("eventfd", c);
        }
        return fd;
    }

    /** The most descriptors one {@link #pollIn(int[], int)} takes (PCI allows 2048 MSI-X vectors per function). */
    public static final int MAX_POLL_FDS = 4096;

    /**
     * poll() on several descriptors for POLLIN at once; returns for each whether it is readable (all false
     * after the timeout).
     */
    public static boolean[] pollIn(int[] fds, int timeoutMillis) throws NativeException {
        if (fds.length == 0 || fds.length > MAX_POLL_FDS) {
            throw new IllegalArgumentException("poll takes 1 to " + MAX_POLL_FDS + " descriptors, not " + fds.length);
        }
        MemorySegment c = CAPTURED.get();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = arena.allocate(POLLFD, fds.length);
            long size = POLLFD.byteSize();
            for (int i = 0; i < fds.length; i++) {
                p.set(JAVA_INT, i * size, fds[i]);
                p.set(JAVA_SHORT, i * size + 4, POLLIN);
            }
            while (true) {
                int r = (int) fixed(POLL, c, p.address(), fds.length, timeoutMillis, 0, 0, 0);
                if (r < 0 && errno(c) == EINTR) {
                    continue;
                }
                if (r < 0) {
                    throw failure("poll", c);
                }
                boolean[] ready = new boolean[fds.length];
                for (int i = 0; r > 0 && i < fds.length; i++) {
                    ready[i] = (p.get(JAVA_SHORT, i * size + 6) & POLLIN) != 0;
                }
                return ready;
            }
        }
    }

    /** poll() on one descriptor for POLLIN; returns true when it is readable within the timeout. */
    public static boolean pollIn(int fd, int timeoutMillis) throws NativeException {
        MemorySegment c = CAPTURED.get();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = arena.allocate(POLLFD);
            p.set(JAVA_INT, 0, fd);
            p.set(JAVA_SHORT, 4, POLLIN);
            while (true) {
                int r = (int) fixed(POLL, c, p.address(), 1, timeoutMillis, 0, 0, 0);
                if (r < 0 && errno(c) == EINTR) {
                    continue;
                }
                if (r < 0) {
                    throw failure("poll", c);
                }
                return r > 0 && (p.get(JAVA_SHORT, 6) & POLLIN) != 0;
            }
        }
    }

    /** ssize_t read(int fd, void *buf, size_t count) into the whole buffer. */
    public static long read(int fd, MemorySegment buffer, String what) throws NativeException {
        return transfer(READ, fd, buffer, 0, what);
    }

    /** ssize_t write(int fd, const void *buf, size_t count) of the whole buffer. */
    public static long write(int fd, MemorySegment buffer, String what) throws NativeException {
        return transfer(WRITE, fd, buffer, 0, what);
    }

    /** ssize_t pread(int fd, void *buf, size_t count, off_t offset) */
    public static long pread(int fd, MemorySegment buffer, long offset, String what) throws NativeException {
        return transfer(PREAD, fd, buffer, offset, what);
    }

    /** ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset) */
    public static long pwrite(int fd, MemorySegment buffer, long offset, String what) throws NativeException {
        return transfer(PWRITE, fd, buffer, offset, what);
    }

    private static long transfer(MemorySegment function, int fd, MemorySegment buffer, long offset, String what)
            throws NativeException {
        MemorySegment c = CAPTURED.get();
        long n = fixed(function, c, fd, address(buffer), buffer.byteSize(), offset, 0, 0);
        if (n < 0) {
            throw failure(what, c);
        }
        return n;
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
