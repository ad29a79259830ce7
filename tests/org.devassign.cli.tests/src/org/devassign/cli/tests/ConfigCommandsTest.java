package org.devassign.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.devassign.testing.RepoFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code devassign validate|generate|fmt} on .assign configs, as CI runs them. */
class ConfigCommandsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void boards() throws Exception {
        Files.copy(RepoFiles.example("vm-q35.board"), dir.resolve("vm-q35.board"));
    }

    @Test
    void validatePrintsFileLineColumnSeverityMessageAndExitsOneOnErrors() throws Exception {
        Path config = Files.writeString(dir.resolve("c.assign"), "config c for \"vm-q35.board\"\nprobe p\nassign nic to p\n");
        CliRun run = CliRun.of("validate", config.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(config + ":3:8: error: The device nic (0000:00:02.0) is protected (agent-connection): it carries the agent's own"
                + " connection, and the board would become unreachable. It never leaves its host driver: remove it from this assignment.\n",
                run.out());
        assertEquals("1 file checked: 1 error, 0 warnings\n", run.err());

        CliRun json = CliRun.of("validate", "--format", "json", config.toString());
        assertEquals(1, json.exitCode());
        assertTrue(json.out().startsWith("[\n  {\"file\": \"" + config + "\", \"line\": 3, \"column\": 8, \"severity\": \"error\","
                + " \"code\": \"devassign.protected-device\", \"message\": \"The device nic (0000:00:02.0) is protected"), json.out());
        assertTrue(json.out().endsWith(", \"data\": [\"nic\", \"agent-connection\"]}\n]\n"), json.out());
    }

    @Test
    void validateSeesTheOtherConfigsOfTheFolder() throws Exception {
        Files.writeString(dir.resolve("a.assign"), "config a for \"vm-q35.board\"\nprobe p\nassign edu0 to p\n");
        Path b = Files.writeString(dir.resolve("b.assign"), "config b for \"vm-q35.board\"\nprobe q\nassign edu0 to q\n");
        CliRun run = CliRun.of("validate", b.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().startsWith(b + ":3:8: error: The device edu0 (0000:00:05.0) is assigned twice: here to q, and in a.assign line 3 to p."),
                run.out());
    }

    @Test
    void generateWritesWhatTheTargetToolTakesAndRefusesConfigsWithErrors() throws Exception {
        Path example = Files.copy(RepoFiles.example("vm-q35.assign"), dir.resolve("vm-q35.assign"));
        CliRun c = CliRun.of("generate", "--target", "c", example.toString());
        assertEquals(0, c.exitCode(), c.err());
        assertTrue(c.out().contains("#define DEVASSIGN_EDU_DRIVER_EDU1_BAR0_SIZE 0x100000ull\n"), c.out());

        CliRun written = CliRun.of("generate", "--target", "libvirt", "-o", dir.resolve("out").toString(), example.toString());
        assertEquals(0, written.exitCode(), written.err());
        assertTrue(Files.readString(dir.resolve("out/guest1.xml")).contains("<hostdev mode='subsystem' type='pci' managed='no'>"));

        Path bad = Files.writeString(dir.resolve("bad.assign"), "config bad for \"vm-q35.board\"\nprobe p\nassign edu9 to p\n");
        CliRun refused = CliRun.of("generate", "--target", "qemu", bad.toString());
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().startsWith("devassign generate: " + bad + " has 1 error: fix them first"), refused.err());

        CliRun usage = CliRun.of("generate", "--target", "vmware", example.toString());
        assertEquals(2, usage.exitCode());
        assertTrue(usage.err().contains("--target is one of qemu, libvirt, dts, c, persist"), usage.err());
    }

    @Test
    void fmtChecksAndRewrites() throws Exception {
        Path messy = Files.writeString(dir.resolve("m.assign"), "config m for \"vm-q35.board\"\nprobe p {memlock   1 MiB}\n");
        CliRun check = CliRun.of("fmt", "--check", messy.toString());
        assertEquals(1, check.exitCode());
        assertEquals(messy + "\n", check.out());
        assertEquals(0, CliRun.of("fmt", messy.toString()).exitCode());
        assertEquals("config m for \"vm-q35.board\"\nprobe p {\n\tmemlock 1 MiB\n}\n", Files.readString(messy));
        assertEquals(0, CliRun.of("fmt", "--check", messy.toString()).exitCode());
    }
}
