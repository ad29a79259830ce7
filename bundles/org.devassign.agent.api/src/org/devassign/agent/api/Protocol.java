package org.devassign.agent.api;

/**
 * Version and default limits of the protocol; both sides compile against the same numbers. The
 * error codes are {@link ErrorCode}.
 */
public final class Protocol {

    /**
     * The protocol version. A client and an agent talk only when theirs are equal. Version 2 types
     * device names, drivers, open paths, steps and consumers on the wire: a value that is not one is
     * refused, never defaulted.
     */
    public static final int VERSION = 2;

    /** The TCP port the agent listens on unless its config says otherwise. */
    public static final int DEFAULT_PORT = 7443;

    /** Largest message (JSON body) either side accepts unless configured otherwise. */
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 1 << 20;

    /** Largest header block (the Content-Length lines) before the body. */
    public static final int MAX_HEADER_BYTES = 1024;

    private Protocol() {
    }

    /**
     * The one sentence for two sides of different versions, from the side that notices:
     * "this agent speaks protocol version 2, the client 'devassign-cli 1.0' version 1: ...".
     *
     * @param self and @param peer the two sides as a sentence names them ("this agent", "the client ...")
     */
    public static String mismatch(String self, int own, String peer, int theirs) {
        return self + " speaks protocol version " + own + ", " + peer + " version " + theirs
                + ": install the same DevAssign release on the board and on the client (update " + (own < theirs ? self : peer) + ")";
    }
}
