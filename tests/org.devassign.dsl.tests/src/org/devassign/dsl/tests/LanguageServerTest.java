package org.devassign.dsl.tests;

import org.devassign.testing.PlainClassPath;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.eclipse.lsp4j.CompletionItem;
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
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code devassign lsp} in its own JVM, driven over stdin/stdout by an LSP4J client, as an editor
 * would: diagnostics, completion, hover, go-to-definition into the .board file, formatting, symbols.
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
        Process server = new ProcessBuilder(java, "--sun-misc-unsafe-memory-access=allow", "-cp", classPath,
                "org.devassign.cli.Main", "lsp").redirectError(ProcessBuilder.Redirect.INHERIT).start();
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

            // hover: the board's facts about the device
            Hover hover = ls.getTextDocumentService().hover(new HoverParams(doc, onEdu0)).get(60, TimeUnit.SECONDS);
            String facts = hover.getContents().getRight().getValue();
            assertTrue(facts.startsWith("**device edu0 (0000:00:05.0)** [1234:11e8]"), facts);
            assertTrue(facts.contains("- IOMMU group: 4 (edu0)"), facts);
            assertTrue(facts.contains("- region 0 BAR0: 1 MiB at 0xfe400000, mmap"), facts);
            assertTrue(facts.contains("- irq 1 msi x1, eventfd"), facts);

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

            ls.shutdown().get(30, TimeUnit.SECONDS);
            ls.exit();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server did not exit");
            assertEquals(0, server.exitValue());
        } finally {
            server.destroyForcibly();
        }
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
