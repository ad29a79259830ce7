package org.devassign.cli.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.devassign.dsl.ide.server.AssignLanguageServer;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * What an editor does when it starts {@code devassign lsp}: initialize with a workspace folder,
 * initialized, open a config, wait for its diagnostics, shut down. The server runs in this JVM over
 * a pair of pipes instead of stdio; its exit (which ends the process) is not requested.
 */
final class LanguageServerSession {

    private static final long TIMEOUT_SECONDS = 180;

    private LanguageServerSession() {
    }

    static void initializeAndDiagnose(Path workspace, String config) throws Exception {
        Pipe toServer = Pipe.open();
        Pipe toClient = Pipe.open();
        InputStream serverIn = Channels.newInputStream(toServer.source());
        OutputStream serverOut = Channels.newOutputStream(toClient.sink());
        CompletableFuture<Void> served = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("training language server").start(() -> {
            try {
                AssignLanguageServer.run(serverIn, serverOut);
                served.complete(null);
            } catch (Exception | Error e) {
                served.completeExceptionally(e);
            }
        });
        OutputStream clientOut = Channels.newOutputStream(toServer.sink());
        Client client = new Client(config);
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, Channels.newInputStream(toClient.source()), clientOut);
        launcher.startListening();
        LanguageServer server = launcher.getRemoteProxy();

        String root = workspace.toUri().toString();
        InitializeParams init = new InitializeParams();
        init.setProcessId((int) ProcessHandle.current().pid());
        init.setCapabilities(new ClientCapabilities());
        init.setRootUri(root);
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(root, "examples")));
        server.initialize(init).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        Path file = workspace.resolve(config);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(file.toUri().toString(), "assign", 1, Files.readString(file))));
        client.diagnosed.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        server.shutdown().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        closeQuietly(clientOut);
        served.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        System.out.println("devassign lsp: initialize, diagnostics for " + config + ", shutdown: ok");
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException e) {
            // the server has gone already; served tells how it ended
        }
    }

    /** Waits for the config's diagnostics, which must be empty: the example is valid. */
    private static final class Client implements LanguageClient {
        final CompletableFuture<Void> diagnosed = new CompletableFuture<>();
        private final String config;

        Client(String config) {
            this.config = config;
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            if (diagnostics.getUri().endsWith("/" + config)) {
                if (diagnostics.getDiagnostics().isEmpty()) {
                    diagnosed.complete(null);
                } else {
                    diagnosed.completeExceptionally(new IllegalStateException(config + " has problems in the language server: "
                            + diagnostics.getDiagnostics()));
                }
            }
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams message) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }
}
