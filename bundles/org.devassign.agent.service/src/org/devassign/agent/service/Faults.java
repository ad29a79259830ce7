package org.devassign.agent.service;

/**
 * Fault injection for the crash tests: with {@code DEVASSIGN_AGENT_CRASH_AFTER=TYPE[:STEP]} (e.g.
 * {@code done:bind}, {@code intent:open}, {@code begin}) the agent sends itself SIGKILL right after
 * the first matching journal record is on disk, so a test can stop it between any two steps. Armed
 * only after start-up, so the recovery of the previous crash runs to its end.
 */
final class Faults {

    static volatile boolean armed;

    private Faults() {
    }

    static Journal.Listener fromEnvironment() {
        String spec = System.getenv("DEVASSIGN_AGENT_CRASH_AFTER");
        if (spec == null || spec.isBlank()) {
            return entry -> {
            };
        }
        String[] parts = spec.trim().split(":");
        return entry -> {
            if (armed && entry.type().equals(parts[0]) && (parts.length < 2 || parts[1].equals(entry.step()))) {
                System.err.println("agent: fault injection: SIGKILL after journal record " + spec);
                try {
                    new ProcessBuilder("kill", "-KILL", String.valueOf(ProcessHandle.current().pid())).inheritIO().start().waitFor();
                } catch (Exception e) {
                    // fall through to halt
                }
                Runtime.getRuntime().halt(137);
            }
        };
    }
}
