package org.devassign.ui.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.Protocol;
import org.devassign.fleet.LabelSelector;
import org.devassign.fleet.Presence;
import org.devassign.fleet.Summary;
import org.devassign.fleet.client.BoardView;
import org.devassign.fleet.rollout.BoardStatus;
import org.devassign.fleet.rollout.Rollout;
import org.devassign.fleet.rollout.RolloutState;
import org.devassign.ui.deploy.fleet.BoardRow;
import org.devassign.ui.deploy.fleet.BoardRows;
import org.devassign.ui.deploy.fleet.FleetErrors;
import org.devassign.ui.deploy.fleet.RolloutRequest;
import org.devassign.ui.deploy.fleet.RolloutRows;
import org.junit.jupiter.api.Test;

/** The Fleet view's logic without a window: rows, the label filter, the selection as a rollout request, the rollout's rows, errors. */
class FleetModelTest {

    private static BoardView board(String name, boolean online, String site, String deployed) {
        Presence presence = new Presence(1, name, online, "CN=" + name, "devassign-agent", Protocol.VERSION, "6.1.0-test", "x86_64", "vm-q35",
                Map.of("site", site), "s-" + name, "2026-12-05T00:00:00Z");
        Summary summary = deployed == null ? null
                : new Summary(name, "s-" + name, null, new Summary.Deployed(deployed, "d1", 7, "applied", List.of()), "2026-12-05T00:00:00Z");
        return new BoardView(name, presence, summary, 1);
    }

    private static final List<BoardView> FLEET = List.of(board("b3", true, "lab2", null), board("b1", true, "lab1", "edu"),
            board("b2", false, "lab1", null), new BoardView("b4", null, null, 0));

    @Test
    void rowsAreTheBoardsTheSelectorTakesByNameWithTheirStateLabelsAndDeployment() {
        List<BoardRow> all = BoardRows.rows(FLEET, LabelSelector.ALL);
        assertEquals(List.of("b1", "b2", "b3"), all.stream().map(BoardRow::board).toList(), "by name; a board with no presence is not listed");
        assertEquals("online", all.get(0).state());
        assertEquals("offline", all.get(1).state());
        assertEquals("site=lab1, model=vm-q35", all.get(0).labels());
        assertEquals("edu (0 devices, applied)", all.get(0).deployed());
        assertEquals("no summary yet", all.get(1).deployed());
        assertEquals("3 boards, 2 online", BoardRows.count(FLEET, LabelSelector.ALL));

        LabelSelector lab1 = LabelSelector.parse("site=lab1");
        assertEquals(List.of("b1", "b2"), BoardRows.rows(FLEET, lab1).stream().map(BoardRow::board).toList());
        assertEquals("2 of 3 boards match 'site=lab1', 1 online", BoardRows.count(FLEET, lab1));
        assertEquals(List.of("b2"), BoardRows.rows(FLEET, LabelSelector.parse("site=lab1,board!=b1")).stream().map(BoardRow::board).toList(),
                "the selector of fleet deploy: board, model, kernel and machine are labels too");
    }

    @Test
    void aSelectionNarrowsTheRolloutToTheSelectedBoardsOfTheSelector() {
        LabelSelector lab1 = LabelSelector.parse("site=lab1");
        RolloutRequest selected = new RolloutRequest(Path.of("x.assign"), lab1, Set.of("b2", "b3"), 1, 5);
        assertEquals(List.of("b2"), selected.candidates(FLEET).stream().map(BoardView::board).toList(), "b3 is not of lab1");
        RolloutRequest whole = new RolloutRequest(Path.of("x.assign"), lab1, Set.of(), 1, 5);
        assertEquals(List.of("b1", "b2"), whole.candidates(FLEET).stream().map(BoardView::board).toList());
        assertEquals("to every board of 'site=lab1'", whole.target());
        assertThrows(IllegalArgumentException.class, () -> new RolloutRequest(Path.of("x.assign"), lab1, Set.of(), 1, 0));
    }

    @Test
    void aRolloutsRowsPutTheBoardsThatNeedALookFirst() {
        Deployment deployment = new Deployment("edu", "d1", List.of());
        RolloutState state = Rollout.plan(deployment, "ssl://broker:8883", LabelSelector.ALL, FLEET, 1, 1);
        state.set("b1", BoardStatus.APPLIED, "transaction 7");
        state.set("b2", BoardStatus.OFFLINE, "offline at its turn");
        List<RolloutRows.Row> rows = RolloutRows.rows(state);
        assertEquals(List.of("b2", "b1", "b3"), rows.stream().map(RolloutRows.Row::board).toList());
        assertTrue(rows.get(0).needsLook() && !rows.get(1).needsLook());
        assertEquals("canary", rows.get(1).wave());
        String headline = RolloutRows.headline(state);
        assertTrue(headline.startsWith(state.id + ": running, canary; ") && headline.contains("1 offline") && headline.contains("1 applied"), headline);
        assertTrue(RolloutRows.resumable(state, false), "a running rollout that no job here runs: its process stopped");
        assertFalse(RolloutRows.resumable(state, true));
        state.outcome = RolloutState.Outcome.DONE;
        assertFalse(RolloutRows.resumable(state, false), "a finished rollout has nothing to resume");
    }

    @Test
    void errorsNameTheBrokerOrTheFolderAndNoJavaClass() {
        assertTrue(FleetErrors.badBroker("broker:8883").contains("ssl://HOST:PORT"));
        assertEquals(null, FleetErrors.badBroker("ssl://127.0.0.1:8883"));
        String identity = FleetErrors.identity(Path.of("/nowhere"), "operator", new java.io.IOException("cannot read",
                new NoSuchFileException("/nowhere/operator.p12")));
        assertTrue(identity.contains("/nowhere holds no operator.p12") && identity.contains("devassign certs init"), identity);
        String detail = FleetErrors.detail(new java.io.IOException("TLS failed", new javax.net.ssl.SSLHandshakeException(
                "javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path")));
        assertFalse(detail.contains("Exception"), detail);
        assertTrue(detail.contains("unable to find valid certification path"), detail);
    }
}
