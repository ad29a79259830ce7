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
 * <li>{@code $HOME/.config/devassign/certs}.</li>
 * </ol>
 * With none of them set (a service without a login environment) there is no default: {@link Unset}
 * says which variable to set. The JVM's idea of the account's home is not a fallback, because the
 * scripts, which read {@code $HOME}, would then look elsewhere than the Java tools.
 */
public final class CertificateFolder {

    private CertificateFolder() {
    }

    /** Why there is no default folder: neither {@code DEVASSIGN_CERTS}, an absolute {@code XDG_CONFIG_HOME} nor {@code HOME} is set. */
    public static final class Unset extends Exception {

        private static final long serialVersionUID = 1L;

        Unset() {
            this("no default certificates folder: HOME is not set (the default is $HOME/.config/devassign/certs); set DEVASSIGN_CERTS"
                    + " to the folder 'devassign certs init' wrote (export DEVASSIGN_CERTS=/path/to/certs), or set HOME");
        }

        Unset(String message) {
            super(message);
        }
    }

    /** The default folder for this process's environment. */
    public static Path standard() throws Unset {
        return standard(System.getenv());
    }

    /** The default folder for {@code environment} (the rule above; testable without changing the process's environment). */
    public static Path standard(Map<String, String> environment) throws Unset {
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
            throw new Unset();
        }
        return Path.of(home, ".config", "devassign", "certs");
    }

    /**
     * Where a fleet's rollout state files go when no folder is given: {@code $DEVASSIGN_FLEET_STATE},
     * else {@code fleet} next to the default certificate folder by the rule above without
     * {@code $DEVASSIGN_CERTS} (a certificate folder named for one fleet does not move the rollouts).
     * One rule for {@code devassign fleet} and the workbench's Fleet view.
     *
     * @throws Unset when neither that variable nor a home is set, naming the variables to set
     */
    public static Path fleetState(Map<String, String> environment) throws Unset {
        String state = nonBlank(environment.get("DEVASSIGN_FLEET_STATE"));
        if (state != null) {
            return Path.of(state);
        }
        Map<String, String> withoutCerts = new java.util.HashMap<>(environment);
        withoutCerts.remove("DEVASSIGN_CERTS");
        try {
            return standard(withoutCerts).getParent().resolve("fleet");
        } catch (Unset e) {
            throw new Unset("no folder for the rollout state: HOME is not set (the default is $HOME/.config/devassign/fleet); set"
                    + " DEVASSIGN_FLEET_STATE (export DEVASSIGN_FLEET_STATE=/path/to/state) or set HOME (devassign fleet also takes --state DIR)");
        }
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
