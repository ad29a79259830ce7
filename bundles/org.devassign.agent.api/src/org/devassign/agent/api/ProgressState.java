package org.devassign.agent.api;

/** Where a step of a running transaction is: begun, finished, failed (the transaction is undone next), or undone. */
public enum ProgressState {
    STARTED("started"),
    DONE("done"),
    FAILED("failed"),
    UNDONE("undone");

    private final String keyword;

    ProgressState(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    @Override
    public String toString() {
        return keyword;
    }
}
