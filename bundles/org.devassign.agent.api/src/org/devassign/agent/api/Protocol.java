package org.devassign.agent.api;

/** Version, error codes and default limits of the protocol; both sides compile against the same numbers. */
public final class Protocol {

    /** The protocol version. A client and an agent talk when their major versions are equal. */
    public static final int VERSION = 1;

    /** The TCP port the agent listens on unless its config says otherwise. */
    public static final int DEFAULT_PORT = 7443;

    /** Largest message (JSON body) either side accepts unless configured otherwise. */
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 1 << 20;

    /** Largest header block (the Content-Length lines) before the body. */
    public static final int MAX_HEADER_BYTES = 1024;

    // JSON-RPC 2.0's own codes.
    public static final int PARSE_ERROR = -32700;
    public static final int INVALID_REQUEST = -32600;
    public static final int METHOD_NOT_FOUND = -32601;
    public static final int INVALID_PARAMS = -32602;
    public static final int INTERNAL_ERROR = -32603;

    // The agent's codes (JSON-RPC reserves -32000..-32099 for servers).
    public static final int NOT_AUTHORIZED = -32001;
    public static final int RATE_LIMITED = -32002;
    public static final int MESSAGE_TOO_LARGE = -32003;
    public static final int VERSION_MISMATCH = -32004;
    public static final int UNKNOWN_DEVICE = -32010;
    public static final int PROTECTED_DEVICE = -32011;
    public static final int BIND_FAILED = -32012;
    public static final int GROUP_NOT_VIABLE = -32013;
    public static final int OPEN_FAILED = -32014;
    public static final int NOT_DEPLOYED = -32015;
    public static final int BAD_ACCESS = -32016;
    public static final int BUSY = -32017;
    public static final int NOT_ALLOWED_BY_POLICY = -32018;

    private Protocol() {
    }
}
