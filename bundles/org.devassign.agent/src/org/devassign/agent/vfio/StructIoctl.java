package org.devassign.agent.vfio;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;

import org.devassign.agent.nativeio.LibC;
import org.devassign.agent.nativeio.NativeException;

/**
 * The shape of nearly every VFIO and iommufd ioctl, written once: the argument is a struct whose first
 * u32 is its own size (argsz in vfio.h, size in iommufd.h), allocated, sized, filled in, passed by
 * pointer and read back. {@link #query} adds the argsz re-query of the GET_INFO ioctls: when the
 * answer (a capability chain) does not fit, the kernel raises argsz to what it needs, and the call is
 * made again with that much room.
 */
final class StructIoctl {

    /** The kernel never needs more room than this for an info struct and its capabilities. */
    static final int MAX_ARGSZ = 64 * 1024;

    /** Fills the fields of the struct other than its size. */
    @FunctionalInterface
    interface Fill {
        void into(MemorySegment struct);

        Fill NOTHING = struct -> {
        };
    }

    /** Reads the answer out of the struct; the segment is valid only during the call. */
    @FunctionalInterface
    interface Read<T> {
        T from(MemorySegment struct);
    }

    private StructIoctl() {
    }

    /** ioctl(fd, request, &struct) with the struct sized and filled; throws with the ioctl's name on failure. */
    static void call(int fd, long request, String name, StructLayout layout, Fill fill) throws NativeException {
        call(fd, request, name, layout, fill, struct -> null);
    }

    /** As {@link #call(int, long, String, StructLayout, Fill)}, returning what {@code read} makes of the answer. */
    static <T> T call(int fd, long request, String name, StructLayout layout, Fill fill, Read<T> read) throws NativeException {
        return call(fd, request, name, layout, 0, fill, read);
    }

    /** With {@code trailing} bytes after the fixed part, for a flexible array member (SET_IRQS's data[]), counted in argsz. */
    static <T> T call(int fd, long request, String name, StructLayout layout, long trailing, Fill fill, Read<T> read)
            throws NativeException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment struct = sized(arena, layout.byteSize() + trailing, layout);
            fill.into(struct);
            LibC.ioctl(fd, request, struct, name);
            return read.from(struct);
        }
    }

    /**
     * A GET_INFO ioctl whose answer may outgrow the struct: asks with the struct's size, and again with
     * the argsz the kernel answered while that is larger (at most {@value #MAX_ARGSZ} bytes). {@code read}
     * sees the whole buffer, capabilities included.
     */
    static <T> T query(int fd, long request, String name, StructLayout layout, Fill fill, Read<T> read) throws NativeException {
        try (Arena arena = Arena.ofConfined()) {
            long size = layout.byteSize();
            while (true) {
                MemorySegment buffer = sized(arena, size, layout);
                fill.into(buffer);
                LibC.ioctl(fd, request, buffer, name);
                long wanted = Integer.toUnsignedLong(buffer.get(JAVA_INT, 0));
                if (wanted <= size || wanted > MAX_ARGSZ) {
                    return read.from(buffer);
                }
                size = wanted;
            }
        }
    }

    /** The struct allocated in {@code arena}, its size field set, for the few ioctls that read it back after a failure. */
    static MemorySegment struct(Arena arena, StructLayout layout) {
        return sized(arena, layout.byteSize(), layout);
    }

    private static MemorySegment sized(Arena arena, long size, StructLayout layout) {
        MemorySegment struct = arena.allocate(size, Math.max(8, layout.byteAlignment()));
        struct.set(JAVA_INT, 0, (int) size);
        return struct;
    }
}
