package org.devassign.ui.deploy.targets;

import java.nio.file.Path;
import java.util.Map;

import org.devassign.deploy.AgentLink;
import org.devassign.deploy.CertificateFolder;
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

    /**
     * The client identity for {@code role} (viewer, operator, debugger) in {@link #certs}.
     *
     * @throws IllegalStateException when the target has no folder: it has none of its own and there
     *             was no default when the workbench read its targets ({@link TargetStore#defaultCerts()}),
     *             saying why ({@link #withoutCertificates})
     */
    public AgentLink.Identity identity(String role) {
        if (certs == null || certs.toString().isEmpty()) {
            throw new IllegalStateException(withoutCertificates(name, System.getenv()));
        }
        return AgentLink.Identity.of(certs, role);
    }

    /**
     * Why target {@code target} has no certificate folder in {@code environment} and what to do: the
     * command line's own words when there is no default ({@link CertificateFolder.Unset}: HOME unset,
     * set DEVASSIGN_CERTS or HOME), rather than a file "ca.p12" missing from the folder "".
     */
    public static String withoutCertificates(String target, Map<String, String> environment) {
        String because;
        try {
            because = "the default folder " + CertificateFolder.standard(environment) + " was not known when the workbench read its"
                    + " targets; restart the workbench";
        } catch (CertificateFolder.Unset unset) {
            because = "there is " + unset.getMessage() + " (then restart the workbench)";
        }
        return "Target " + target + " has no certificate folder of its own, and " + because
                + ". Or give the target its folder: remove it and add it again with the folder 'devassign certs init' wrote.";
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
