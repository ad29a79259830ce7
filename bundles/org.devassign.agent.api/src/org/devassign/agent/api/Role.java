package org.devassign.agent.api;

import java.util.Locale;
import java.util.Set;

/**
 * What a client certificate may do. Viewers look (inventory, status); operators change the board
 * (plan, apply, rollback); debuggers touch devices (registers, interrupts). Operators and debuggers
 * may also look.
 */
public enum Role {
    VIEWER(Set.of("hello", "inventory", "status")),
    OPERATOR(Set.of("hello", "inventory", "status", "plan", "apply", "rollback")),
    DEBUGGER(Set.of("hello", "inventory", "status", "read", "write", "watchIrqs"));

    private final Set<String> methods;

    Role(Set<String> methods) {
        this.methods = methods;
    }

    public boolean allows(String method) {
        return methods.contains(method);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role of(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
