package org.devassign.agent.api.wire;

import com.google.gson.JsonSyntaxException;

/**
 * A value in a message that is not one the protocol knows: a device name that is no kernel name, a
 * driver or open path that does not exist. Its message says what a valid value looks like and is
 * the one the peer gets with -32602. It travels as the cause of a {@link JsonSyntaxException}
 * ({@link #asSyntaxError}), because that is what LSP4J turns into a message issue that keeps the
 * request and its id, instead of losing the request.
 */
public final class InvalidValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidValueException(String message) {
        super(message, null, false, false);
    }

    /** What a Gson type adapter throws for a value it refuses. */
    public static JsonSyntaxException asSyntaxError(String message) {
        return new JsonSyntaxException(message, new InvalidValueException(message));
    }
}
