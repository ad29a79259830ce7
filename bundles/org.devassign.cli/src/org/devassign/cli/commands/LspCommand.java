package org.devassign.cli.commands;

import java.util.concurrent.ExecutionException;

import org.devassign.cli.Args;
import org.devassign.cli.Command;
import org.devassign.cli.CommandFailure;
import org.devassign.cli.Terminal;
import org.devassign.dsl.ide.server.AssignLanguageServer;

/** {@code devassign lsp}: the language server for .assign files, over stdin/stdout. */
public final class LspCommand implements Command {

    @Override
    public String name() {
        return "lsp";
    }

    @Override
    public String summary() {
        return "language server for .assign files over stdio (diagnostics, completion, hover, definitions, formatting)";
    }

    @Override
    public String usage() {
        return "usage: devassign lsp\nSpeaks the Language Server Protocol on stdin/stdout until the client exits; logs go to stderr.";
    }

    @Override
    public int run(Args args, Terminal terminal) throws CommandFailure {
        if (!args.positional().isEmpty()) {
            throw CommandFailure.usage("lsp takes no arguments");
        }
        try {
            AssignLanguageServer.runOnStdio();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new CommandFailure(CommandFailure.PROBLEMS, "the language server stopped: " + e.getCause(), e);
        }
        return 0;
    }
}
