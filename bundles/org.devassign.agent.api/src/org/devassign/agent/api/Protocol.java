package org.devassign.agent.api;

/**
 * Version and default limits of the protocol; both sides compile against the same numbers. The
 * error codes are {@link ErrorCode}.
 */
public final class Protocol {

    /**
     * The protocol version. A client and an agent talk only when theirs are equal: hello refuses any
     * other with {@link #mismatch}, on both sides. Version 2 typed device names, drivers, open paths,
     * steps and consumers on the wire: a value that is not one is refused, never defaulted. Version 3
     * added what an agent of version 2 would silently get wrong rather than refuse, since JSON drops
     * the fields a side does not know: a device request's {@code force} (and the refusal of a device
     * the host uses, {@link ErrorCode#DEVICE_IN_USE}), a deployment's SR-IOV virtual functions (the
     * steps {@code create-vfs} and {@code remove-vfs}, which a version 2 client cannot even read),
     * per-consumer hand-off sockets with their credentials, {@link ErrorCode#JOURNAL_DAMAGED}, and the
     * fleet's presence, which carries this number.
     */
    public static final int VERSION = 3;

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
     * "this agent speaks protocol version 3, the client 'devassign-cli 1.0' version 2: ...".
     *
     * @param self and @param peer the two sides as a sentence names them ("this agent", "the client ...")
     */
    public static String mismatch(String self, int own, String peer, int theirs) {
        return self + " speaks protocol version " + own + ", " + peer + " version " + theirs
                + ": install the same DevAssign release on the board and on the client (update " + (own < theirs ? self : peer) + ")";
    }
}
