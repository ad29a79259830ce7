package org.devassign.deploy;

import org.devassign.agent.api.AgentError;
import org.devassign.agent.api.ErrorCode;
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

    /** The code's title ("protected device"), or "agent error N" for a number this client does not know. */
    static String kind(int code) {
        return ErrorCode.of(code).map(ErrorCode::title).orElse("agent error " + code);
    }
}
