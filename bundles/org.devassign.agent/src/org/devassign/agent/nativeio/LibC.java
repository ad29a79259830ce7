package org.devassign.agent.nativeio;

import static java.lang.foreign.ValueLayout.ADDRESS;
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
 * libc through java.lang.foreign. Every call that can fail returns its result or throws
 * {@link NativeException} with the errno captured right at the call (the JVM may change errno
 * afterwards, so reading it later is wrong).
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
    private static final Linker.Option ERRNO_OPTION = Linker.Option.captureCallState("errno");

    /** struct pollfd { int fd; short events; short revents; } */
    public static final StructLayout POLLFD = MemoryLayout.structLayout(JAVA_INT.withName("fd"),
            JAVA_SHORT.withName("events"), JAVA_SHORT.withName("revents")).withName("pollfd");

    private static final MethodHandle OPEN = downcall("open", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT),
            Linker.Option.firstVariadicArg(2));
    private static final MethodHandle CLOSE = downcall("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle IOCTL_PTR = downcall("ioctl",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle IOCTL_LONG = downcall("ioctl",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_LONG), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle MMAP = downcall("mmap",
            FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG));
    private static final MethodHandle MUNMAP = downcall("munmap", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle EVENTFD = downcall("eventfd", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle POLL = downcall("poll", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
    private static final MethodHandle READ = downcall("read", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle WRITE = downcall("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle PREAD = downcall("pread",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle PWRITE = downcall("pwrite",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle STRERROR = LINKER.downcallHandle(LIBC.find("strerror").orElseThrow(),
            FunctionDescriptor.of(ADDRESS, JAVA_INT));

    /** One errno capture buffer per thread: allocating one per call would dominate short ioctls. */
    private static final ThreadLocal<MemorySegment> CAPTURED = ThreadLocal
            .withInitial(() -> Arena.ofAuto().allocate(CAPTURE));

    private LibC() {
    }

    private static MethodHandle downcall(String name, FunctionDescriptor descriptor, Linker.Option... extra) {
        Linker.Option[] options = new Linker.Option[extra.length + 1];
        options[0] = ERRNO_OPTION;
        System.arraycopy(extra, 0, options, 1, extra.length);
        MemorySegment symbol = LIBC.find(name)
                .orElseThrow(() -> new UnsatisfiedLinkError("libc has no symbol " + name));
        MethodHandle handle = LINKER.downcallHandle(symbol, descriptor, options);
        return handle;
    }

    private static int errno(MemorySegment captured) {
        return (int) ERRNO.get(captured, 0L);
    }

    public static String strerror(int errno) {
        try {
            MemorySegment text = (MemorySegment) STRERROR.invokeExact(errno);
            return text.reinterpret(512).getString(0);
        } catch (Throwable e) {
            return "errno " + errno;
        }
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

    public static int open(String path, int flags) throws NativeException {
        MemorySegment c = CAPTURED.get();
        try (Arena arena = Arena.ofConfined()) {
            int fd = (int) OPEN.invokeExact(c, arena.allocateFrom(path), flags | O_CLOEXEC, 0);
            if (fd < 0) {
                throw failure("open " + path, c);
            }
            return fd;
        } catch (NativeException e) {
            throw e;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** Closes quietly: close errors on VFIO/eventfd descriptors carry no information for the caller. */
    public static void close(int fd) {
        if (fd < 0) {
            return;
        }
        try {
            int r = (int) CLOSE.invokeExact(CAPTURED.get(), fd);
            assert r == 0 || r == -1;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** ioctl with a pointer argument; returns the ioctl's non-negative result. */
    public static int ioctl(int fd, long request, MemorySegment arg, String what) throws NativeException {
        MemorySegment c = CAPTURED.get();
        int r;
        try {
            r = (int) IOCTL_PTR.invokeExact(c, fd, request, arg);
        } catch (Throwable t) {
            throw unexpected(t);
        }
        if (r < 0) {
            throw failure(what, c);
        }
        return r;
    }

    /** ioctl with an integer argument passed by value (CHECK_EXTENSION, SET_IOMMU, GET_API_VERSION). */
    public static int ioctl(int fd, long request, long arg, String what) throws NativeException {
        MemorySegment c = CAPTURED.get();
        int r;
        try {
            r = (int) IOCTL_LONG.invokeExact(c, fd, request, arg);
        } catch (Throwable t) {
            throw unexpected(t);
        }
        if (r < 0) {
            throw failure(what, c);
        }
        return r;
    }

    public static MemorySegment mmap(int fd, long size, int prot, int flags, long offset, String what)
            throws NativeException {
        MemorySegment c = CAPTURED.get();
        MemorySegment address;
        try {
            address = (MemorySegment) MMAP.invokeExact(c, MemorySegment.NULL, size, prot, flags, fd, offset);
        } catch (Throwable t) {
            throw unexpected(t);
        }
        if (address.address() == -1L) {
            throw failure(what, c);
        }
        return address.reinterpret(size);
    }

    public static void munmap(MemorySegment mapping) {
        try {
            int r = (int) MUNMAP.invokeExact(CAPTURED.get(), mapping, mapping.byteSize());
            assert r == 0 || r == -1;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    public static int eventfd(int initial, int flags) throws NativeException {
        MemorySegment c = CAPTURED.get();
        int fd;
        try {
            fd = (int) EVENTFD.invokeExact(c, initial, flags);
        } catch (Throwable t) {
            throw unexpected(t);
        }
        if (fd < 0) {
            throw failure("eventfd", c);
        }
        return fd;
    }

    /** poll() on one descriptor for POLLIN; returns true when it is readable within the timeout. */
    public static boolean pollIn(int fd, int timeoutMillis) throws NativeException {
        MemorySegment c = CAPTURED.get();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = arena.allocate(POLLFD);
            p.set(JAVA_INT, 0, fd);
            p.set(JAVA_SHORT, 4, POLLIN);
            while (true) {
                int r = (int) POLL.invokeExact(c, p, 1L, timeoutMillis);
                if (r < 0 && errno(c) == EINTR) {
                    continue;
                }
                if (r < 0) {
                    throw failure("poll", c);
                }
                return r > 0 && (p.get(JAVA_SHORT, 6) & POLLIN) != 0;
            }
        } catch (NativeException e) {
            throw e;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    public static long read(int fd, MemorySegment buffer, String what) throws NativeException {
        MemorySegment c = CAPTURED.get();
        long n;
        try {
            n = (long) READ.invokeExact(c, fd, buffer, buffer.byteSize());
        } catch (Throwable t) {
            throw unexpected(t);
        }
        if (n < 0) {
            throw failure(what, c);
        }
        return n;
    }

    public static long write(int fd, MemorySegment buffer, String what) throws NativeException {
        MemorySegment c = CAPTURED.get();
        long n;
        try {
            n = (long) WRITE.invokeExact(c, fd, buffer, buffer.byteSize());
        } catch (Throwable t) {
            throw unexpected(t);
        }
        if (n < 0) {
            throw failure(what, c);
        }
        return n;
    }

    public static long pread(int fd, MemorySegment buffer, long offset, String what) throws NativeException {
        MemorySegment c = CAPTURED.get();
        long n;
        try {
            n = (long) PREAD.invokeExact(c, fd, buffer, buffer.byteSize(), offset);
        } catch (Throwable t) {
            throw unexpected(t);
        }
        if (n < 0) {
            throw failure(what, c);
        }
        return n;
    }

    public static long pwrite(int fd, MemorySegment buffer, long offset, String what) throws NativeException {
        MemorySegment c = CAPTURED.get();
        long n;
        try {
            n = (long) PWRITE.invokeExact(c, fd, buffer, buffer.byteSize(), offset);
        } catch (Throwable t) {
            throw unexpected(t);
        }
        if (n < 0) {
            throw failure(what, c);
        }
        return n;
    }
}
