package org.devassign.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.devassign.dsl.resource.BoardResourceSupport;
import org.devassign.model.io.BoardFiles;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.ResourceServiceProviderServiceLoader;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * The language server over a pair of streams (stdio for {@code devassign lsp}): Xtext's server,
 * with .board files in its workspace so that links, hovers and definitions reach into them.
 */
public final class AssignLanguageServer {

    private AssignLanguageServer() {
    }

    /** Serves until the client exits. Anything else written to stdout would corrupt the protocol: it goes to stderr. */
    public static void runOnStdio() throws InterruptedException, ExecutionException {
        PrintStream protocolOut = System.out;
        System.setOut(System.err);
        run(System.in, protocolOut);
    }

    public static void run(InputStream in, OutputStream out) throws InterruptedException, ExecutionException {
        Injector injector = Guice.createInjector(Modules2.mixin(new ServerModule(),
                binder -> binder.bind(IResourceServiceProvider.Registry.class).toProvider(WithBoards.class)));
        LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        listening.get();
    }

    /** The languages found through ISetup services, plus .board files. */
    static final class WithBoards implements Provider<IResourceServiceProvider.Registry> {
        @Inject
        private ResourceServiceProviderServiceLoader languages;

        private IResourceServiceProvider.Registry registry;

        @Override
        public synchronized IResourceServiceProvider.Registry get() {
            if (registry == null) {
                registry = languages.get();
                registry.getExtensionToFactoryMap().put(BoardFiles.EXTENSION, BoardResourceSupport.provider());
            }
            return registry;
        }
    }
}
