package org.devassign.ui.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.devassign.agent.api.Status;
import org.devassign.fleet.client.FleetConnection;
import org.devassign.fleet.rollout.BoardStatus;
import org.devassign.fleet.rollout.RolloutState;
import org.devassign.testing.fleet.FleetFixture;
import org.devassign.testing.fleet.Mosquitto;
import org.devassign.testing.fleet.SimulatedFleet;
import org.devassign.testing.ui.RealEvents;
import org.devassign.testing.ui.Shots;
import org.devassign.testing.ui.UiFailureReport;
import org.devassign.testing.ui.Waits;
import org.devassign.testing.ui.Widgets;
import org.devassign.ui.Perspective;
import org.devassign.ui.deploy.fleet.FleetSession;
import org.devassign.ui.deploy.fleet.FleetSettings;
import org.devassign.ui.deploy.fleet.FleetView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Fleet view against Mosquitto (TLS, client certificates, the fleet's ACL) and 20 real agent
 * services on simulated boards, driven by real clicks and keys: connect, list, filter by label, roll
 * the example config out to one site by canary and waves, see a board go offline. What the boards
 * really hold is asked of them through the fleet's own client, not read from the view.
 */
@ExtendWith(UiFailureReport.class)
class FleetViewTest {

    private static final int BOARDS = 20;
    private static final int LAB1 = 12;

    @TempDir
    Path dir;

    private IWorkbenchPage page;
    private Shell shell;
    private Display display;
    private TestProject project;

    @BeforeEach
    void open() throws Exception {
        page = PlatformUI.getWorkbench().showPerspective(Perspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        shell = page.getWorkbenchWindow().getShell();
        display = shell.getDisplay();
        project = TestProject.create("fleet-test");
        // the rollout state files go to this test's folder, never to the home folder's default
        settings(Duration.ofSeconds(30));
    }

    @AfterEach
    void close() throws Exception {
        FleetSession.get().disconnect();
        page.closeAllEditors(false);
        project.delete();
    }

    @Test
    void theDevAssignPerspectiveHoldsTheFleetViewAndWindowOffersIt() {
        assertNotNull(page.findView(FleetView.ID), "Fleet is in the perspective (perspectiveExtension)");
        assertTrue(List.of(page.getShowViewShortcuts()).contains(FleetView.ID), "and among its Show View shortcuts");
    }

    @Test
    void theViewListsFiltersRollsOutToASiteAndShowsABoardGoneOffline() throws Exception {
        assertNull(Mosquitto.unavailable(), "this test needs Mosquitto");
        try (FleetFixture fixture = FleetFixture.start(dir, BOARDS, i -> Map.of("site", i < LAB1 ? "lab1" : "lab2"))) {
            FleetView view = connect(fixture, BOARDS);
            assertEquals("viewer", FleetSession.get().connection().client(), "the view lists with the viewer identity, as fleet list does");
            Composite area = area(view);
            Table boards = view.boardsViewer().getTable();
            // a board's summary is a message of its own, after its presence: on a busy machine it comes later
            Waits.until("every board's summary", 60, () -> rows(boards).stream().noneMatch(r -> r.get(4).equals("no summary yet")));
            List<List<String>> all = rows(boards);
            for (int i = 0; i < BOARDS; i++) {
                List<String> row = all.get(i);
                assertEquals(SimulatedFleet.name(i), row.get(0), "by name: " + all);
                assertTrue(row.get(3).contains("site=" + (i < LAB1 ? "lab1" : "lab2")) && row.get(3).contains("model=vm-q35"), row.toString());
                assertEquals("nothing deployed", row.get(4), row.toString());
                assertTrue(row.get(5).contains("CN=" + SimulatedFleet.name(i)), "the identity of its certificate: " + row);
            }

            replaceText(field(area, "Boards by label"), "site=lab1");
            Waits.until("the filter to narrow the list to site lab1", 20, () -> rows(boards).size() == LAB1);
            assertTrue(rows(boards).stream().allMatch(r -> r.get(3).contains("site=lab1")), rows(boards).toString());
            Spinner wave = Widgets.all(area, Spinner.class, s -> true).get(1);
            replaceText(wave, "5\t"); // Tab: the spin button takes what was typed when it loses the focus
            assertEquals(5, wave.getSelection(), "waves of 5 as typed");

            Widgets.click(button(area, "Roll Out"));
            awaitRollout("the rollout to end");
            RolloutState rollout = FleetSession.get().rollout();
            assertEquals(RolloutState.Outcome.DONE, rollout.outcome, String.valueOf(rollout.reason));
            assertEquals(LAB1, rollout.boards.size());
            assertEquals(List.of(1, 5, 5, 1), rollout.waves.stream().map(List::size).toList(), "a canary of 1, then waves of 5");
            assertTrue(rollout.boards.values().stream().allMatch(b -> b.status == BoardStatus.APPLIED), "every board applied");

            try (FleetConnection check = fixture.connect("viewer")) {
                for (int i = 0; i < BOARDS; i++) {
                    String board = SimulatedFleet.name(i);
                    Status status = check.call(board, a -> a.status(), Duration.ofSeconds(30)).get();
                    if (i < LAB1) {
                        assertEquals(rollout.digest, status.digest(), board + " of site lab1 has the config, as its agent says");
                        assertEquals(rollout.config, status.config(), board);
                        assertTrue(!status.devices().isEmpty(), board + " holds the config's devices");
                    } else {
                        assertNull(status.digest(), board + " of site lab2 was not in the rollout");
                    }
                }
            }
            Waits.until("the view to show the config deployed on site lab1", 60,
                    () -> rows(boards).stream().allMatch(r -> r.get(4).startsWith(rollout.config + " (")));
            assertTrue(rows(view.rolloutViewer().getTable()).stream().allMatch(r -> r.get(2).equals("applied")),
                    rows(view.rolloutViewer().getTable()).toString());

            SimulatedFleet.SimBoard away = fixture.fleet.board(SimulatedFleet.name(3));
            fixture.fleet.disconnect(away);
            Waits.until("the view to show " + away.name + " offline", 60, () -> rows(boards).get(3).get(1).equals("offline"));
            assertTrue(rows(boards).stream().filter(r -> !r.get(0).equals(away.name)).allMatch(r -> r.get(1).equals("online")));
            RealEvents.moveTo(area, 1, 1);
            Shots.take(shell, "fleet-view");

            fixture.fleet.reconnect(away);
            Waits.until("the view to show " + away.name + " back online", 60, () -> rows(boards).get(3).get(1).equals("online"));
            Widgets.click(button(area, "Roll Back"));
            Waits.until("the rollback to end", 180, () -> !FleetSession.get().rolloutRunning()
                    && FleetSession.get().rollout().outcome == RolloutState.Outcome.ROLLED_BACK);
            try (FleetConnection check = fixture.connect("viewer")) {
                for (int i = 0; i < LAB1; i++) {
                    String board = SimulatedFleet.name(i);
                    assertNull(check.call(board, a -> a.status(), Duration.ofSeconds(30)).get().digest(), board + " rolled back, as its agent says");
                }
            }
            Waits.until("the view to show nothing deployed again", 60,
                    () -> rows(boards).stream().allMatch(r -> r.get(4).equals("nothing deployed")));
        }
    }

    @Test
    void aBoardOfflineAtItsTurnIsReportedThenResumeTakesItWhenItIsBack() throws Exception {
        assertNull(Mosquitto.unavailable(), "this test needs Mosquitto");
        settings(Duration.ofSeconds(2));
        try (FleetFixture fixture = FleetFixture.start(dir, 4, i -> Map.of("site", "lab1"))) {
            FleetView view = connect(fixture, 4);
            Composite area = area(view);
            Table boards = view.boardsViewer().getTable();
            SimulatedFleet.SimBoard away = fixture.fleet.board(SimulatedFleet.name(2));
            fixture.fleet.disconnect(away);
            Waits.until("the view to show " + away.name + " offline", 60, () -> rows(boards).get(2).get(1).equals("offline"));

            Widgets.click(button(area, "Roll Out"));
            awaitRollout("the rollout to end without the offline board");
            RolloutState incomplete = FleetSession.get().rollout();
            assertEquals(RolloutState.Outcome.INCOMPLETE, incomplete.outcome, String.valueOf(incomplete.reason));
            assertEquals(BoardStatus.OFFLINE, incomplete.board(away.name).status);
            Waits.until("the rollout's table to show it", 20, () -> !rows(view.rolloutViewer().getTable()).isEmpty()
                    && rows(view.rolloutViewer().getTable()).get(0).get(2).equals("offline"));
            assertEquals(away.name, rows(view.rolloutViewer().getTable()).get(0).get(0), "the board that needs a look comes first");
            Button resume = button(area, "Resume");
            Waits.until("Resume to be enabled: an incomplete rollout can be resumed", 20, resume::isEnabled);

            fixture.fleet.reconnect(away);
            Waits.until("the view to show " + away.name + " back online", 60, () -> rows(boards).get(2).get(1).equals("online"));
            Widgets.click(resume);
            Waits.until("the resumed rollout to end", 180, () -> !FleetSession.get().rolloutRunning()
                    && FleetSession.get().rollout().outcome == RolloutState.Outcome.DONE);
            assertEquals(incomplete.id, FleetSession.get().rollout().id, "the same rollout, resumed");
            try (FleetConnection check = fixture.connect("viewer")) {
                for (int i = 0; i < 4; i++) {
                    String board = SimulatedFleet.name(i);
                    assertEquals(incomplete.digest, check.call(board, a -> a.status(), Duration.ofSeconds(30)).get().digest(),
                            board + " has the config, as its agent says");
                }
            }

            fixture.broker.stop();
            Waits.until("the view to say the broker connection is lost", 30,
                    () -> Widgets.find(area, Label.class, l -> l.getText().contains("connection to the broker " + fixture.broker.uri() + " is lost")) != null);
            fixture.broker.start();
            Waits.until("the view to say it is connected again", 120,
                    () -> Widgets.find(area, Label.class, l -> l.getText().startsWith("Connected to " + fixture.broker.uri())) != null);

            FleetConnection listing = FleetSession.get().connection();
            assertTrue(listing.connected());
            page.hideView(view);
            assertNull(FleetSession.get().connection(), "closing the view ends its connection");
            assertFalse(listing.connected(), "and closes it at the broker");
        }
    }

    /** The stored settings the view connects with: the rollout state in this test's folder, never the home folder's default. */
    private void settings(Duration offlineWait) {
        new FleetSettings("", dir, dir.resolve("rollouts"), Duration.ofSeconds(30), offlineWait).save();
    }

    /** Opens the example config and the Fleet view (maximized), types the broker and the certificate folder, Connect, waits for every board. */
    private FleetView connect(FleetFixture fixture, int count) throws Exception {
        IDE.openEditor(page, project.file("vm-q35.assign"));
        FleetView view = (FleetView) page.showView(FleetView.ID);
        // the whole window for the view: its stack at the bottom of the perspective is a few rows high
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Waits.flush();
        Composite area = area(view);
        Table boards = view.boardsViewer().getTable();
        replaceText(field(area, "The fleet's MQTT broker"), fixture.broker.uri());
        replaceText(field(area, "The folder of 'devassign certs init'"), dir.toString());
        Widgets.click(button(area, "Connect"));
        Waits.until("the view to list the " + count + " boards", 120, () -> rows(boards).size() == count
                && rows(boards).stream().allMatch(r -> r.get(1).equals("online")));
        return view;
    }

    private static Composite area(FleetView view) {
        return view.boardsViewer().getControl().getParent().getParent();
    }

    private static void awaitRollout(String what) {
        Waits.until(what, 180, () -> FleetSession.get().rollout() != null && !FleetSession.get().rolloutRunning()
                && FleetSession.get().rollout().finished());
    }

    private static Text field(Composite area, String tooltip) {
        Text text = Widgets.find(area, Text.class, t -> t.getToolTipText() != null && t.getToolTipText().startsWith(tooltip));
        assertNotNull(text, "the field '" + tooltip + "'");
        return text;
    }

    private static Button button(Composite area, String label) {
        Button button = Widgets.button(area, label);
        assertNotNull(button, "the button " + label);
        return button;
    }

    /**
     * Clicks into the field, selects all of it and types {@code value} over it, as a user does; the
     * pointer rests on the view's margin meanwhile (in the same window: it gets the keys), not on the
     * field, whose tooltip would open under it.
     */
    private void replaceText(Control field, String value) {
        RealEvents.focus(field);
        RealEvents.moveTo(field.getParent(), 1, 1);
        RealEvents.key(display, 'a', SWT.CTRL);
        RealEvents.type(display, value);
        Waits.flush();
    }

    private static List<List<String>> rows(Table table) {
        return Ui.rows(table);
    }
}
