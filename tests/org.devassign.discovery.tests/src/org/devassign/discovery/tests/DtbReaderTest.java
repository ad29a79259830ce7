package org.devassign.discovery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.devassign.discovery.devicetree.DeviceTree;
import org.devassign.discovery.fdt.DtbFormatException;
import org.devassign.discovery.fdt.DtbReader;
import org.devassign.model.io.ModelFileException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DTB reader on well-formed trees (dtc's output) and on every kind of broken one: each broken
 * input gives a DtbFormatException naming the file and byte offset, never another exception or a hang.
 */
class DtbReaderTest {

    @TempDir
    Path dir;

    private Path dtb;
    private byte[] good;

    @BeforeEach
    void compileWithDtc() throws Exception {
        TestFiles.dtsSources(dir);
        dtb = Oracles.dtcCompile(dir.resolve("plain.dts"), dir.resolve("plain.dtb"));
        good = Files.readAllBytes(dtb);
    }

    @Test
    void readsWhatDtcWrites() throws Exception {
        DeviceTree tree = DtbReader.read(dtb);
        assertEquals("Plain", tree.root().string("model"));
        assertEquals(0x10000, tree.node("/bus@10000").property("ranges").cell(1));
        assertEquals(List.of("acme,extra"), tree.node("/bus@10000/device@400").strings("compatible"));
    }

    @Test
    void version16TreesAreRead() throws Exception {
        Path v16 = dir.resolve("v16.dtb");
        Oracles.run(60, "dtc", "-q", "-I", "dtb", "-O", "dtb", "-V", "16", "-o", v16.toString(), dtb.toString());
        assertEquals(16, ByteBuffer.wrap(Files.readAllBytes(v16)).getInt(20));
        assertEquals(List.of(), TestFiles.differences(DtbReader.read(dtb), DtbReader.read(v16)));
    }

    @Test
    void headerProblemsAreNamedWithTheirOffset() {
        assertError(new byte[0], 0, "fewer than a DTB header");
        assertError(Arrays.copyOf(good, 20), 0, "fewer than a DTB header");
        assertError(with(good, 0, 0x12345678), 0, "magic is 0x12345678");
        assertError(with(good, 20, 15), 20, "version 15 is too old");
        assertError(with(with(good, 20, 18), 24, 18), 24, "version 18");
        assertError(with(good, 4, good.length + 1), 4, "truncated");
        assertError(Arrays.copyOf(good, good.length - 8), 4, "truncated");
        assertError(with(good, 8, good.length + 64), 8, "structure block");
        assertError(with(good, 12, good.length - 2), 12, "strings block");
        assertError(with(good, 16, 3), 16, "memory reservation");
    }

    @Test
    void structureProblemsAreNamedWithTheirOffset() {
        int struct = ByteBuffer.wrap(good).getInt(8);
        assertError(with(good, struct, 7), struct, "unknown structure token 0x00000007");
        assertError(with(good, struct, 2), struct, "FDT_END_NODE without an open node");
        // the first property's name offset beyond the strings block
        int firstProp = struct + 8; // BEGIN_NODE + empty root name (padded)
        assertEquals(3, ByteBuffer.wrap(good).getInt(firstProp), "the root's first token is a property");
        assertError(with(good, firstProp + 8, 0x7fff0000), firstProp, "outside the");
        assertError(with(good, firstProp + 4, 0x7fffffff), firstProp, "past the end of the structure block");
    }

    @Test
    void everyTruncationAndRandomCorruptionFailsCleanly() throws Exception {
        int failures = 0;
        for (int length = 0; length < good.length; length += 3) {
            byte[] cut = Arrays.copyOf(good, length);
            fixSizes(cut);
            failures += readCleanly(cut) ? 0 : 1;
        }
        assertTrue(failures > good.length / 6, "truncated trees are refused, not read");
        Random random = new Random(42);
        for (int round = 0; round < 3000; round++) {
            byte[] bad = good.clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                bad[random.nextInt(bad.length)] ^= (byte) (1 << random.nextInt(8));
            }
            readCleanly(bad);
        }
    }

    @Test
    void aMissingFileIsAClearError() {
        ModelFileException e = assertThrows(ModelFileException.class, () -> DtbReader.read(dir.resolve("none.dtb")));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    /** Reads a corrupt tree: success or a DtbFormatException are fine, anything else fails; returns true on success. */
    private boolean readCleanly(byte[] bytes) {
        long start = System.nanoTime();
        try {
            DtbReader.read(dir.resolve("fuzz.dtb"), bytes);
            return true;
        } catch (DtbFormatException e) {
            assertTrue(e.getMessage().startsWith(dir.resolve("fuzz.dtb") + ": at byte "), e.getMessage());
            return false;
        } catch (RuntimeException e) {
            throw new AssertionError("a corrupt DTB made the reader throw " + e, e);
        } finally {
            if (System.nanoTime() - start > 1_000_000_000L) {
                fail("reading a " + bytes.length + "-byte corrupt DTB took over a second");
            }
        }
    }

    /** Keeps a truncated copy's header consistent with its length where it can, so the walk is exercised too. */
    private static void fixSizes(byte[] cut) {
        if (cut.length >= 8) {
            ByteBuffer.wrap(cut).putInt(4, cut.length);
        }
        if (cut.length >= 40) {
            ByteBuffer buffer = ByteBuffer.wrap(cut);
            int struct = buffer.getInt(8);
            if (struct < cut.length) {
                buffer.putInt(36, Math.max(0, Math.min(buffer.getInt(36), cut.length - struct)));
            }
        }
    }

    private void assertError(byte[] bytes, long offset, String text) {
        Path file = dir.resolve("bad.dtb");
        DtbFormatException e = assertThrows(DtbFormatException.class, () -> DtbReader.read(file, bytes));
        assertEquals(offset, e.offset(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ": at byte " + offset + " "), e.getMessage());
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }

    private static byte[] with(byte[] bytes, int offset, int value) {
        byte[] copy = bytes.clone();
        ByteBuffer.wrap(copy).putInt(offset, value);
        return copy;
    }
}
