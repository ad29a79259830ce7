package org.devassign.agent.service.unix;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import org.devassign.agent.nativeio.Downcalls;

/**
 * What one thread needs to serve many sockets without blocking on any of them: poll(2), an eventfd
 * that wakes it, and accept4 that returns at once when no connection is waiting. Blocking calls
 * through java.lang.foreign pin a virtual thread to its carrier, so the hand-off does not give each
 * connection a thread of any kind: it polls them all from one.
 */
final class Poll {

    static final short POLLIN = 0x1;
    static final short POLLERR = 0x8;
    static final short POLLHUP = 0x10;
    static final short POLLNVAL = 0x20;
    static final int SOCK_NONBLOCK = 0x800;

    private static final int EFD_NONBLOCK = 0x800;
    private static final int EINTR = 4;
    private static final int ECONNABORTED = 103;
    private static final int POLLFD_SIZE = 8;

    /** int poll(struct pollfd *fds, nfds_t n, int timeout) */
    private static final class PollCall {
        static final MethodHandle HANDLE = Downcalls.capturingErrno("poll", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
    }

    /** int eventfd(unsigned int initval, int flags) */
    private static final class Eventfd {
        static final MethodHandle HANDLE = Downcalls.capturingErrno("eventfd", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /** ssize_t write(int fd, const void *buf, size_t n) and read(...), the same shape. */
    private static final class ReadWrite {
        static final FunctionDescriptor SHAPE = FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG);
        static final MethodHandle WRITE = Downcalls.capturingErrno("write", SHAPE);
        static final MethodHandle READ = Downcalls.capturingErrno("read", SHAPE);
    }

    /** int accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags) */
    private static final class Accept4 {
        static final MethodHandle HANDLE = Downcalls.capturingErrno("accept4",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    }

    private Poll() {
    }

    /**
     * Waits until one of {@code fds} can be read (or has failed), or {@code timeoutMillis} passed.
     * Returns each descriptor's revents (0: nothing happened to it); a signal ends the wait early with all 0.
     */
    static short[] poll(int[] fds, int timeoutMillis) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Downcalls.errnoState();
            MemorySegment pollfds = arena.allocate((long) POLLFD_SIZE * Math.max(1, fds.length), 4);
            for (int i = 0; i < fds.length; i++) {
                pollfds.set(JAVA_INT, (long) POLLFD_SIZE * i, fds[i]);
                pollfds.set(JAVA_SHORT, (long) POLLFD_SIZE * i + 4, POLLIN);
            }
            int rc = (int) PollCall.HANDLE.invokeExact(state, pollfds, (long) fds.length, timeoutMillis);
            short[] revents = new short[fds.length];
            if (rc < 0 && Downcalls.errno(state) == EINTR) {
                return revents;
            }
            if (rc < 0) {
                throw Native.failure("poll", state);
            }
            for (int i = 0; i < fds.length; i++) {
                revents[i] = pollfds.get(JAVA_SHORT, (long) POLLFD_SIZE * i + 6);
            }
            return revents;
        } catch (Throwable t) {
            throw Downcalls.passThrough(t, IOException.class);
        }
    }

    /** A non-blocking eventfd (close-on-exec) to wake a thread waiting in {@link #poll}. */
    static int eventfd() throws IOException {
        try {
            MemorySegment state = Downcalls.errnoState();
            int fd = (int) Eventfd.HANDLE.invokeExact(state, 0, Native.O_CLOEXEC | EFD_NONBLOCK);
            if (fd < 0) {
                throw Native.failure("eventfd", state);
            }
            return fd;
        } catch (Throwable t) {
            throw Downcalls.passThrough(t, IOException.class);
        }
    }

    /** Makes the eventfd readable: the waiting thread wakes. */
    static void signal(int eventfd) {
        transfer(ReadWrite.WRITE, eventfd);
    }

    /** Reads the eventfd's count back to 0. */
    static void drain(int eventfd) {
        transfer(ReadWrite.READ, eventfd);
    }

    private static void transfer(MethodHandle call, int eventfd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Downcalls.errnoState();
            MemorySegment value = arena.allocate(JAVA_LONG);
            value.set(JAVA_LONG, 0, 1L);
            long n = (long) call.invokeExact(state, eventfd, value, 8L);
        } catch (Throwable e) {
            // an eventfd read or write fails only when it would block: nothing to wake, or nothing to clear
        }
    }

    /** A waiting connection (non-blocking, close-on-exec), or -1 when there is none now. */
    static int accept(int listener) throws IOException {
        try {
            MemorySegment state = Downcalls.errnoState();
            int client = (int) Accept4.HANDLE.invokeExact(state, listener, MemorySegment.NULL, MemorySegment.NULL, Native.SOCK_CLOEXEC | SOCK_NONBLOCK);
            if (client < 0) {
                int errno = Downcalls.errno(state);
                if (errno == Native.EAGAIN || errno == EINTR || errno == ECONNABORTED) {
                    return -1;
                }
                throw Native.failure("accept", state);
            }
            return client;
        } catch (Throwable t) {
            throw Downcalls.passThrough(t, IOException.class);
        }
    }
}
