package org.devassign.dsl.tests;

import org.devassign.testing.PlainClassPath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.devassign.testing.RepoFiles;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code devassign lsp} in its own JVM, driven over stdin/stdout by an LSP4J client, as an editor
 * would: diagnostics, completion (kinds, details and documentation in the language's words), hover,
 * go-to-definition into the .board file, formatting, symbols, code actions (the workbench's quick
 * fixes) and rename (of consumers across the folder's configs; board names refused).
 */
class LanguageServerTest {

    @TempDir
    Path dir;

    @Test
    void anEditorGetsEverythingOverStdio() throws Exception {
        Workspace ws = new Workspace(dir);
        ws.write("vm-q35.assign", LanguageTest.read(RepoFiles.example("vm-q35.assign")));
        Path badFile = ws.write("bad.assign", "config bad for \"vm-q35.board\"\nprobe p\nassign edu7 to p\n");
        // a config of another folder assigns edu0 of the same board again: checks across configs stay in a
        // config's folder, in the language server's workspace (which spans both folders) as in the CLI
        Path other = Files.createDirectories(dir.resolve("other"));
        Path dup = Files.writeString(other.resolve("dup.assign"), "config dup for \"../vm-q35.board\"\nprobe p\nassign edu0 to p\n");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = PlainClassPath.of(org.devassign.cli.Main.class);
        Path serverLog = dir.resolve("server.log");
        Process server = new ProcessBuilder(java, "--sun-misc-unsafe-memory-access=allow", "-cp", classPath,
                "org.devassign.cli.Main", "lsp").redirectError(serverLog.toFile()).start();
        try {
            assertTrue(!server.waitFor(2, TimeUnit.SECONDS), "devassign lsp exited at once; class path: " + classPath);
            Client client = new Client();
            Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, server.getInputStream(), server.getOutputStream());
            launcher.startListening();
            LanguageServer ls = launcher.getRemoteProxy();
            InitializeParams init = new InitializeParams();
            init.setProcessId((int) ProcessHandle.current().pid());
            init.setCapabilities(new ClientCapabilities());
            init.setRootUri(dir.toUri().toString());
            init.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "ws")));
            ls.initialize(init).get(120, TimeUnit.SECONDS);
            ls.initialized(new InitializedParams());

            // diagnostics from the workspace build, for files on disk
            List<Diagnostic> bad = client.await("bad.assign");
            assertEquals(1, bad.size(), () -> "all diagnostics: " + client.diagnostics);
            assertEquals(DiagnosticSeverity.Error, bad.get(0).getSeverity());
            assertEquals(2, bad.get(0).getRange().getStart().getLine());
            assertEquals("There is no device 'edu7' on board vm-q35: name a device by its model name, PCI address, sysfs name or"
                    + " device-tree path. Did you mean edu0 or edu1 or edu2?", bad.get(0).getMessage().getLeft());
            assertEquals(List.of(), client.await("vm-q35.assign"));
            assertEquals(List.of(), client.await("dup.assign"));
            // the CLI's checks (the config workspace) say the same, line for line
            assertEquals(ws.validate(badFile).stream().map(p -> (p.line() - 1) + ": " + p.message()).toList(),
                    bad.stream().map(d -> d.getRange().getStart().getLine() + ": " + d.getMessage().getLeft()).toList());
            assertEquals(List.of(), ws.validate(dir.resolve("vm-q35.assign")));
            assertEquals(List.of(), ws.validate(dup));

            String uri = dir.resolve("vm-q35.assign").toUri().toString();
            String text = Files.readString(dir.resolve("vm-q35.assign"));
            ls.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "assign", 1, text)));
            TextDocumentIdentifier doc = new TextDocumentIdentifier(uri);
            Position onEdu0 = position(text, "assign edu0", "assign ".length() + 1);

            // completion of a device name
            String draftUri = dir.resolve("draft.assign").toUri().toString();
            String draft = "config draft for \"vm-q35.board\"\nprobe p\nassign ";
            ls.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(draftUri, "assign", 1, draft)));
            var completion = ls.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(draftUri),
                    new Position(2, "assign ".length()))).get(60, TimeUnit.SECONDS);
            List<String> labels = (completion.isLeft() ? completion.getLeft() : completion.getRight().getItems()).stream()
                    .map(CompletionItem::getLabel).toList();
            assertTrue(labels.containsAll(List.of("edu0", "edu1", "pci-bridge", "group")), labels.toString());
            List<CompletionItem> items = completion.isLeft() ? completion.getLeft() : completion.getRight().getItems();
            CompletionItem edu0 = items.stream().filter(i -> i.getLabel().equals("edu0")).findFirst().orElseThrow();
            assertEquals(CompletionItemKind.Module, edu0.getKind());
            assertEquals("device edu0 (0000:00:05.0), group 4, no driver", edu0.getDetail());
            String documentation = edu0.getDocumentation().isLeft() ? edu0.getDocumentation().getLeft() : edu0.getDocumentation().getRight().getValue();
            assertTrue(documentation.contains("region 0 BAR0: 1 MiB at 0xfe400000, mmap"), documentation);
            // the board's protected devices (the agent's NIC, the root file system, the share) are never offered
            assertFalse(labels.contains("nic") || labels.contains("hostroot") || labels.contains("share"), labels.toString());
            for (CompletionItem item : items) {
                String detail = item.getDetail() == null ? "" : item.getDetail();
                assertFalse(detail.matches(".*\\b(PciDevice|VmGuest|UserspaceDriver|Probe|IommuGroup|Region|Interrupt)\\b.*"), item.toString());
            }
            // consumers: a kind and the language's words
            String toUri = dir.resolve("to.assign").toUri().toString();
            ls.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(toUri, "assign", 1,
                    "config to for \"vm-q35.board\"\nvm g { memory 1 GiB }\nassign edu0 to ")));
            var toConsumer = ls.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(toUri),
                    new Position(2, "assign edu0 to ".length()))).get(60, TimeUnit.SECONDS);
            CompletionItem vm = (toConsumer.isLeft() ? toConsumer.getLeft() : toConsumer.getRight().getItems()).stream()
                    .filter(i -> i.getLabel().equals("g")).findFirst().orElseThrow();
            assertEquals(CompletionItemKind.Class, vm.getKind());
            assertEquals("VM guest g", vm.getDetail());

            // hover: the board's facts about the device
            Hover hover = ls.getTextDocumentService().hover(new HoverParams(doc, onEdu0)).get(60, TimeUnit.SECONDS);
            String facts = hover.getContents().getRight().getValue();
            assertTrue(facts.startsWith("**device edu0 (0000:00:05.0)** [1234:11e8]"), facts);
            assertTrue(facts.contains("- IOMMU group: 4 (edu0)"), facts);
            assertTrue(facts.contains("- region 0 BAR0: 1 MiB at 0xfe400000, mmap"), facts);
            assertTrue(facts.contains("- irq 1 msi x1, eventfd"), facts);

            // hover on a member name: the device before the dot, the region after it
            Position onEdu2 = position(text, "map edu2.BAR0", "map ".length() + 1);
            String device = ls.getTextDocumentService().hover(new HoverParams(doc, onEdu2)).get(60, TimeUnit.SECONDS)
                    .getContents().getRight().getValue();
            assertTrue(device.startsWith("**device edu2 (0000:01:01.0)**"), device);
            Position onBar0 = position(text, "map edu2.BAR0", "map edu2.".length() + 1);
            String region = ls.getTextDocumentService().hover(new HoverParams(doc, onBar0)).get(60, TimeUnit.SECONDS)
                    .getContents().getRight().getValue();
            assertTrue(region.startsWith("**region BAR0 (index 0) of device edu2 (0000:01:01.0)**"), region);

            // go to definition: into the .board file, on the device's element
            List<? extends Location> definition = ls.getTextDocumentService().definition(new DefinitionParams(doc, onEdu0))
                    .get(60, TimeUnit.SECONDS).getLeft();
            assertEquals(1, definition.size(), definition::toString);
            assertTrue(definition.get(0).getUri().endsWith("vm-q35.board"), definition.get(0).getUri());
            String board = Files.readString(dir.resolve("vm-q35.board"));
            int line = definition.get(0).getRange().getStart().getLine();
            assertTrue(board.lines().toList().get(line).contains("name=\"edu0\""), board.lines().toList().get(line));

            // formatting: the example is formatted already (any edits change nothing); a messy document gets its layout
            List<? extends TextEdit> none = ls.getTextDocumentService().formatting(new DocumentFormattingParams(doc,
                    new FormattingOptions(4, false))).get(60, TimeUnit.SECONDS);
            assertEquals(text, apply(text, none));
            String messyUri = dir.resolve("messy.assign").toUri().toString();
            ls.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(messyUri, "assign", 1,
                    "config messy for \"vm-q35.board\"\nprobe p {memlock   1 MiB}\n")));
            List<? extends TextEdit> edits = ls.getTextDocumentService().formatting(new DocumentFormattingParams(
                    new TextDocumentIdentifier(messyUri), new FormattingOptions(4, false))).get(60, TimeUnit.SECONDS);
            assertEquals("config messy for \"vm-q35.board\"\nprobe p {\n\tmemlock 1 MiB\n}\n",
                    apply("config messy for \"vm-q35.board\"\nprobe p {memlock   1 MiB}\n", edits));

            // document symbols
            var symbols = ls.getTextDocumentService().documentSymbol(new DocumentSymbolParams(doc)).get(60, TimeUnit.SECONDS);
            List<String> names = symbols.stream().map(s -> s.isLeft() ? s.getLeft().getName() : s.getRight().getName()).toList();
            assertTrue(names.containsAll(List.of("vm-q35-demo", "agent", "edu-driver", "guest1",
                    "assignment of device edu0 (0000:00:05.0) to agent", "assignment of IOMMU group 6 to guest1")), names.toString());

            codeActionsFixWhatTheWorkbenchFixes(ls, client);
            renameFollowsConsumersAndRefusesBoardNames(ls, text, uri);

            ls.shutdown().get(30, TimeUnit.SECONDS);
            ls.exit();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server did not exit");
            // the refused rename is one line of the server's log, in the user's terms; no stack trace
            String log = Files.readString(serverLog);
            assertEquals(1, log.lines().filter(l -> l.contains("refused: The device edu0 (0000:00:05.0) is named by board vm-q35")).count(), log);
            assertFalse(log.contains("ResponseErrorException") || log.contains("Error during request"), log);
            assertEquals(0, server.exitValue());
        } finally {
            server.destroyForcibly();
        }
    }

    /** Each quick fix of the workbench, as the code action an editor gets for the diagnostic. */
    private void codeActionsFixWhatTheWorkbenchFixes(LanguageServer ls, Client client) throws Exception {
        // edu7: did you mean; edu2 alone in its shared group; a protected device. In a folder of its own: vm-q35.assign
        // gives group 6 to guest1, and checks across configs (edu2 assigned twice) stay in a config's folder
        String fixUri = Files.createDirectories(dir.resolve("fix")).resolve("fix.assign").toUri().toString();
        String fix = "config fix for \"../vm-q35.board\"\nprobe p\nuserspace u { uid 1 gid 1 memlock 1 MiB }\n"
                + "assign edu7 to p\nassign edu2 to u {\n\tmap BAR0\n}\nassign nic to p\n";
        ls.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(fixUri, "assign", 1, fix)));
        List<Diagnostic> diagnostics = client.awaitUri(fixUri, d -> d.size() >= 3);
        Map<String, String> fixed = new java.util.LinkedHashMap<>();
        for (Diagnostic diagnostic : diagnostics) {
            CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(fixUri), diagnostic.getRange(),
                    new CodeActionContext(List.of(diagnostic)));
            for (var action : ls.getTextDocumentService().codeAction(params).get(60, TimeUnit.SECONDS)) {
                CodeAction codeAction = action.getRight();
                assertEquals(CodeActionKind.QuickFix, codeAction.getKind());
                fixed.put(codeAction.getTitle(), apply(fix, codeAction.getEdit().getChanges().get(fixUri)));
            }
        }
        assertEquals("config fix for \"../vm-q35.board\"\nprobe p\nuserspace u { uid 1 gid 1 memlock 1 MiB }\n"
                + "assign edu0 to p\nassign edu2 to u {\n\tmap BAR0\n}\nassign nic to p\n", fixed.get("Change to 'edu0'"), fixed::toString);
        assertEquals("config fix for \"../vm-q35.board\"\nprobe p\nuserspace u { uid 1 gid 1 memlock 1 MiB }\n"
                + "assign edu7 to p\nassign group 6 to u {\n\tmap edu2.BAR0\n}\nassign nic to p\n", fixed.get("Assign the whole group (group 6)"),
                fixed::toString);
        assertEquals("config fix for \"../vm-q35.board\"\nprobe p\nuserspace u { uid 1 gid 1 memlock 1 MiB }\n"
                + "assign edu7 to p\nassign edu2 to u {\n\tmap BAR0\n}\n", fixed.get("Remove this assignment"), fixed::toString);
    }

    /** Rename a consumer: every reference in the folder's configs follows; a board device is refused with the reason. */
    private void renameFollowsConsumersAndRefusesBoardNames(LanguageServer ls, String text, String uri) throws Exception {
        String usesUri = dir.resolve("uses.assign").toUri().toString();
        String uses = "import \"vm-q35.assign\"\nconfig uses for \"vm-q35.board\"\nassign edu3 to edu-driver\n";
        ls.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(usesUri, "assign", 1, uses)));
        WorkspaceEdit edit = ls.getTextDocumentService().rename(new RenameParams(new TextDocumentIdentifier(uri),
                position(text, "userspace edu-driver", "userspace ".length() + 1), "edu-user")).get(60, TimeUnit.SECONDS);
        Map<String, List<TextEdit>> changes = new java.util.HashMap<>();
        if (edit.getChanges() != null) {
            changes.putAll(edit.getChanges());
        }
        if (edit.getDocumentChanges() != null) {
            for (var change : edit.getDocumentChanges()) {
                if (change.isLeft()) {
                    changes.put(change.getLeft().getTextDocument().getUri(),
                            change.getLeft().getEdits().stream().filter(e -> e.isLeft()).map(e -> e.getLeft()).toList());
                }
            }
        }
        String renamed = apply(text, changes.get(uri));
        assertTrue(renamed.contains("userspace edu-user {") && renamed.contains("assign edu1 to edu-user {")
                && !renamed.contains("edu-driver {"), renamed);
        assertEquals(uses.replace("to edu-driver", "to edu-user"), apply(uses, changes.get(usesUri)), changes::toString);

        var refused = assertThrows(java.util.concurrent.ExecutionException.class, () -> ls.getTextDocumentService()
                .rename(new RenameParams(new TextDocumentIdentifier(uri), position(text, "assign edu0", "assign ".length() + 1), "edu9"))
                .get(60, TimeUnit.SECONDS));
        assertTrue(refused.getCause().getMessage().startsWith("The device edu0 (0000:00:05.0) is named by board vm-q35 (vm-q35.board):"),
                refused.getCause().getMessage());
    }

    /** The text after the edits (LSP positions: line and character). */
    private static String apply(String text, List<? extends TextEdit> edits) {
        List<TextEdit> sorted = new java.util.ArrayList<>(edits);
        sorted.sort(java.util.Comparator.comparingInt((TextEdit e) -> offset(text, e.getRange().getStart())).reversed());
        StringBuilder result = new StringBuilder(text);
        for (TextEdit edit : sorted) {
            result.replace(offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()), edit.getNewText());
        }
        return result.toString();
    }

    private static int offset(String text, Position position) {
        int offset = 0;
        for (int line = 0; line < position.getLine(); line++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset + position.getCharacter();
    }

    private static Position position(String text, String marker, int into) {
        int offset = text.indexOf(marker) + into;
        int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
        return new Position(line, offset - text.lastIndexOf('\n', offset - 1) - 1);
    }

    static final class Client implements LanguageClient {
        final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.put(params.getUri(), params.getDiagnostics());
        }

        List<Diagnostic> awaitUri(String uri, java.util.function.Predicate<List<Diagnostic>> done) throws InterruptedException {
            long end = System.currentTimeMillis() + 120_000;
            while (System.currentTimeMillis() < end) {
                List<Diagnostic> list = diagnostics.get(uri);
                if (list != null && done.test(list)) {
                    return list;
                }
                Thread.sleep(50);
            }
            throw new AssertionError("no diagnostics for " + uri + " in 120 s; got " + diagnostics);
        }

        List<Diagnostic> await(String file) throws InterruptedException {
            long end = System.currentTimeMillis() + 120_000;
            while (System.currentTimeMillis() < end) {
                for (Map.Entry<String, List<Diagnostic>> entry : diagnostics.entrySet()) {
                    if (entry.getKey().endsWith("/" + file)) {
                        return entry.getValue();
                    }
                }
                Thread.sleep(50);
            }
            throw new AssertionError("no diagnostics for " + file + " in 120 s; got " + diagnostics.keySet());
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams params) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
        }
    }
}
