package org.devassign.discovery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.devassign.discovery.devicetree.DeviceTree;
import org.devassign.discovery.devicetree.DtNode;
import org.devassign.discovery.dts.DtsReader;
import org.devassign.discovery.dts.DtsSyntaxException;
import org.devassign.discovery.fdt.DtbReader;
import org.devassign.model.io.ModelFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DTS reader against the reference compiler: the same sources compiled by dtc (after cpp, as the
 * kernel's build does) and read by the DTS reader give identical trees, byte for byte, phandles
 * included. Plus the errors: file, line and column, and what to do.
 */
class DtsReaderTest {

    @TempDir
    Path dir;

    @Test
    void preprocessedBoardWithLabelsReferencesAndDeletionsEqualsWhatDtcCompiles() throws Exception {
        TestFiles.dtsSources(dir);
        Oracles.requireTool("cpp", "cpp");
        Path preprocessed = dir.resolve("board.pp.dts");
        Files.writeString(preprocessed, Oracles.run(60, "cpp", "-nostdinc", "-undef", "-D__DTS__", "-x", "assembler-with-cpp",
                "-I", dir.toString(), dir.resolve("board.dts").toString()));
        DeviceTree reference = DtbReader.read(Oracles.dtcCompile(preprocessed, dir.resolve("board.dtb")));

        DeviceTree ours = DtsReader.read(dir.resolve("board.dts"));

        assertEquals(List.of(), TestFiles.differences(reference, ours));
        DtNode uart = ours.node("/soc@0/serial@6000");
        assertEquals("okay", uart.string("status"), "the &uart0 amendment applies");
        assertFalse(uart.has("resets"), "/delete-property/ removes resets");
        assertNull(ours.node("/sram@2000000000"), "/delete-node/ &{/path} removes the node");
        assertEquals("/soc@0/serial@6000", ours.node("/chosen").string("stdout-path"), "&label in a value is the path");
        assertEquals(7, uart.property("interrupts").cell(1), "(3 + 4) evaluates");
        assertEquals(List.of("uart0"), uart.labels());
    }

    @Test
    void plainIncludesAndDeletionsEqualWhatDtcCompiles() throws Exception {
        TestFiles.dtsSources(dir);
        DeviceTree reference = DtbReader.read(Oracles.dtcCompile(dir.resolve("plain.dts"), dir.resolve("plain.dtb")));

        DeviceTree ours = DtsReader.read(dir.resolve("plain.dts"));

        assertEquals(List.of(), TestFiles.differences(reference, ours));
        assertNull(ours.node("/bus@10000/device@100"));
        assertFalse(ours.node("/bus@10000/device@0").has("obsolete"));
        assertTrue(ours.node("/bus@10000/device@400") != null, "&bus amends the node from the /include/d file");
    }

    @Test
    void valuesOfEveryKindMatchDtc() throws Exception {
        Path source = dir.resolve("values.dts");
        Files.writeString(source, """
                /dts-v1/;
                /memreserve/ 0x10000000 0x4000;
                / {
                    strings = "one", "two\\tthree", "q\\"uote", "\\x41\\101";
                    bytes = [00 01 ab CD], [ef];
                    cells = <1 0x10 017 'a' '\\n' (1 << 4) (0x100 >> 4 | 1) ((2 + 3) * 4 - 6 / 2 % 4) (1 ? 2 : 3) (~0 & 0xff) (-1)>;
                    sixteen = /bits/ 16 <0x1234 0xffff>;
                    sixtyfour = /bits/ 64 <0xdeadbeefcafe 1>;
                    empty;
                    compare = <(1 < 2) (2 <= 2) (3 > 4) (1 == 1) (1 != 1) (1 && 0) (0 || 1) (5 ^ 3) (!0)>;
                    lab: node@1 { reg = <1>; x = <&lab>, <&{/other}>; };
                    other { phandle = <0x20>; y = &lab; };
                };
                """);
        DeviceTree reference = DtbReader.read(Oracles.dtcCompile(source, dir.resolve("values.dtb")));

        DeviceTree ours = DtsReader.read(source);

        assertEquals(List.of(), TestFiles.differences(reference, ours));
        assertEquals(reference.reservations(), ours.reservations());
        assertEquals(List.of("one", "two\tthree", "q\"uote", "AA"), ours.root().strings("strings"));
    }

    @Test
    void syntaxErrorsNameFileLineAndColumn() throws Exception {
        Path source = dir.resolve("broken.dts");
        Files.writeString(source, "/dts-v1/;\n/ {\n    good = <1>;\n    bad = <1 2;\n};\n");
        DtsSyntaxException e = assertThrows(DtsSyntaxException.class, () -> DtsReader.read(source));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith(source + ":4:"), e.getMessage());
        assertTrue(e.getMessage().contains("expected"), e.getMessage());
    }

    @Test
    void undefinedLabelsAndMissingIncludesAreClearErrors() throws Exception {
        Path source = dir.resolve("undefined.dts");
        Files.writeString(source, "/dts-v1/;\n/ {\n    x = <&nowhere>;\n};\n");
        DtsSyntaxException e = assertThrows(DtsSyntaxException.class, () -> DtsReader.read(source));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("label 'nowhere'"), e.getMessage());

        Path including = dir.resolve("including.dts");
        Files.writeString(including, "/dts-v1/;\n/include/ \"missing.dtsi\"\n/ { };\n");
        e = assertThrows(DtsSyntaxException.class, () -> DtsReader.read(including));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("missing.dtsi"), e.getMessage());
    }

    @Test
    void errorsInsidePreprocessedIncludesPointAtTheIncludedFile() throws Exception {
        Oracles.requireTool("cpp", "cpp");
        Files.writeString(dir.resolve("part.dtsi"), "/ {\n    fine = <1>;\n    wrong = <1 2>\n};\n");
        Path source = dir.resolve("main.dts");
        Files.writeString(source, "/dts-v1/;\n#define X 1\n#include \"part.dtsi\"\n");
        DtsSyntaxException e = assertThrows(DtsSyntaxException.class, () -> DtsReader.read(source));
        assertTrue(e.file().toString().endsWith("part.dtsi"), e.getMessage());
        assertEquals(4, e.line(), e.getMessage());
    }

    @Test
    void hashIncludeWithoutCppIsAClearError() throws Exception {
        TestFiles.dtsSources(dir);
        String previous = System.setProperty("devassign.cpp", dir.resolve("no-such-cpp").toString());
        try {
            DtsSyntaxException e = assertThrows(DtsSyntaxException.class, () -> DtsReader.read(dir.resolve("board.dts")));
            assertEquals(3, e.line());
            assertTrue(e.getMessage().contains("#include") && e.getMessage().contains("apt-get install cpp"), e.getMessage());
        } finally {
            if (previous == null) {
                System.clearProperty("devassign.cpp");
            } else {
                System.setProperty("devassign.cpp", previous);
            }
        }
    }

    @Test
    void cppFailuresAreReportedWithCppsMessage() throws Exception {
        Oracles.requireTool("cpp", "cpp");
        Path source = dir.resolve("bad-include.dts");
        Files.writeString(source, "/dts-v1/;\n#include <dt-bindings/none.h>\n/ { };\n");
        ModelFileException e = assertThrows(ModelFileException.class, () -> DtsReader.read(source));
        assertTrue(e.getMessage().contains("none.h"), e.getMessage());
    }

    @Test
    void overlaysAndVersionlessSourcesAreRefused() throws Exception {
        Path overlay = dir.resolve("overlay.dts");
        Files.writeString(overlay, "/dts-v1/;\n/plugin/;\n&{/} { };\n");
        assertTrue(assertThrows(DtsSyntaxException.class, () -> DtsReader.read(overlay)).getMessage().contains("fdtoverlay"));
        Path old = dir.resolve("old.dts");
        Files.writeString(old, "/ { };\n");
        assertTrue(assertThrows(DtsSyntaxException.class, () -> DtsReader.read(old)).getMessage().contains("/dts-v1/"));
    }
}
