package org.devassign.cli;

import java.io.PrintStream;

/** Where a command writes: results to {@link #out()}, diagnostics and progress to {@link #err()}. */
public record Terminal(PrintStream out, PrintStream err, boolean interactive) {

    public static Terminal system() {
        return new Terminal(System.out, System.err, System.console() != null && System.console().isTerminal());
    }
}
