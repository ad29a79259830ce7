package org.devassign.deploy;

import java.io.IOException;

/**
 * The agent at a pinned target presented another certificate than the pinned one: refused before
 * anything is sent, naming both fingerprints, because either the agent's certificate was renewed
 * (pin the new one, once checked on the board) or something else answers at that address.
 */
public final class PinMismatchException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String pinned;
    private final String seen;

    PinMismatchException(Target target, String seen) {
        super("refused the agent at " + target + ": it presented a certificate with the SHA-256 fingerprint " + seen
                + ", but the target is pinned to " + org.devassign.agent.api.tls.Fingerprint.parse(target.pin())
                + ". If the agent's certificate was renewed, check the new fingerprint on the board (the agent's log says"
                + " 'certificate SHA-256 ...' at start) and pin it; otherwise something else answers at this address: do not use it");
        this.pinned = target.pin();
        this.seen = seen;
    }

    public String pinned() {
        return pinned;
    }

    public String seen() {
        return seen;
    }
}
