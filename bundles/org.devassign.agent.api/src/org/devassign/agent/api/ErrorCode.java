package org.devassign.agent.api;

import java.util.Optional;

/**
 * The error codes of the protocol, each with its JSON-RPC number (stable across versions: a client
 * compares numbers) and a short title for messages. JSON-RPC 2.0 owns -32700..-32600; the agent's
 * own codes are in the range JSON-RPC reserves for servers, -32000..-32099. A code is chosen where
 * its condition is detected, never derived from a message's text.
 */
public enum ErrorCode {
    PARSE_ERROR(-32700, "malformed message"),
    INVALID_REQUEST(-32600, "invalid request"),
    METHOD_NOT_FOUND(-32601, "unknown method"),
    INVALID_PARAMS(-32602, "invalid parameters"),
    INTERNAL_ERROR(-32603, "agent failure"),

    NOT_AUTHORIZED(-32001, "not authorized"),
    RATE_LIMITED(-32002, "rate limited"),
    MESSAGE_TOO_LARGE(-32003, "message too large"),
    VERSION_MISMATCH(-32004, "protocol version mismatch"),
    UNKNOWN_DEVICE(-32010, "unknown device"),
    PROTECTED_DEVICE(-32011, "protected device"),
    BIND_FAILED(-32012, "bind failed"),
    GROUP_NOT_VIABLE(-32013, "group not viable"),
    OPEN_FAILED(-32014, "open failed"),
    NOT_DEPLOYED(-32015, "not deployed"),
    BAD_ACCESS(-32016, "bad register access"),
    BUSY(-32017, "agent busy"),
    NOT_ALLOWED_BY_POLICY(-32018, "not allowed by the agent's policy"),
    /** Undoing a transaction (or a rollback) left a device off its saved driver: a person must look at the board. */
    RESTORE_FAILED(-32019, "restore failed"),
    /** The host uses the device (a mounted file system, an interface that is up, ...) and the request does not say force. */
    DEVICE_IN_USE(-32020, "device in use"),
    /**
     * The agent's journal is damaged (or has used every transaction id): the agent cannot know what it
     * holds, so it changes nothing until a person deals with the journal (status says which record and how).
     */
    JOURNAL_DAMAGED(-32021, "journal damaged");

    private final int code;
    private final String title;

    ErrorCode(int code, String title) {
        this.code = code;
        this.title = title;
    }

    /** The JSON-RPC error number. */
    public int code() {
        return code;
    }

    /** What kind of failure, in a few words: "protected device". */
    public String title() {
        return title;
    }

    public static Optional<ErrorCode> of(int code) {
        for (ErrorCode value : values()) {
            if (value.code == code) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
