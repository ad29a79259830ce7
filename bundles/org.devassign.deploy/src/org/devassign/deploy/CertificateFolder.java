package org.devassign.deploy;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the identities of {@code devassign certs init} live when no folder is given: one rule for
 * the command line and the workbench, read from the environment the way the shell scripts read it,
 * so a process started with {@code HOME} (or {@code XDG_CONFIG_HOME}) elsewhere looks where its
 * shell would:
 * <ol>
 * <li>{@code $DEVASSIGN_CERTS};</li>
 * <li>{@code $XDG_CONFIG_HOME/devassign/certs} when {@code XDG_CONFIG_HOME} is an absolute path (the
 * XDG base directory rule: relative values are ignored);</li>
 * <li>{@code $HOME/.config/devassign/certs};</li>
 * <li>only when {@code HOME} is unset (a service without a login environment): the account's home
 * directory as the JVM knows it, which is what {@code ~} means to a shell then.</li>
 * </ol>
 */
public final class CertificateFolder {

    private CertificateFolder() {
    }

    /** The default folder for this process's environment. */
    public static Path standard() {
        return standard(System.getenv());
    }

    /** The default folder for {@code environment} (the rule above; testable without changing the process's environment). */
    public static Path standard(Map<String, String> environment) {
        String certs = nonBlank(environment.get("DEVASSIGN_CERTS"));
        if (certs != null) {
            return Path.of(certs);
        }
        String xdg = nonBlank(environment.get("XDG_CONFIG_HOME"));
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "devassign", "certs");
        }
        String home = nonBlank(environment.get("HOME"));
        if (home == null) {
            home = System.getProperty("user.home");
        }
        return Path.of(home, ".config", "devassign", "certs");
    }

    /**
     * Where a fleet's rollout state files go when no folder is given: {@code $DEVASSIGN_FLEET_STATE},
     * else {@code fleet} next to the default certificate folder by the rule above without
     * {@code $DEVASSIGN_CERTS} (a certificate folder named for one fleet does not move the rollouts).
     * One rule for {@code devassign fleet} and the workbench's Fleet view.
     */
    public static Path fleetState(Map<String, String> environment) {
        String state = nonBlank(environment.get("DEVASSIGN_FLEET_STATE"));
        if (state != null) {
            return Path.of(state);
        }
        Map<String, String> withoutCerts = new java.util.HashMap<>(environment);
        withoutCerts.remove("DEVASSIGN_CERTS");
        return standard(withoutCerts).getParent().resolve("fleet");
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
