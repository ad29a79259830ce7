package org.devassign.agent.tests;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.devassign.agent.nativeio.LibC;
import org.devassign.agent.nativeio.NativeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The libc bindings against this machine's kernel: data through real descriptors and mappings,
 * errno captured at the call (and per thread), the kernel's own errno values and texts. What a call
 * changed is checked through the kernel's other views: the file's contents, /proc/self/fdinfo,
 * /proc/self/fd and /proc/self/maps.
 */
class LibCTest {

    private static final int EBADF = 9;
    private static final int ENOENT = 2;
    private static final int ENOTTY = 25;
    private static final int EINVAL = 22;
    private static final long FIONREAD = 0x541B;
    private static final long FIONCLEX = 0x5450;
    private static final long FIOCLEX = 0x5451;
    private static final int O_CLOEXEC_FDINFO = 02000000;

    @TempDir
    Path dir;

    @Test
    void errnoIsCapturedAtTheCallAndNamed() {
        NativeException e = assertThrows(NativeException.class, () -> LibC.open("/nonexistent/vfio", LibC.O_RDWR));
        assertEquals(ENOENT, e.errno());
        assertEquals("open /nonexistent/vfio", e.call());
        assertEquals("open /nonexistent/vfio: No such file or directory (errno 2)", e.getMessage());
    }

