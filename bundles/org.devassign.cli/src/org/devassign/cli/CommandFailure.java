package org.devassign.cli;

/** An error the user can act on: printed as "devassign: message", then the process exits with the code. */
public class CommandFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;

    private final int exitCode;

    public CommandFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CommandFailure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public static CommandFailure usage(String message) {
        return new CommandFailure(USAGE, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
