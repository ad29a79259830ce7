package org.devassign.ui.deploy.fleet;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.devassign.fleet.LabelSelector;
import org.devassign.fleet.rollout.RolloutState;
import org.devassign.ui.deploy.deploy.DeployHandler;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * The boards of a fleet and its rollouts: connect to the broker with the viewer identity of a
 * certificate folder, list the boards (online or offline, kernel, labels, what is deployed), narrow
 * them by a label selector (and, optionally, by selecting rows), and roll out the config of the
 * active editor (or the one selected in the Project Explorer) with a canary and waves, on a
 * connection of the rollout's own with the folder's operator identity; the rollout's boards follow
 * as it runs, and Resume and Rollback act on it as {@code devassign fleet} does. Closing the view
 * closes its connection.
 * What is shown is computed by {@link BoardRows} and {@link RolloutRows}; the work runs in
 * {@link ConnectJob} and {@link RolloutJob}.
 */
public class FleetView extends ViewPart {

    public static final String ID = "org.devassign.ui.deploy.fleet";

    private Text broker;
    private Text certs;
    private Button connect;
    private Label status;
    private Text filter;
    private Label count;
    private TableViewer boards;
    private Spinner canary;
    private Spinner wave;
    private Button rollOut;
    private Button resume;
    private Button rollback;
    private Label headline;
    private TableViewer rolloutBoards;
    private LabelSelector selector = LabelSelector.ALL;
    private String filterProblem;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final FleetSession.Listener listener = this::refreshSoon;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        FleetSettings settings = FleetSettings.load();
        Composite top = row(parent, 5);
        new Label(top, SWT.NONE).setText("&Broker:");
        broker = text(top, settings.broker(), 220, "The fleet's MQTT broker, ssl://HOST:PORT (as devassign fleet --broker)");
        new Label(top, SWT.NONE).setText("Cer&tificates:");
        certs = text(top, settings.certs().toString(), 300, "The folder of 'devassign certs init': its operator.p12 signs the commands");
        connect = button(top, "&Connect", "Connect to the broker with the viewer identity of the certificate folder (a rollout uses its"
                + " operator identity)", this::connect);
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

        Composite select = row(parent, 3);
        new Label(select, SWT.NONE).setText("&Select:");
        filter = text(select, "", 300, "Boards by label, as devassign fleet --select: site=lab2,model=vm-q35,kernel=6.1*,!retired");
        filter.setMessage("labels, e.g. site=lab2,!retired");
        filter.addModifyListener(e -> filterChanged());
        count = new Label(select, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(count);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        boards = FleetTables.boards(sash);
        Composite lower = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(lower);
        Composite actions = row(lower, 7);
        new Label(actions, SWT.NONE).setText("Ca&nary:");
        canary = spinner(actions, 1, 0, "Boards of the first wave, on their own");
        new Label(actions, SWT.NONE).setText("&Wave:");
        wave = spinner(actions, 50, 1, "Boards per wave after the canary");
        rollOut = button(actions, "&Roll Out", "Roll out the active editor's .assign config to the boards shown (or the selected ones)",
                this::rollOut);
        resume = button(actions, "Res&ume", "Finish the rollout shown: its offline boards, or the rest of a rollout whose process stopped",
                () -> run(RolloutJob::resume));
        rollback = button(actions, "Roll Bac&k", "Roll back every board the rollout shown changed", () -> run(RolloutJob::rollback));
        headline = new Label(lower, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(headline);
        rolloutBoards = FleetTables.rollout(lower);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(rolloutBoards.getControl());
        sash.setWeights(3, 2);

        getSite().setSelectionProvider(boards);
        FleetSession.get().addListener(listener);
        refresh();
    }

    private static Composite row(Composite parent, int columns) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(columns).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        return row;
    }

