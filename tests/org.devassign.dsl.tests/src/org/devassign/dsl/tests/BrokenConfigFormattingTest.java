package org.devassign.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.devassign.testing.PlainClassPath;
import org.devassign.testing.RepoFiles;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
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
 * Formatting never edits a config with syntax errors, since it would lay out the parser's guess:
 * format-on-save in an editor must not destroy a config the user is in the middle of editing.
 * {@code devassign lsp} returns no edits for such a document (the example with one '{' removed used
 * to come back with lines 24-44 collapsed into 3) and says why in a message; {@code devassign fmt}
 * leaves the file alone and exits 1.
 */
class BrokenConfigFormattingTest {

    @TempDir
    Path dir;

    /** The example with the '{' of its first assignment removed. */
    private static String broken() {
        String example = LanguageTest.read(RepoFiles.example("vm-q35.assign"));
        String broken = example.replace("assign edu0 to agent {", "assign edu0 to agent");
        assertFalse(broken.equals(example), "the example has the line this test breaks");
        return broken;
    }

    @Test
    void devassignFmtLeavesTheFileAlone() throws Exception {
        Mistakes.Run run = new Mistakes.Mistake("fmt", Map.of("c.assign", broken().getBytes(StandardCharsets.UTF_8)),
                List.of("fmt", "c.assign"), 1, List.of()).run(dir);
        assertEquals(1, run.exitCode());
        assertEquals("c.assign: has syntax errors, not formatted: run devassign validate c.assign\n", run.err());
        assertEquals(broken(), Files.readString(dir.resolve("fmt/c.assign")));
    }

    @Test
    void aConfigWithSyntaxErrorsGetsNoEditsAndAMessage() throws Exception {
        new Workspace(dir);
        String broken = broken();

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "--sun-misc-unsafe-memory-access=allow", "-cp", PlainClassPath.of(org.devassign.cli.Main.class),
                "org.devassign.cli.Main", "lsp").redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
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

            String brokenUri = dir.resolve("broken.assign").toUri().toString();
            ls.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(brokenUri, "assign", 1, broken)));
            FormattingOptions options = new FormattingOptions(4, false);
            List<? extends TextEdit> edits = ls.getTextDocumentService()
                    .formatting(new DocumentFormattingParams(new TextDocumentIdentifier(brokenUri), options)).get(60, TimeUnit.SECONDS);
            assertEquals(List.of(), edits, "no edits for a document with syntax errors");
            List<? extends TextEdit> rangeEdits = ls.getTextDocumentService().rangeFormatting(new DocumentRangeFormattingParams(
                    new TextDocumentIdentifier(brokenUri), options, new Range(new Position(20, 0), new Position(40, 0))))
                    .get(60, TimeUnit.SECONDS);
            assertEquals(List.of(), rangeEdits, "nor for a range of it");
            MessageParams message = client.awaitMessage();
            assertEquals(MessageType.Warning, message.getType());
            assertEquals("Not formatted: broken.assign has syntax errors (line 25: Unexpected 'driver' after 'agent': a config holds"
                    + " consumers ('vm', 'userspace', 'probe') and assignments ('assign'), each starting with its word). Formatting would"
                    + " rearrange what the parser guessed; fix them first.", message.getMessage());

            String messy = "config messy for \"vm-q35.board\"\nprobe p {memlock   1 MiB}\n";
            String messyUri = dir.resolve("messy.assign").toUri().toString();
            ls.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(messyUri, "assign", 1, messy)));
            List<? extends TextEdit> formatted = ls.getTextDocumentService()
                    .formatting(new DocumentFormattingParams(new TextDocumentIdentifier(messyUri), options)).get(60, TimeUnit.SECONDS);
            assertFalse(formatted.isEmpty(), "a document without syntax errors is still formatted");

            ls.shutdown().get(30, TimeUnit.SECONDS);
            ls.exit();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server did not exit");
        } finally {
            server.destroyForcibly();
        }
    }

    static final class Client implements LanguageClient {
        final List<MessageParams> messages = new CopyOnWriteArrayList<>();

        MessageParams awaitMessage() throws InterruptedException {
            long end = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < end) {
                if (!messages.isEmpty()) {
                    return messages.get(0);
                }
                Thread.sleep(50);
            }
            throw new AssertionError("no window/showMessage in 60 s");
        }

        @Override
        public void showMessage(MessageParams params) {
            messages.add(params);
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
        }

        @Override
        public void telemetryEvent(Object object) {
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
