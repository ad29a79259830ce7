package org.devassign.ui.deploy.fleet;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.devassign.agent.api.tls.KeyFiles;
import org.devassign.deploy.AgentLink;
import org.devassign.fleet.client.BoardView;
import org.devassign.fleet.client.FleetConnection;
import org.devassign.fleet.rollout.RolloutState;
import org.devassign.fleet.rollout.RolloutStore;
import org.devassign.fleet.sign.FleetIdentity;

/**
 * The workbench's connection to a fleet, and the rollout the view shows. The boards are listed with
 * the viewer identity, as {@code devassign fleet list} lists them: looking at a fleet needs no right
 * to change it. A rollout opens a connection of its own with the operator identity for as long as
 * it runs ({@link #openOperator}), as {@code devassign fleet deploy} does. State changes on the
 * connection's and the jobs' threads, the link's coming and going among them; listeners are told
 * on those threads.
 */
public final class FleetSession {

    /** Told that the boards, the connection or the rollout changed; on any thread. */
    public interface Listener {
        void changed();
    }

    private static final FleetSession INSTANCE = new FleetSession();
    /** The identity the boards are listed with, and the one a rollout signs with. */
    private static final String VIEWER = "viewer";
    private static final String OPERATOR = "operator";

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile FleetConnection connection;
    private volatile FleetSettings settings = FleetSettings.load();
    private volatile String status = "Not connected: give the broker and the certificate folder, then Connect.";
    private volatile boolean failed;
    private volatile RolloutState rollout;
    private volatile boolean rolloutRunning;
    private Runnable unsubscribe = () -> {
    };
    private Runnable unlisten = () -> {
    };

    private FleetSession() {
    }

    public static FleetSession get() {
        return INSTANCE;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    void changed() {
        for (Listener l : listeners) {
            l.changed();
        }
    }

    /**
     * Connects with {@code newSettings} (saved first), replacing the connection there is; blocks: run it
     * off the UI thread ({@link ConnectJob}). The outcome is in {@link #status} and {@link #failed}.
     */
    void connect(FleetSettings newSettings) throws InterruptedException {
        if (rolloutRunning) {
            report("A rollout is running on this connection: connect again when it has ended (or cancel it in the Progress view;"
                    + " Resume finishes it later).", true);
            return;
        }
        disconnect();
        rollout = null; // the newest rollout of the (maybe other) state folder is shown once connected
        settings = newSettings;
        newSettings.save();
        String bad = FleetErrors.badBroker(newSettings.broker());
        if (bad != null) {
            report(bad, true);
            return;
        }
        if (newSettings.certs().toString().isBlank()) {
            report("Give the certificate folder: the one 'devassign certs init' wrote (with ca.p12, viewer.p12 and operator.p12).", true);
            return;
        }
        String broker = newSettings.broker().strip();
        report("Connecting to " + broker + "...", false);
        FleetConnection opened;
        try {
            opened = open(newSettings, VIEWER, FleetConnection.Follow.LISTING);
        } catch (IOException e) {
            report(e.getMessage(), true);
            return;
        }
        unsubscribe = opened.onBoard(view -> changed());
        // a lost or restored broker connection tells no board's topic: the link says it
        unlisten = opened.onLink(this::changed);
        connection = opened;
        opened.awaitSettled(Duration.ofMillis(500), Duration.ofSeconds(30));
        report("Connected to " + broker + " as " + opened.client() + ".", false);
        showLatestRollout();
    }

    /**
     * A connection with {@code role}'s identity of the settings' certificate folder, connected
     * (within 20 s); blocks.
     *
     * @throws IOException whose message says what to fix (the view shows it)
     */
    private static FleetConnection open(FleetSettings settings, String role, FleetConnection.Follow follow)
            throws IOException, InterruptedException {
        String broker = settings.broker().strip();
        FleetIdentity identity;
        try {
            AgentLink.Identity files = AgentLink.Identity.of(settings.certs(), role);
            identity = FleetIdentity.load(files.keystore(), KeyFiles.passwordFileOf(files.keystore()), files.truststore());
        } catch (IOException | RuntimeException e) {
            throw new IOException(FleetErrors.identity(settings.certs(), role, e), e);
        }
        FleetConnection opened;
        try {
            // as the CLI: a command stays valid a little longer than its answer is waited for
            opened = FleetConnection.open(broker, identity, settings.answerTimeout().plusSeconds(30), follow);
        } catch (IOException | RuntimeException e) {
            throw new IOException("Cannot connect to the broker " + broker + ": " + FleetErrors.detail(e), e);
        }
        if (!opened.awaitConnected(Duration.ofSeconds(20))) {
            String problem = opened.problem();
            opened.close();
            throw new IOException(FleetErrors.unreachable(broker, role, problem));
        }
        return opened;
    }

    /**
     * A connection with the operator identity for one rollout, connected and with every board's
     * presence heard; the caller closes it. Blocks: run it in the rollout's job.
     *
     * @throws IOException whose message says what to fix
     */
    FleetConnection openOperator() throws IOException, InterruptedException {
        FleetConnection opened = open(settings, OPERATOR, FleetConnection.Follow.ROLLOUT);
        opened.awaitSettled(Duration.ofMillis(500), Duration.ofSeconds(30));
        return opened;
    }

    private void showLatestRollout() {
        try {
            RolloutStore store = store();
            if (store == null) {
                return;
            }
            String latest = store.latest().orElse(null);
            if (latest != null) {
                rollout = store.load(latest);
                changed();
            }
        } catch (IOException | IllegalArgumentException e) {
            // a damaged or unreadable state file: the view shows no rollout; 'devassign fleet status' names the file
        }
    }

    public void disconnect() {
        FleetConnection old = connection;
        connection = null;
        unsubscribe.run();
        unlisten.run();
        if (old != null) {
            old.close();
            report("Disconnected.", false);
        }
    }

    void report(String text, boolean failure) {
        status = text;
        failed = failure;
        changed();
    }

    /** The boards heard of (none when not connected). */
    public Collection<BoardView> boards() {
        FleetConnection c = connection;
        return c == null ? List.of() : c.boards().values();
    }

    public FleetConnection connection() {
        return connection;
    }

    public FleetSettings settings() {
        return settings;
    }

    /** The rollout state files' folder; null when the environment gives none ({@link FleetSettings#noStateFolder}). */
    public RolloutStore store() {
        return settings.state() == null ? null : new RolloutStore(settings.state());
    }

    /** What the view says about the connection: the last outcome, or that the link is down and reconnecting. */
    public String status() {
        FleetConnection c = connection;
        if (c != null && !c.connected()) {
            String problem = c.problem();
            return "The connection to the broker " + settings.broker() + " is lost" + (problem == null ? "" : " (" + FleetErrors.detail(problem) + ")")
                    + "; reconnecting. Boards' states shown are the last heard.";
        }
        return status;
    }

    public boolean failed() {
        FleetConnection c = connection;
        return failed || c != null && !c.connected();
    }

    /** The rollout the view shows: the last one run here, else the newest of the state folder. */
    public RolloutState rollout() {
        return rollout;
    }

    public boolean rolloutRunning() {
        return rolloutRunning;
    }

    void rollout(RolloutState state, boolean running) {
        rollout = state;
        rolloutRunning = running;
        changed();
    }
}