    private static Text text(Composite parent, String value, int width, String tooltip) {
        Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
        text.setText(value);
        text.setToolTipText(tooltip);
        GridDataFactory.fillDefaults().grab(true, false).hint(width, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private static Button button(Composite parent, String label, String tooltip, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.setToolTipText(tooltip);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private static Spinner spinner(Composite parent, int value, int min, String tooltip) {
        Spinner spinner = new Spinner(parent, SWT.BORDER);
        spinner.setValues(value, min, 100_000, 0, 1, 10);
        spinner.setToolTipText(tooltip);
        return spinner;
    }

    private void connect() {
        // the stored settings (the rollout state folder among them) with the broker and folder as typed here
        new ConnectJob(FleetSettings.load().withConnection(broker.getText().strip(), Path.of(certs.getText().strip()))).schedule();
    }

    private void filterChanged() {
        try {
            selector = LabelSelector.parse(filter.getText());
            filterProblem = null;
        } catch (IllegalArgumentException e) {
            filterProblem = e.getMessage();
        }
        refresh();
    }

    private void rollOut() {
        IFile config = DeployHandler.activeConfig(getSite().getPage());
        if (config == null) {
            FleetSession.get().report("Open the config to roll out in the editor (or select it in the Project Explorer), then Roll Out.", true);
            return;
        }
        if (filterProblem != null) {
            FleetSession.get().report("Fix the label selector first: " + filterProblem, true);
            return;
        }
        if (!DeployHandler.saved(getSite().getShell(), config)) {
            return;
        }
        RolloutJob.start(new RolloutRequest(config.getLocation().toPath(), selector, selectedBoards(), canary.getSelection(),
                wave.getSelection())).schedule();
    }

    private void run(java.util.function.Function<RolloutState, RolloutJob> job) {
        RolloutState shown = FleetSession.get().rollout();
        if (shown != null) {
            job.apply(shown).schedule();
        }
    }

    /** The names of the boards selected in the table. */
    public Set<String> selectedBoards() {
        Set<String> names = new LinkedHashSet<>();
        for (Object o : boards.getStructuredSelection().toList()) {
            if (o instanceof BoardRow row) {
                names.add(row.board());
            }
        }
        return names;
    }

    private void refreshSoon() {
        if (boards == null || boards.getControl().isDisposed() || !refreshQueued.compareAndSet(false, true)) {
            return;
        }
        // many boards announce themselves at once: one refresh for each burst
        boards.getControl().getDisplay().asyncExec(() -> boards.getControl().getDisplay().timerExec(100, () -> {
            refreshQueued.set(false);
            refresh();
        }));
    }

    private void refresh() {
        if (boards.getControl().isDisposed()) {
            return;
        }
        FleetSession session = FleetSession.get();
        status.setText(session.status());
        status.setForeground(session.failed() ? status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        boards.setInput(BoardRows.rows(session.boards(), selector));
        count.setText(filterProblem != null ? filterProblem : BoardRows.count(session.boards(), selector));
        count.setForeground(filterProblem != null ? count.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        RolloutState rollout = session.rollout();
        boolean running = session.rolloutRunning();
        headline.setText(rollout == null ? "No rollout yet." : RolloutRows.headline(rollout));
        rolloutBoards.setInput(rollout == null ? List.of() : RolloutRows.rows(rollout));
        boolean connected = session.connection() != null;
        rollOut.setEnabled(connected && !running);
        connect.setEnabled(!running);
        resume.setEnabled(connected && rollout != null && RolloutRows.resumable(rollout, running));
        rollback.setEnabled(connected && rollout != null && RolloutRows.rollbackable(rollout, running));
        status.getParent().layout(true, true);
    }

    /** The boards table (tests read it). */
    public TableViewer boardsViewer() {
        return boards;
    }

    public TableViewer rolloutViewer() {
        return rolloutBoards;
    }

    @Override
    public void setFocus() {
        boards.getControl().setFocus();
    }

    /** Closing the view ends its broker connection; a rollout running in its job keeps its own. */
    @Override
    public void dispose() {
        FleetSession.get().removeListener(listener);
        FleetSession.get().disconnect();
        super.dispose();
    }
}
