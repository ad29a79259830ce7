package org.devassign.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.devassign.testing.PlainClassPath;
import org.devassign.testing.RepoFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code devassign lsp} as an editor's client sees it: Neovim's built-in LSP client (Debian 12's
 * Neovim 0.7, installed by releng/setup), headless, driven by clients/neovim-lsp.lua: completion
 * with kinds and details in the language's words, hover on either part of {@code edu2.BAR0}, the
 * quick fixes as code actions, rename of a consumer across the folder's configs, and the refusal
 * for a board device. No client code of ours runs here, only the server.
 */
class NeovimClientTest {

    @TempDir
    Path dir;

    @Test
    void neovimsClientGetsCompletionHoverCodeActionsAndRename() throws Exception {
        Workspace ws = new Workspace(dir);
        ws.write("vm-q35.assign", LanguageTest.read(RepoFiles.example("vm-q35.assign")));
        ws.write("fix.assign", "config fix for \"vm-q35.board\"\nprobe p\nassign edu7 to p\n");
        ws.write("uses.assign", "import \"vm-q35.assign\"\nconfig uses for \"vm-q35.board\"\nvm g { memory 256 MiB }\n"
                + "assign edu0 to edu-driver\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> server = List.of(java, "--sun-misc-unsafe-memory-access=allow", "-cp", PlainClassPath.of(org.devassign.cli.Main.class),
                "org.devassign.cli.Main", "lsp");
        Path results = dir.resolve("results.txt");
        List<String> nvim = List.of("nvim", "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c",
                "luafile " + RepoFiles.root().resolve("tests/org.devassign.dsl.tests/clients/neovim-lsp.lua"));
        Tool run = Tool.run(dir, nvim, Map.of("DA_ROOT", dir.toString(), "DA_LSP", json(server), "DA_OUT", results.toString()));
        String text = Files.exists(results) ? Files.readString(results) : "(no results)";
        assertEquals(0, run.exitCode(), () -> "nvim: " + run.output() + "\nresults:\n" + text);

        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            int colon = line.indexOf(": ");
            lines.computeIfAbsent(line.substring(0, colon), k -> new java.util.ArrayList<>()).add(line.substring(colon + 2));
        }
        String all = text;
        assertEquals(List.of("yes"), lines.get("initialized"), all);
        // 9 = Module: a device, described in the language's words
        assertEquals(List.of("9 | device edu1 (0000:00:06.0), group 5, no driver"), lines.get("completion edu1"), all);
        assertEquals(null, lines.get("completion nic"), "the protected NIC is not offered: " + all);
        assertTrue(lines.get("hover edu2").get(0).startsWith("**device edu2 (0000:01:01.0)**"), all);
        assertTrue(lines.get("hover BAR0").get(0).startsWith("**region BAR0 (index 0) of device edu2 (0000:01:01.0)**"), all);
        assertTrue(lines.get("code action").contains("Change to 'edu0' | quickfix | 1 edit(s)"), all);
        // vm-q35.assign: the consumer and its reference; uses.assign: its reference
        assertEquals(List.of("2 file(s), 3 edit(s)"), lines.get("rename consumer"), all);
        assertTrue(lines.get("rename device").get(0).startsWith("The device edu0 (0000:00:05.0) is named by board vm-q35 (vm-q35.board)"), all);
    }

    /** A JSON array of strings (the server's command line for the Lua script). */
    private static String json(List<String> strings) {
        return strings.stream().map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }
}
