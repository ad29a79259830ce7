package org.devassign.cli;

import java.util.Set;

/** One verb of the command line. */
public interface Command {

    /** The verb users type: {@code show}, {@code validate}, ... */
    String name();

    /** One line for the command list. */
    String summary();

    /** The usage text printed for {@code devassign help VERB} and after a usage error. */
    String usage();

    /** Options that take a value, e.g. {@code "-o", "--output"}. */
    default Set<String> valuedOptions() {
        return Set.of();
    }

    /** Options without a value, e.g. {@code "--json"}. */
    default Set<String> switches() {
        return Set.of();
    }

    /**
     * Runs the verb.
     *
     * @return the process exit code: 0 success, 1 the input has problems, 2 the command line is wrong
     * @throws CommandFailure for errors the user can act on; the message is printed as it is
     */
    int run(Args args, Terminal terminal) throws CommandFailure;
}
