package org.devassign.agent.tests;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;

import org.devassign.agent.nativeio.LibC;
import org.devassign.agent.nativeio.NativeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The libc bindings on this machine: results, errno captured at the call, the kernel's own values. */
class LibCTest {

    @TempDir
    Path dir;

    @Test
    void errnoIsCapturedAtTheCallAndNamed() {
        NativeException e = assertThrows(NativeException.class, () -> LibC.open("/nonexistent/vfio", LibC.O_RDWR));
        assertEquals(2, e.errno());
        assertEquals("open /nonexistent/vfio: No such file or directory (errno 2)", e.getMessage());
    }

    @Test
    void ioctlOnANonVfioDescriptorFailsWithEnotty() throws Exception {
        int fd = LibC.open("/dev/null", LibC.O_RDWR);
        try {
            NativeException e = assertThrows(NativeException.class, () -> LibC.ioctl(fd, 0x3b64, 0L, "VFIO_GET_API_VERSION"));
            assertEquals(25, e.errno(), e.getMessage());
        } finally {
            LibC.close(fd);
        }
    }

    @Test
    void preadAndPwriteUseTheOffset() throws Exception {
        Path f = dir.resolve("data");
        Files.write(f, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 });
        int fd = LibC.open(f.toString(), LibC.O_RDWR);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(JAVA_INT);
            assertEquals(4, LibC.pread(fd, buf, 4, "pread"));
            assertEquals(0x08070605, buf.get(JAVA_INT, 0));
            buf.set(JAVA_INT, 0, 0x0a0b0c0d);
            assertEquals(4, LibC.pwrite(fd, buf, 2, "pwrite"));
        } finally {
            LibC.close(fd);
        }
        byte[] after = Files.readAllBytes(f);
        assertEquals(java.util.List.of(1, 2, 0x0d, 0x0c, 0x0b, 0x0a, 7, 8),
                java.util.stream.IntStream.range(0, 8).mapToObj(i -> (int) after[i]).toList());
    }

    @Test
    void anEventfdCountsAndPollSeesIt() throws Exception {
        int efd = LibC.eventfd(0, LibC.EFD_CLOEXEC | LibC.EFD_NONBLOCK);
        try (Arena arena = Arena.ofConfined()) {
            assertFalse(LibC.pollIn(efd, 0));
            MemorySegment v = arena.allocate(JAVA_LONG);
            v.set(JAVA_LONG, 0, 3);
            LibC.write(efd, v, "write");
            LibC.write(efd, v, "write");
            assertTrue(LibC.pollIn(efd, 1000));
            assertEquals(8, LibC.read(efd, v, "read"));
            assertEquals(6, v.get(JAVA_LONG, 0));
            NativeException again = assertThrows(NativeException.class, () -> LibC.read(efd, v, "read"));
            assertEquals(LibC.EAGAIN, again.errno());
        } finally {
            LibC.close(efd);
        }
    }

    @Test
    void anonymousMemoryIsMappedAndUnmapped() throws Exception {
        MemorySegment m = LibC.mmap(-1, 8192, LibC.PROT_READ | LibC.PROT_WRITE, LibC.MAP_PRIVATE | LibC.MAP_ANONYMOUS, 0,
                "mmap");
        assertEquals(0, m.address() % 4096);
        assertEquals(8192, m.byteSize());
        m.set(JAVA_LONG, 8184, 42);
        assertEquals(42, m.get(JAVA_LONG, 8184));
        LibC.munmap(m);
        LibC.warmUp();
    }
}
