package org.devassign.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.devassign.dsl.validation.IssueCodes;
import org.devassign.dsl.workspace.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A device assigned many times is reported once per file, with a bounded list of its other places:
 * 5,000 copies of one line used to give one report per pair (12.5 million lines).
 */
class DuplicateReportsTest {

    private static final int COPIES = 5_000;

    @TempDir
    Path dir;

    @Test
    void fiveThousandCopiesOfOneAssignmentAreOneProblem() {
        StringBuilder text = new StringBuilder("config c for \"vm-q35.board\"\nprobe agent\n");
        text.append("assign edu0 to agent\n".repeat(COPIES));
        Mistakes.Run run = new Mistakes.Mistake("copies", Map.of("c.assign", text.toString().getBytes(StandardCharsets.UTF_8)),
                List.of("validate", "c.assign"), 1, List.of()).run(dir);
        assertEquals(List.of("c.assign:4:8: error: The device edu0 (0000:00:05.0) is assigned 5000 times: here to agent, and on line 3 to"
                + " agent, on line 5 to agent, on line 6 to agent, on line 7 to agent, and 4995 more places. A device goes to one consumer:"
                + " keep one of the assignments."), run.out());
        assertEquals(1, run.exitCode());
        assertEquals("1 file checked: 1 error, 0 warnings\n", run.err());
    }

    @Test
    void copiesToTwoConsumersOfAGroupMemberAreOneReportAndOneGroupWarningEach() {
        Workspace ws = new Workspace(dir);
        StringBuilder text = new StringBuilder("config c for \"vm-q35.board\"\nprobe a\nprobe b\n");
        text.append("assign edu2 to a\nassign edu2 to b\n".repeat(COPIES / 2));
        Path file = ws.write("c.assign", text.toString());
        ws.load(file);
        List<Problem> problems = ws.validate(file);
        List<Problem> twice = problems.stream().filter(p -> IssueCodes.ASSIGNED_TWICE.equals(p.code())).toList();
        assertEquals(1, twice.size(), problems::toString);
        assertEquals(2, problems.stream().filter(p -> IssueCodes.GROUP_COMPANION_UNUSED.equals(p.code())).count(),
                "edu3 is idle beside edu2 for each consumer, said once each: " + problems);
        assertEquals(3, problems.size(), problems::toString);
        assertEquals(List.of("edu2", "a"), twice.get(0).data().subList(0, 2), "the quick fix's data: the device, the first other consumer");
        assertTrue(twice.get(0).message().startsWith("The device edu2 (0000:01:01.0) is assigned 5000 times: here to b, and on line"
                + " 4 to a, on line 6 to a, on line 7 to b, on line 8 to a, and 4995 more places."), twice.get(0).message());
    }

    @Test
    void twoFilesEachReportTheirOwnCopy() {
        Workspace ws = new Workspace(dir);
        ws.load(ws.write("a.assign", "config a for \"vm-q35.board\"\nprobe p\nassign edu1 to p\nassign edu1 to p\nassign edu1 to p\n"));
        Path b = ws.write("b.assign", "config b for \"vm-q35.board\"\nprobe q\nassign edu1 to q\n");
        ws.load(b);
        assertEquals(List.of("The device edu1 (0000:00:06.0) is assigned 4 times: here to q, and in a.assign line 3 to p, in a.assign line 4"
                + " to p and in a.assign line 5 to p. A device goes to one consumer: keep one of the assignments."),
                ws.validate(b).stream().map(Problem::message).toList());
        assertEquals(1, ws.validate(ws.dir.resolve("a.assign")).size(), "and a.assign reports it once too");
    }
}
