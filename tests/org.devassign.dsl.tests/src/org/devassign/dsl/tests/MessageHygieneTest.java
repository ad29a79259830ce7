package org.devassign.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every message devassign prints for the mistakes of {@link Mistakes}, and for configs made to
 * attack a terminal (escape sequences, bidi controls and bell characters in names and paths, random
 * bytes), is plain words: no Java exception or class name, no EMF object dump, no ANTLR phrase,
 * no control character.
 */
class MessageHygieneTest {

    /** What gives Java, EMF or ANTLR away, and what a terminal would act on. */
    private static final Map<String, Pattern> FORBIDDEN = Map.of(
            "a Java exception", Pattern.compile("Exception|Error:|\\tat "),
            "a Java package", Pattern.compile("\\b(org|java|javax|com)\\.[a-z]+\\."),
            "an object hash", Pattern.compile("@[0-9a-f]{5,}"),
            "an EMF implementation class", Pattern.compile("Impl\\b"),
            "ANTLR's words", Pattern.compile("no viable alternative|mismatched input|extraneous input|missing EOF|RULE_[A-Z]+|<EOF>"),
            "a control character", Pattern.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff]"));

    @TempDir
    Path dir;

    @Test
    void everyMessageOfTheMistakesIsPlainWords() {
        List<String> lines = new ArrayList<>();
        for (Mistakes.Mistake mistake : Mistakes.all()) {
            Mistakes.Run run = mistake.run(dir);
            lines.addAll(run.out());
            lines.addAll(run.err().lines().toList());
        }
        assertTrue(lines.size() > 40, "the corpus says something: " + lines.size() + " lines");
        assertClean(lines);
    }

    @Test
    void hostileNamesAndBytesReachNoTerminal() {
        Map<String, String> attacks = new LinkedHashMap<>();
        attacks.put("escape sequences in a device name", Mistakes.Q35 + "assign \"\\u001b[31medu0\\u202e\" to drv\n");
        attacks.put("a bell in a socket path", Mistakes.Q35 + "userspace d2 { socket \"/run/\\u0007bell.sock\" }\n");
        attacks.put("a clear-screen import", "import \"\\u001b[2J.assign\"\n" + Mistakes.Q35);
        attacks.put("a bidi board path", "config c for \"\\u202evm-q35.board\"\nprobe p\nassign edu0 to p\n");
        attacks.put("raw controls in a name", "config c\u0007\u001b[0m for \"vm-q35.board\"\n");
        attacks.put("a version that is a terminal title", Mistakes.Q35 + "vm v { memory 1 MiB qemu \"\\u001b]0;owned\\u0007\" }\n");
        List<String> lines = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> attack : attacks.entrySet()) {
            Mistakes.Run run = new Mistakes.Mistake("attack " + n++, Map.of("c.assign", attack.getValue().getBytes(StandardCharsets.UTF_8)),
                    List.of("validate", "c.assign"), 1, List.of()).run(dir);
            assertEquals(1, run.exitCode(), attack.getKey() + " is an error: " + run.out());
            lines.addAll(run.out());
            lines.addAll(run.err().lines().toList());
        }
        String board = LanguageTest.read(org.devassign.testing.RepoFiles.example("vm-q35.board"))
                .replace("name=\"edu0\"", "name=\"edu0&#x202e;&#x85;\"").replace("devices=\"edu0\"", "devices=\"edu0&#x202e;&#x85;\"")
                .replace("<regions index=\"0\" name=\"BAR0\" base=\"4265607168\" size=\"1048576\"",
                        "<regions index=\"0\" name=\"BAR0\" base=\"4265607168\" size=\"0\"");
        Mistakes.Run boardRun = new Mistakes.Mistake("attack board", Map.of("bidi.board", board.getBytes(StandardCharsets.UTF_8)),
                List.of("validate", "bidi.board"), 1, List.of()).run(dir);
        assertEquals(1, boardRun.exitCode(), "a region of size 0 is an error: " + boardRun.out());
        assertTrue(boardRun.out().get(0).contains("edu0\\u202e\\x85"), boardRun.out().toString());
        lines.addAll(boardRun.out());
        Random random = new Random(14);
        for (int i = 0; i < 20; i++) {
            byte[] junk = new byte[64 + random.nextInt(512)];
            random.nextBytes(junk);
            Mistakes.Run run = new Mistakes.Mistake("junk " + i, Map.of("c.assign", junk), List.of("validate", "c.assign"), 1, List.of())
                    .run(dir);
            assertEquals(1, run.exitCode(), "random bytes are no config");
            lines.addAll(run.out());
            lines.addAll(run.err().lines().toList());
        }
        assertClean(lines);
    }

    private static void assertClean(List<String> lines) {
        List<String> dirty = new ArrayList<>();
        for (String line : lines) {
            FORBIDDEN.forEach((what, pattern) -> {
                if (pattern.matcher(line).find()) {
                    dirty.add(what + ": " + line.replaceAll("[^\\x20-\\x7e]", "?"));
                }
            });
        }
        assertEquals(List.of(), dirty);
    }
}
