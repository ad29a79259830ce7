package org.devassign.ui.deploy.targets;

import java.nio.file.Path;

import org.devassign.deploy.AgentLink;
import org.devassign.deploy.Target;

/**
 * One agent on a board, as the user added it.
 *
 * @param name what the user calls it
 * @param address the agent's HOST:PORT
 * @param identity the agent's certificate subject expected by the user (may be empty: trust the CA)
 * @param certs the folder of {@code devassign certs init} holding the client identities per role
 */
public record AgentTarget(String name, Target address, String identity, Path certs) {

    /** The client identity for {@code role} (viewer, operator, debugger) in {@link #certs}. */
    public AgentLink.Identity identity(String role) {
        return AgentLink.Identity.of(certs, role);
    }

    @Override
    public String toString() {
        return name + " (" + address + ")";
    }
}
