package org.devassign.ui.deploy.targets;

import java.nio.file.Path;

import org.devassign.deploy.AgentLink;
import org.devassign.deploy.Target;

/**
 * One agent on a board, as the user added it.
 *
 * @param name what the user calls it
 * @param address the agent's HOST:PORT
 * @param identity the SHA-256 fingerprint of the agent's certificate the target is pinned to (may be
 *            empty: the CA alone decides, and connecting shows the fingerprint to pin)
 * @param certs the folder of {@code devassign certs init} holding the client identities per role
 *            (PKCS#12 with a password file each; the one identity format of the CLI and the workbench)
 */
public record AgentTarget(String name, Target address, String identity, Path certs) {

    /** The client identity for {@code role} (viewer, operator, debugger) in {@link #certs}. */
    public AgentLink.Identity identity(String role) {
        return AgentLink.Identity.of(certs, role);
    }

    /**
     * The address pinned to {@link #identity} when it is set.
     *
     * @throws IllegalArgumentException when the identity is not a SHA-256 fingerprint, saying what one looks like
     */
    public Target pinnedAddress() {
        try {
            return address.pinned(identity);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the identity of target " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return name + " (" + address + ")";
    }
}
