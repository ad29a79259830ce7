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

    /** The stored settings, each defaulting as the CLI's option does. */
    public static FleetSettings load() {
        String environmentBroker = System.getenv("DEVASSIGN_BROKER");
        String broker = node().get(BROKER, environmentBroker == null ? "" : environmentBroker.strip());
        String certs = node().get(CERTS, "");
        String state = node().get(STATE, "");
        return new FleetSettings(broker, certs.isBlank() ? CertificateFolder.standard() : Path.of(certs),
                state.isBlank() ? CertificateFolder.fleetState(System.getenv()) : Path.of(state),
                Duration.ofSeconds(Math.max(1, node().getLong(ANSWER_TIMEOUT, 60))), Duration.ofSeconds(Math.max(0, node().getLong(OFFLINE_WAIT, 30))));
    }

    /** Stores these settings (a failure to write the preferences is not worth stopping a connection for). */
    public void save() {
        IEclipsePreferences node = node();
        node.put(BROKER, broker);
        node.put(CERTS, certs.toString());
        node.put(STATE, state.toString());
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
