package org.devassign.fleet.client;

import org.devassign.fleet.Presence;
import org.devassign.fleet.Summary;

/**
 * A board as a client last heard of it: its presence (null until one arrived), its summary (null
 * until one arrived) and how many births of it this client has seen (a new birth means a new
 * connection of the board: answers it owed on the previous one may be lost).
 */
public record BoardView(String board, Presence presence, Summary summary, long births) {

    public boolean online() {
        return presence != null && presence.online();
    }

    /** The config deployed on the board as its summary says, or null. */
    public String deployedDigest() {
        return summary == null || summary.deployed() == null ? null : summary.deployed().digest();
    }
}
