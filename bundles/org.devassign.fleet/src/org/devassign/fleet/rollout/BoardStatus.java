package org.devassign.fleet.rollout;

import java.util.Locale;

/** Where one board of a rollout is. */
public enum BoardStatus {
    /** Not sent yet. */
    PENDING,
    /** Offline when its turn came: taken when it is back. */
    OFFLINE,
    /** The apply is sent; no answer yet. */
    SENT,
    /** The apply was sent, then the board or this client lost its connection: what happened is asked again when both are back. */
    IN_DOUBT,
    /** Applied (or already as the deployment asks). */
    APPLIED,
    /** The agent refused or failed the apply; it undid its own transaction, so the board is as it was. */
    FAILED,
    /** No answer within the timeout; the agent refuses the command once it has expired. */
    NO_ANSWER,
    /** A rollback is sent. */
    ROLLING_BACK,
    /** Rolled back after its wave failed, or by a fleet rollback. */
    ROLLED_BACK,
    /** The rollback failed or got no answer: look at the board. */
    ROLLBACK_FAILED;

    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Nothing more will happen to the board in this rollout unless it is resumed or rolled back. */
    public boolean settled() {
        return this == APPLIED || this == FAILED || this == NO_ANSWER || this == ROLLED_BACK || this == ROLLBACK_FAILED;
    }
}
