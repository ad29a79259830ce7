package org.devassign.ui.deploy.fleet;

import java.nio.file.Path;
import java.time.Duration;

import org.devassign.deploy.CertificateFolder;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * What the Fleet view connects with, the settings {@code devassign fleet} takes: the broker
 * ({@code --broker}, default {@code $DEVASSIGN_BROKER}), the certificate folder of
 * {@code devassign certs init} ({@code --certs}, default {@link CertificateFolder#standard()}) and the
 * rollout state folder ({@code --state}, default {@link CertificateFolder#fleetState}), so a rollout
 * started in the workbench is one {@code devassign fleet status} shows, and the other way round;
 * and how long a board's answer ({@code --timeout}, 60 s) and boards that are away
 * ({@code --offline-wait}, 30 s) are waited for. Kept in the instance preferences, node {@value #NODE}.
 */
public record FleetSettings(String broker, Path certs, Path state, Duration answerTimeout, Duration offlineWait) {

    public static final String NODE = "org.devassign.fleet";
    private static final String BROKER = "broker";
    private static final String CERTS = "certs";
    private static final String STATE = "state";
    private static final String ANSWER_TIMEOUT = "answerTimeoutSeconds";
    private static final String OFFLINE_WAIT = "offlineWaitSeconds";

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    /**
     * The stored settings, each defaulting as the CLI's option does. Without a home (no default
     * folder: {@link CertificateFolder.Unset}) the certificate folder is empty, for the user to give,
     * and the state folder null ({@link #noStateFolder} says what to set).
     */
    public static FleetSettings load() {
        String environmentBroker = System.getenv("DEVASSIGN_BROKER");
        String broker = node().get(BROKER, environmentBroker == null ? "" : environmentBroker.strip());
        String certs = node().get(CERTS, "");
        String state = node().get(STATE, "");
        Path certsFolder;
        Path stateFolder;
        try {
            certsFolder = certs.isBlank() ? CertificateFolder.standard() : Path.of(certs);
        } catch (CertificateFolder.Unset e) {
            certsFolder = Path.of("");
        }
        try {
            stateFolder = state.isBlank() ? CertificateFolder.fleetState(System.getenv()) : Path.of(state);
        } catch (CertificateFolder.Unset e) {
            stateFolder = null;
        }
        return new FleetSettings(broker, certsFolder, stateFolder, Duration.ofSeconds(Math.max(1, node().getLong(ANSWER_TIMEOUT, 60))),
                Duration.ofSeconds(Math.max(0, node().getLong(OFFLINE_WAIT, 30))));
    }

    /** Why {@link #state} is null: the environment gives no default folder for rollouts. */
    public static String noStateFolder() {
        try {
            return "no folder for the rollout state: " + CertificateFolder.fleetState(System.getenv()) + " is the default; set it in the preferences";
        } catch (CertificateFolder.Unset e) {
            return e.getMessage();
        }
    }

    /** Stores these settings (a failure to write the preferences is not worth stopping a connection for). */
    public void save() {
        IEclipsePreferences node = node();
        node.put(BROKER, broker);
        node.put(CERTS, certs.toString());
        node.put(STATE, state == null ? "" : state.toString());
        node.putLong(ANSWER_TIMEOUT, answerTimeout.toSeconds());
        node.putLong(OFFLINE_WAIT, offlineWait.toSeconds());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // kept for this session
        }
    }

    public FleetSettings withConnection(String newBroker, Path newCerts) {
        return new FleetSettings(newBroker, newCerts, state, answerTimeout, offlineWait);
    }
}
