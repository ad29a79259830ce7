package org.devassign.ui.deploy.fleet;

import java.util.Collection;
import java.util.List;

import org.devassign.fleet.LabelSelector;
import org.devassign.fleet.client.BoardView;

/**
 * The boards the Fleet view lists: those a label selector takes (the one {@code devassign fleet
 * list --select} and a rollout use: a board's labels plus board, model, kernel and machine), by name,
 * and the count line under them. A board whose presence never arrived is not listed (nothing to
 * select it by).
 */
public final class BoardRows {

    private BoardRows() {
    }

    public static List<BoardView> matching(Collection<BoardView> boards, LabelSelector selector) {
        return boards.stream().filter(v -> v.presence() != null && selector.matches(v.presence().selectable()))
                .sorted(java.util.Comparator.comparing(BoardView::board)).toList();
    }

    public static List<BoardRow> rows(Collection<BoardView> boards, LabelSelector selector) {
        return matching(boards, selector).stream().map(BoardRow::of).toList();
    }

    /** "12 of 20 boards match 'site=lab1', 11 online" (all boards when the selector is empty). */
    public static String count(Collection<BoardView> boards, LabelSelector selector) {
        List<BoardView> shown = matching(boards, selector);
        long online = shown.stream().filter(BoardView::online).count();
        long known = boards.stream().filter(v -> v.presence() != null).count();
        String which = selector.toString().isEmpty() ? known + (known == 1 ? " board" : " boards")
                : shown.size() + " of " + known + " boards match '" + selector + "'";
        return which + ", " + online + " online";
    }
}
