package org.devassign.agent.service;

import java.util.regex.Pattern;

import org.devassign.agent.api.AgentError;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;

/**
 * The last check of every error the agent sends a client: Java's names for its own classes and
 * exceptions ({@code java.lang.IllegalStateException: }, {@code org.devassign...Holdings$Held}) say
 * how the agent is built, not what the client did, and are taken out; the agent's log keeps the
 * whole text. Applied where a request's refusal leaves the session, so that a message from deep
 * inside (a defect's, a library's) cannot carry them out.
 */
final class ClientText {

    /** {@code java.lang.IllegalStateException: } and {@code NullPointerException: }. */
    private static final Pattern EXCEPTION = Pattern.compile("\\b(?:[a-z_][\\w$]*\\.)*[A-Z][\\w$]*(?:Exception|Error)\\b(?::\\s*)?");
    /** The package part of a class name: {@code org.devassign.agent.service.} in front of {@code Holdings$Held}. */
    private static final Pattern PACKAGE = Pattern.compile("\\b(?:org|com|java|javax|jdk|sun)\\.(?:[a-z_][\\w$]*\\.)+");
    /** A stack frame: {@code (Holdings.java:12)}. */
    private static final Pattern FRAME = Pattern.compile("\\(?\\b[\\w$]+\\.java:\\d+\\)?");

    private ClientText() {
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String clean = FRAME.matcher(EXCEPTION.matcher(text).replaceAll("")).replaceAll("");
        return PACKAGE.matcher(clean).replaceAll("").strip();
    }

    /** {@code refusal} with its message and detail cleaned. */
    static ResponseErrorException response(ResponseErrorException refusal) {
        ResponseError error = refusal.getResponseError();
        Object data = error.getData() instanceof AgentError agent ? new AgentError(agent.device(), agent.source(), clean(agent.detail()))
                : null;
        return new ResponseErrorException(new ResponseError(error.getCode(), clean(error.getMessage()), data));
    }
}
