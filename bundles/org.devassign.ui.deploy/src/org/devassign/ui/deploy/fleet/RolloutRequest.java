package org.devassign.ui.deploy.fleet;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.devassign.fleet.LabelSelector;
import org.devassign.fleet.client.BoardView;

/**
 * What the user asked the Fleet view to roll out: a saved config, to the boards of a label selector
 * (the view's filter) or, when rows are selected, to those of them only, a canary of the first
 * {@code canary} boards on their own, then waves of {@code wave}.
 *
 * @param selected the board names selected in the table; empty: every board the selector takes
 */
public record RolloutRequest(Path config, LabelSelector selector, Set<String> selected, int canary, int wave) {

    public RolloutRequest {
        if (canary < 0 || wave < 1) {
            throw new IllegalArgumentException("the canary is 0 or more boards and a wave 1 or more");
        }
        selected = Set.copyOf(selected);
    }

    /** The boards the rollout may take among those the broker knows (the rollout's plan applies the selector again). */
    public List<BoardView> candidates(Collection<BoardView> known) {
        return BoardRows.matching(known, selector).stream().filter(v -> selected.isEmpty() || selected.contains(v.board())).toList();
    }

    /** For people: "to the 3 selected boards", "to every board of 'site=lab1'", "to every board". */
    public String target() {
        if (!selected.isEmpty()) {
            return selected.size() == 1 ? "to the selected board" : "to the " + selected.size() + " selected boards";
        }
        return selector.toString().isEmpty() ? "to every board" : "to every board of '" + selector + "'";
    }
}