    @Test
    void aBadDescriptorGivesEbadfOnEveryCallThatTakesOne() throws Exception {
        int bad = Integer.MAX_VALUE;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(8);
            assertEquals(EBADF, assertThrows(NativeException.class, () -> LibC.read(bad, buf, "read")).errno());
            assertEquals(EBADF, assertThrows(NativeException.class, () -> LibC.write(bad, buf, "write")).errno());
            assertEquals(EBADF, assertThrows(NativeException.class, () -> LibC.pread(bad, buf, 0, "pread")).errno());
            assertEquals(EBADF, assertThrows(NativeException.class, () -> LibC.pwrite(bad, buf, 0, "pwrite")).errno());
            assertEquals(EBADF, assertThrows(NativeException.class, () -> LibC.ioctl(bad, FIONREAD, buf, "FIONREAD")).errno());
            assertEquals(EBADF, assertThrows(NativeException.class, () -> LibC.ioctl(bad, FIOCLEX, 0L, "FIOCLEX")).errno());
            assertEquals(EBADF, assertThrows(NativeException.class,
                    () -> LibC.mmap(bad, 4096, LibC.PROT_READ, LibC.MAP_SHARED, 0, "mmap")).errno());
            NativeException e = assertThrows(NativeException.class, () -> LibC.read(bad, buf, "read eventfd"));
            assertEquals("read eventfd: Bad file descriptor (errno 9)", e.getMessage());
        }
    }

    @Test
    void errnoIsCapturedPerThread() throws Exception {
        // two threads failing with different errnos at the same time: each sees its own
        CompletableFuture<List<Integer>> enoent = new CompletableFuture<>();
        CompletableFuture<List<Integer>> einval = new CompletableFuture<>();
        Thread a = Thread.ofPlatform().start(() -> enoent.complete(failures(() -> LibC.open("/nonexistent", LibC.O_RDONLY))));
        Thread b = Thread.ofPlatform().start(() -> einval.complete(failures(() -> LibC.eventfd(0, -1))));
        a.join(60_000);
        b.join(60_000);
        assertEquals(List.of(ENOENT), enoent.getNow(List.of()));
        assertEquals(List.of(EINVAL), einval.getNow(List.of()));
    }

    private interface Call {
        void run() throws NativeException;
    }

    /** The distinct errnos of 5000 calls that fail. */
    private static List<Integer> failures(Call call) {
        return Stream.generate(() -> {
            try {
                call.run();
                return -1;
            } catch (NativeException e) {
                return e.errno();
            }
        }).limit(5000).distinct().toList();
    }

    @Test
    void strerrorIsTheCLibrarysText() {
        assertEquals("No such file or directory", LibC.strerror(ENOENT));
        assertEquals("Bad file descriptor", LibC.strerror(EBADF));
        assertEquals("Inappropriate ioctl for device", LibC.strerror(ENOTTY));
        assertEquals("Unknown error 4242", LibC.strerror(4242));
    }

    @Test
    void openWriteReadAndCloseRoundTripThroughAFile() throws Exception {
        Path file = dir.resolve("data");
        Files.createFile(file);
        byte[] text = "devassign".getBytes(StandardCharsets.US_ASCII);
        int fd = LibC.open(file.toString(), LibC.O_RDWR);
        Path link = Path.of("/proc/self/fd/" + fd);
        try (Arena arena = Arena.ofConfined()) {
            assertEquals(file.toRealPath(), Files.readSymbolicLink(link));
            MemorySegment out = arena.allocateFrom(JAVA_BYTE, text);
            assertEquals(text.length, LibC.write(fd, out, "write"));
        } finally {
            LibC.close(fd);
        }
        assertFalse(Files.exists(link) && Files.readSymbolicLink(link).equals(file.toRealPath()), "close released " + link);
        assertArrayEquals(text, Files.readAllBytes(file));

        int again = LibC.open(file.toString(), LibC.O_RDONLY);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment in = arena.allocate(4);
            assertEquals(4, LibC.read(again, in, "read"));
            assertEquals("deva", new String(in.toArray(JAVA_BYTE), StandardCharsets.US_ASCII));
            MemorySegment rest = arena.allocate(64);
            assertEquals(5, LibC.read(again, rest, "read"), "read continues at the file position");
            assertEquals(0, LibC.read(again, rest, "read"), "end of file");
        } finally {
            LibC.close(again);
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
            assertEquals(2, LibC.pread(fd, arena.allocate(4), 6, "pread"), "a short read at the end");
        } finally {
            LibC.close(fd);
        }
        assertArrayEquals(new byte[] { 1, 2, 0x0d, 0x0c, 0x0b, 0x0a, 7, 8 }, Files.readAllBytes(f));
    }

    @Test
    void ioctlPassesAPointerOrAValueAsTheCallNeeds() throws Exception {
        Path f = dir.resolve("data");
        Files.write(f, new byte[8]);
        int fd = LibC.open(f.toString(), LibC.O_RDONLY);
        try (Arena arena = Arena.ofConfined()) {
            // FIONREAD writes the bytes left to read through its pointer argument
            MemorySegment left = arena.allocate(JAVA_INT);
            assertEquals(0, LibC.ioctl(fd, FIONREAD, left, "FIONREAD"));
            assertEquals(8, left.get(JAVA_INT, 0));
            LibC.read(fd, arena.allocate(3), "read");
            LibC.ioctl(fd, FIONREAD, left, "FIONREAD");
            assertEquals(5, left.get(JAVA_INT, 0));
            // FIONCLEX / FIOCLEX take no argument (a value): open set O_CLOEXEC, the kernel shows it in fdinfo
            assertTrue(closeOnExec(fd));
            assertEquals(0, LibC.ioctl(fd, FIONCLEX, 0L, "FIONCLEX"));
            assertFalse(closeOnExec(fd));
            LibC.ioctl(fd, FIOCLEX, 0L, "FIOCLEX");
            assertTrue(closeOnExec(fd));
        } finally {
            LibC.close(fd);
        }
        int devNull = LibC.open("/dev/null", LibC.O_RDWR);
        try {
            NativeException e = assertThrows(NativeException.class, () -> LibC.ioctl(devNull, 0x3b64, 0L, "VFIO_GET_API_VERSION"));
            assertEquals(ENOTTY, e.errno(), e.getMessage());
        } finally {
            LibC.close(devNull);
        }
    }

    private static boolean closeOnExec(int fd) throws IOException {
        String flags = Files.readAllLines(Path.of("/proc/self/fdinfo/" + fd)).stream().filter(l -> l.startsWith("flags:"))
                .findFirst().orElseThrow().substring("flags:".length()).strip();
        return (Integer.parseInt(flags, 8) & O_CLOEXEC_FDINFO) != 0;
    }

    @Test
    void anEventfdCountsAndPollSeesIt() throws Exception {
        int efd = LibC.eventfd(5, LibC.EFD_CLOEXEC | LibC.EFD_NONBLOCK);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment v = arena.allocate(JAVA_LONG);
            assertTrue(LibC.pollIn(efd, 0), "the initial value 5 makes it readable");
            assertEquals(8, LibC.read(efd, v, "read"));
            assertEquals(5, v.get(JAVA_LONG, 0));
            assertFalse(LibC.pollIn(efd, 0), "reading reset the counter");
            v.set(JAVA_LONG, 0, 3);
            LibC.write(efd, v, "write");
            LibC.write(efd, v, "write");
            assertTrue(LibC.pollIn(efd, 1000));
            assertEquals(8, LibC.read(efd, v, "read"));
            assertEquals(6, v.get(JAVA_LONG, 0), "writes add up");
            NativeException again = assertThrows(NativeException.class, () -> LibC.read(efd, v, "read"));
            assertEquals(LibC.EAGAIN, again.errno());
        } finally {
            LibC.close(efd);
        }
    }

    @Test
    void pollWaitsForItsTimeoutOrForTheEvent() throws Exception {
        int efd = LibC.eventfd(0, LibC.EFD_CLOEXEC | LibC.EFD_NONBLOCK);
        try {
            long start = System.nanoTime();
            assertFalse(LibC.pollIn(efd, 200));
            assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(190), "poll returned before its timeout");

            CompletableFuture<Void> signal = CompletableFuture.runAsync(() -> {
                try (Arena arena = Arena.ofConfined()) {
                    Thread.sleep(100);
                    LibC.write(efd, arena.allocateFrom(JAVA_LONG, 1L), "write");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertTrue(LibC.pollIn(efd, 60_000), "a write from another thread wakes poll");
            signal.get(60, TimeUnit.SECONDS);
        } finally {
            LibC.close(efd);
        }
    }

    @Test
    void aFileIsMappedSharedWrittenThroughAndUnmapped() throws Exception {
        Path f = dir.resolve("mapped");
        Files.write(f, new byte[8192]);
        int fd = LibC.open(f.toString(), LibC.O_RDWR);
        MemorySegment m;
        try {
            m = LibC.mmap(fd, 4096, LibC.PROT_READ | LibC.PROT_WRITE, LibC.MAP_SHARED, 4096, "mmap");
        } finally {
            LibC.close(fd);
        }
        assertEquals(0, m.address() % 4096);
        assertEquals(4096, m.byteSize());
        assertTrue(mapped(f), f + " is in /proc/self/maps");
        m.set(JAVA_LONG, 8, 0x1122334455667788L);
        LibC.munmap(m);
        assertFalse(mapped(f), "munmap removed the mapping");
        byte[] contents = Files.readAllBytes(f);
        assertEquals((byte) 0x88, contents[4096 + 8], "the write went to the file at offset 4096 + 8");
        assertEquals((byte) 0x11, contents[4096 + 15]);

        NativeException e = assertThrows(NativeException.class,
                () -> LibC.mmap(-1, 4096, LibC.PROT_READ, LibC.MAP_SHARED | LibC.MAP_ANONYMOUS, 123, "mmap misaligned"));
        assertEquals(EINVAL, e.errno(), "an offset that is not page-aligned");
    }

    private static boolean mapped(Path file) throws IOException {
        String path = file.toRealPath().toString();
        return Files.readAllLines(Path.of("/proc/self/maps")).stream().anyMatch(l -> l.endsWith(" " + path));
    }

    @Test
    void warmUpCallsEveryBindingAndLeavesNoDescriptorOpen() throws Exception {
        List<String> before = warmUpDescriptors();
        assertDoesNotThrow(LibC::warmUp);
        assertEquals(before, warmUpDescriptors());
    }

    /** What /proc/self/fd points at that warmUp opens: /dev/null and eventfds. */
    private static List<String> warmUpDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.map(p -> {
                try {
                    return Files.readSymbolicLink(p).toString();
                } catch (IOException e) {
                    return "";
                }
            }).filter(t -> t.equals("/dev/null") || t.contains("eventfd")).sorted().toList();
        }
    }
}
