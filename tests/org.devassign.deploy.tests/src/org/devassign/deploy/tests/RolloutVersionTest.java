package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.devassign.agent.api.Protocol;
import org.devassign.fleet.LabelSelector;
import org.devassign.fleet.Presence;
import org.devassign.fleet.client.BoardView;
import org.devassign.fleet.rollout.Rollout;
import org.devassign.fleet.rollout.RolloutState;
import org.junit.jupiter.api.Test;

/**
 * A fleet rollout has no hello to refuse an agent of another protocol version: the board's presence
 * states its version, and a rollout that would take such a board is refused before it starts, naming it.
 */
class RolloutVersionTest {

    private static BoardView board(String name, int protocol) {
        return new BoardView(name, new Presence(1, name, true, "CN=" + name, "devassign-agent", protocol, "6.12", "x86_64", "q35",
                Map.of("group", "lab"), "s1", "2026-12-05T00:00:00Z"), null, 1);
    }

    @Test
    void boardsOfAnotherVersionAreNamedAndTheRolloutRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Rollout.plan(FleetDeployments.EDU,
                "ssl://broker:8883", LabelSelector.parse("group=lab"), List.of(board("b1", Protocol.VERSION), board("b2", 2)), 1, 3));
        assertEquals("the boards b2 (version 2) run an agent of another protocol version than this client's " + Protocol.VERSION
                + ": install the same DevAssign release on them and on the client, or leave them out with the selector", refused.getMessage());
    }

    @Test
    void boardsOfThisVersionAreTaken() {
        RolloutState state = Rollout.plan(FleetDeployments.EDU, "ssl://broker:8883", LabelSelector.parse("group=lab"),
                List.of(board("b1", Protocol.VERSION), board("b2", Protocol.VERSION)), 1, 3);
        assertEquals(List.of(List.of("b1"), List.of("b2")), state.waves);
    }
}
