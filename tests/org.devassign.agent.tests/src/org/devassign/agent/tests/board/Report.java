package org.devassign.agent.tests.board;

/** PASS/FAIL/INFO lines, one per check, and the failure count for the exit code. */
final class Report {

    private int failures;
    private int passes;
    private final String prefix;

    Report(String prefix) {
        this.prefix = prefix;
    }

    boolean check(String name, boolean ok, String values) {
        if (ok) {
            passes++;
        } else {
            failures++;
        }
        System.out.println((ok ? "PASS " : "FAIL ") + prefix + name + ": " + values);
        return ok;
    }

    void fail(String name, Throwable e) {
        failures++;
        System.out.println("FAIL " + prefix + name + ": " + e);
        e.printStackTrace(System.out);
    }

    void info(String text) {
        System.out.println("INFO " + prefix + text);
    }

    int failures() {
        return failures;
    }

    int passes() {
        return passes;
    }
}
