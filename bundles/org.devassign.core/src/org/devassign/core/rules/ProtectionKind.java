package org.devassign.core.rules;

import java.util.Optional;

/** Why a device never leaves its host driver, whatever a config says. Literals match the board model's. */
public enum ProtectionKind {
    ROOT_FILESYSTEM("root-filesystem", "it carries the board's root file system, and the board would not survive losing it."),
    AGENT_CONNECTION("agent-connection", "it carries the agent's own connection, and the board would become unreachable."),
    MANAGEMENT("management", "it is the board's management device."),
    POLICY("policy", "the board's policy keeps it on its host driver.");

    private final String literal;
    private final String why;

    ProtectionKind(String literal, String why) {
        this.literal = literal;
        this.why = why;
    }

    public String literal() {
        return literal;
    }

    /** The consequence, as a sentence: why taking the device would break the board. */
    public String why() {
        return why;
    }

    public static Optional<ProtectionKind> ofLiteral(String literal) {
        for (ProtectionKind kind : values()) {
            if (kind.literal.equals(literal)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
