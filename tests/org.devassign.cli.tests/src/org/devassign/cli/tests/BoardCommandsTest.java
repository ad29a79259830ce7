package org.devassign.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.devassign.testing.RepoFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code devassign show} and {@code devassign validate} on boards. */
class BoardCommandsTest {

    @TempDir
    Path dir;

    @Test
    void showPrintsTheBoardAsATree() {
        CliRun run = CliRun.of("show", RepoFiles.example("vm-q35.board").toString());
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().split("\n");
        assertTrue(lines[0].startsWith("vm-q35 (x86_64, Linux"), lines[0]);
        assertEquals("├── Devices (12)", lines[1]);
        assertTrue(run.out().contains("│   ├── edu0  0000:00:05.0  [1234:11e8]  (no driver)\n"), run.out());
        assertTrue(run.out().contains("└── IOMMU groups (8)\n"), run.out());
    }

    @Test
    void validateAcceptsTheExamples() {
        CliRun run = CliRun.of("validate", RepoFiles.example("vm-q35.board").toString(),
                RepoFiles.example("vm-microvm.board").toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals("", run.out());
        assertEquals("2 files checked: 0 errors, 0 warnings\n", run.err());
    }

    @Test
    void validateReportsEachProblemWithFileAndElement() throws Exception {
        String example = Files.readString(RepoFiles.example("vm-q35.board"));
        Path bad = Files.writeString(dir.resolve("bad.board"),
                example.replace("name=\"BAR0\" base=\"4265607168\"", "name=\"BAR0\" base=\"4265609216\""));
        CliRun run = CliRun.of("validate", bad.toString());
        assertEquals(1, run.exitCode());
        assertEquals(bad + ": error: The region BAR0 (index 0) of device edu0 (0000:00:05.0) is marked mmappable but its base "
                + "0xfe400800 is not aligned to the 4 KiB page: the kernel will not offer mmap for it. Clear 'mmappable' and use "
                + "read/write access, or fix the base and size.\n", run.out());
        assertEquals("1 file checked: 1 error, 0 warnings\n", run.err());
    }

    @Test
    void validateNamesTheLineOfAnUnreadableFile() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.board"), "<?xml version=\"1.0\"?>\n<devassign:Board\n");
        CliRun run = CliRun.of("validate", broken.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().startsWith(broken + ":3:"), run.out());
        assertTrue(run.out().contains(": error: "), run.out());
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhatIsWrong() {
        CliRun unknownCommand = CliRun.of("deplyo");
        assertEquals(2, unknownCommand.exitCode());
        assertTrue(unknownCommand.err().contains("unknown command 'deplyo'"), unknownCommand.err());

        CliRun unknownOption = CliRun.of("show", "--colour", "x.board");
        assertEquals(2, unknownOption.exitCode());
        assertTrue(unknownOption.err().startsWith("devassign show: unknown option --colour\nusage: devassign show"),
                unknownOption.err());

        CliRun missingFile = CliRun.of("show", dir.resolve("none.board").toString());
        assertEquals(1, missingFile.exitCode());
        assertTrue(missingFile.err().contains("none.board: no such board file"), missingFile.err());
    }

    @Test
    void helpListsEveryCommand() {
        CliRun run = CliRun.of("help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("  show "), run.out());
        assertTrue(run.out().contains("  validate "), run.out());
        for (String verb : new String[] { "generate", "fmt", "lsp" }) {
            assertTrue(run.out().contains("  " + verb + " "), run.out());
        }
    }
}
