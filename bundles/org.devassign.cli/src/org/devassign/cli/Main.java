package org.devassign.cli;

/** {@code devassign} on a plain class path. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(new Cli(Terminal.system()).run(args));
    }
}
