package org.devassign.agent.nativeio;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * How DevAssign binds a libc function, the pattern of jextract's output, shared by {@link LibC} and
 * the hand-off's socket calls: one exact {@link FunctionDescriptor} per C function (variadic
 * arguments declared as such), its handle created once in a holder class of its own, and errno
 * captured by the call itself (the JVM may change errno afterwards, so reading it later is wrong).
 *
 * <p>Why a holder class per function ({@code private static final class Open { static final
 * MethodHandle HANDLE = ... }}) rather than one static field each: the JVM links a downcall stub per
 * distinct descriptor when the handle is created, about 10-70 ms each on a host and about a second
 * each under QEMU's TCG; a holder is initialised on the first call, so a process pays only for the
 * functions it calls, and the handle is still a constant the JIT inlines.
 */
public final class Downcalls {

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final StructLayout ERRNO_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = ERRNO_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");

    /** One errno buffer per thread: allocating one per call would dominate short ioctls. */
    private static final ThreadLocal<MemorySegment> STATE = ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(ERRNO_STATE));

    private Downcalls() {
    }

    /**
     * A handle on the libc function {@code name} that sets errno: its first parameter is the errno
     * buffer ({@link #errnoState()}), then the C parameters.
     */
    public static MethodHandle capturingErrno(String name, FunctionDescriptor function, Linker.Option... options) {
        Linker.Option[] all = Arrays.copyOf(options, options.length + 1);
        all[options.length] = CAPTURE_ERRNO;
        return LINKER.downcallHandle(symbol(name), function, all);
    }

    /** A handle on a libc function that cannot fail (strerror). */
    public static MethodHandle plain(String name, FunctionDescriptor function) {
        return LINKER.downcallHandle(symbol(name), function);
    }

    private static MemorySegment symbol(String name) {
        return LIBC.find(name).orElseThrow(() -> new UnsatisfiedLinkError("libc has no symbol " + name));
    }

    /** This thread's errno buffer, passed as the first argument of a {@link #capturingErrno} handle. */
    public static MemorySegment errnoState() {
        return STATE.get();
    }

    /** The errno the last call on this buffer left. */
    public static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    /**
     * What {@code invokeExact} threw: a downcall throws nothing checked, so anything else than a
     * RuntimeException or an Error (rethrown as they are) is a bug of the binding.
     */
    public static RuntimeException unexpected(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException("a downcall threw " + t, t);
    }

    /**
     * For a {@code catch (Throwable t)} around code that calls downcalls and throws {@code declared}
     * itself: {@code t} when it is one of those, to be thrown on; anything else as {@link #unexpected}.
     */
    public static <X extends Exception> X passThrough(Throwable t, Class<X> declared) {
        if (declared.isInstance(t)) {
            return declared.cast(t);
        }
        throw unexpected(t);
    }

    /** Native segments only: a heap array has no address C could use. */
    public static MemorySegment requireNative(MemorySegment segment) {
        if (!segment.isNative()) {
            throw new IllegalArgumentException("a heap segment cannot be passed to C: allocate it from an Arena");
        }
        return segment;
    }
}
