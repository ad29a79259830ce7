package org.devassign.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code devassign discover}: device trees and sysfs to .board files, with the summary and warnings on stderr. */
class DiscoverCommandTest {

    private static final String SOURCE = """
            /dts-v1/;
            / {
                #address-cells = <1>;
                #size-cells = <1>;
                model = "CLI test board";
                gic: interrupt-controller@8000000 {
                    compatible = "arm,gic-400";
                    reg = <0x8000000 0x10000>;
                    interrupt-controller;
                    #interrupt-cells = <3>;
                };
                serial@9000000 {
                    compatible = "arm,pl011";
                    reg = <0x9000000 0x1000>;
                    interrupt-parent = <&gic>;
                    interrupts = <0 1 4>;
                };
                serial@9001000 {
                    compatible = "arm,pl011";
                    reg = <0x9001000 0x1000>;
                    status = "disabled";
                };
                mmio@a000000 {
                    compatible = "virtio,mmio";
                    reg = <0xa000000 0x200>;
                    interrupt-parent = <&gic>;
                    interrupts = <0 16 1>, <0 17 1 2>;
                };
            };
            """;

    @TempDir
    Path dir;

    @Test
    void aDtsBecomesABoardFileWithASummary() throws Exception {
        Path dts = Files.writeString(dir.resolve("test.dts"), SOURCE);
        Path board = dir.resolve("out/test.board");

        CliRun run = CliRun.of("discover", "--dts", dts.toString(), "-o", board.toString(), "--verbose");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("board test (dts): 3 devices (0 PCI, 3 platform), 3 regions, 3 interrupts"), run.err());
        assertTrue(run.err().contains("1 device-tree nodes with reg and compatible skipped (1 disabled):"), run.err());
        assertTrue(run.err().contains("skipped /serial@9001000: disabled"), run.err());
        assertTrue(run.err().contains("warning: " + dts + ": /mmio@a000000: 'interrupts' has 28 bytes"), run.err());
        assertEquals("", run.out());

        CliRun show = CliRun.of("show", board.toString());
        assertEquals(0, show.exitCode(), show.err());
        assertTrue(show.out().contains("9000000.serial  arm,pl011"), show.out());
        assertEquals(0, CliRun.of("validate", board.toString()).exitCode());
    }

    @Test
    void aBrokenDtbIsAnErrorNamingFileAndOffset() throws Exception {
        Path dtb = Files.write(dir.resolve("broken.dtb"), new byte[] { (byte) 0xd0, 0x0d, (byte) 0xfe, (byte) 0xed, 0, 0, 0, 1 });
        CliRun run = CliRun.of("discover", "--dtb", dtb.toString(), "-o", dir.resolve("x.board").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("devassign discover: " + dtb + ": at byte 0 (0x0): the file has 8 bytes"), run.err());
        assertTrue(Files.notExists(dir.resolve("x.board")), "nothing is written when the input cannot be read");
    }

    @Test
    void thisMachinesSysBecomesABoard() {
        Path board = dir.resolve("live.board");
        CliRun run = CliRun.of("discover", "--sysfs", "/", "-o", board.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("(sysfs, "), run.err());
        assertTrue(Files.exists(board));
    }

    @Test
    void exactlyOneInputIsRequired() {
        CliRun none = CliRun.of("discover", "-o", "x.board");
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("name exactly one input"), none.err());
        CliRun two = CliRun.of("discover", "--dtb", "a.dtb", "--dts", "b.dts", "-o", "x.board");
        assertEquals(2, two.exitCode());
        CliRun noOutput = CliRun.of("discover", "--dtb", "a.dtb");
        assertEquals(2, noOutput.exitCode());
        assertTrue(noOutput.err().contains("-o BOARD.board"), noOutput.err());
    }
}
