package org.devassign.deploy;

import org.devassign.agent.api.AgentError;
import org.devassign.agent.api.Protocol;
import org.devassign.model.naming.Labels;

/**
 * An agent's error in the user's terms: the config line of the assignment, the model's name of the
 * device, what went wrong, and the kernel's words as a detail at the end.
 */
public final class DeployErrors {

    private DeployErrors() {
    }

    public static String explain(AgentFailure failure, Planner.Plan plan) {
        AgentError error = failure.error();
        StringBuilder text = new StringBuilder();
        Planner.Origin origin = plan == null ? null : plan.origin(error.device());
        if (origin != null) {
            text.append(origin.location()).append(": ").append(Labels.of(origin.assignment())).append(": ")
                    .append(Labels.of(origin.device())).append(": ");
        } else if (error.source() != null) {
            text.append(error.source()).append(": ");
        }
        text.append(kind(failure.code())).append(": ").append(failure.getMessage());
        if (error.detail() != null && !error.detail().isBlank()) {
            text.append(" (kernel: ").append(error.detail()).append(')');
        }
        return text.toString();
    }

    static String kind(int code) {
        return switch (code) {
            case Protocol.NOT_AUTHORIZED -> "not authorized";
            case Protocol.RATE_LIMITED -> "rate limited";
            case Protocol.MESSAGE_TOO_LARGE -> "message too large";
            case Protocol.VERSION_MISMATCH -> "protocol version mismatch";
            case Protocol.UNKNOWN_DEVICE -> "unknown device";
            case Protocol.PROTECTED_DEVICE -> "protected device";
            case Protocol.BIND_FAILED -> "bind failed";
            case Protocol.GROUP_NOT_VIABLE -> "group not viable";
            case Protocol.OPEN_FAILED -> "open failed";
            case Protocol.NOT_DEPLOYED -> "not deployed";
            case Protocol.BAD_ACCESS -> "bad register access";
            case Protocol.BUSY -> "agent busy";
            case Protocol.NOT_ALLOWED_BY_POLICY -> "not allowed by the agent's policy";
            case Protocol.METHOD_NOT_FOUND -> "unknown method";
            case Protocol.INVALID_PARAMS -> "invalid parameters";
            case Protocol.PARSE_ERROR -> "malformed message";
            default -> "agent error " + code;
        };
    }
}
