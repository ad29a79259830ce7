package org.devassign.agent.service;

import org.devassign.agent.service.journal.Journal;

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
        String point = spec.trim();
        return entry -> {
            if (armed && entry.matches(point)) {
                AgentLog.logger().log(System.Logger.Level.WARNING, "fault injection: SIGKILL after journal record " + AgentLog.safe(point));
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
