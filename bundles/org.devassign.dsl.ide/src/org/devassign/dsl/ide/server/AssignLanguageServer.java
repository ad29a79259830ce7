package org.devassign.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.devassign.dsl.ide.AssignIdeSetup;
import org.devassign.dsl.resource.BoardResourceSupport;
import org.devassign.model.io.BoardFiles;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
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
 *
 * <p>Two injectors live here, as in any Xtext server: the server's own ({@link ServerModule}: the
 * protocol, the workspace manager) and the language's, which Xtext's server gets through the ISetup
 * service, i.e. {@link org.devassign.dsl.ide.AssignIdeSetup}, i.e. the process's one injector of the
 * language ({@link org.devassign.dsl.LanguageInjector}); nothing else in the process makes one.
 *
 * <p>A request refused on purpose (a rename of a board's name) is logged as one line, not as a
 * failure with a stack trace ({@link RefusalsAreAnswers}).
 *
 * <p>The server keeps Xtext's WorkspaceManager rather than the config workspace
 * ({@link org.devassign.dsl.workspace.ConfigWorkspace}): it already is an index that follows
 * changes (didChange for open documents as overlays, didChangeWatchedFiles for the disk, an
 * incremental build that re-reads only changed files and rechecks the configs their manager says
 * are affected), and it also drives what a client expects from a server (diagnostics pushed for
 * every file, multi-root folders, cancellation per request). Backing it by the config workspace
 * would mean re-implementing Xtext's IWorkspaceManager/ProjectManager for no change in results.
 * Results are the same because the checks are: one IResourceValidator (CheckMode.ALL), and the
 * checks across configs look at the other configs of the config's own folder in either index
 * (AssignValidator#otherConfigs), as the CLI does.
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
        setUpLanguageMeanwhile();
        Injector injector = Guice.createInjector(Modules2.mixin(new ServerModule(),
                binder -> {
                    binder.bind(IResourceServiceProvider.Registry.class).toProvider(WithBoards.class);
                    binder.bind(IRequestManager.class).to(RefusalsAreAnswers.class);
                }));
        LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        listening.get();
    }

    /**
     * Starts setting the language up (its injector, EMF's package and registries: half of the time
     * to the initialize result) on another thread while this one builds the server's injector and
     * the protocol's launcher, which need none of it. The server asks for the language through its
     * ISetup service, i.e. {@link org.devassign.dsl.LanguageInjector}, which waits for this setup and
     * returns its injector; if this one fails, the server's own request fails the same way, and says so.
     */
    private static void setUpLanguageMeanwhile() {
        Thread setup = new Thread(() -> {
            try {
                new AssignIdeSetup().createInjectorAndDoEMFRegistration();
            } catch (RuntimeException | LinkageError failure) {
                // the server's own ISetup request meets the same failure and reports it
            }
        }, "language setup");
        setup.setDaemon(true);
        setup.start();
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
