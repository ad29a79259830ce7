package org.devassign.ui.deploy.fleet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.devassign.fleet.rollout.BoardStatus;
import org.devassign.fleet.rollout.RolloutState;

/**
 * A rollout as the Fleet view shows it: a headline (which rollout, where it is, how many boards are
 * in each status, why it stopped) and one row per board, the boards that need a look (failed, no
 * answer, offline, in doubt, rollback failed) first. What Resume and Rollback may do, by the rules
 * of {@code devassign fleet deploy --resume} and {@code fleet rollback}.
 */
public final class RolloutRows {

    /** One board of a rollout: its wave's name, its status word ({@link BoardStatus#word}) and the last word about it. */
    public record Row(String board, String wave, String status, String detail, boolean needsLook) {
    }

    private static final Set<BoardStatus> LOOK = Set.of(BoardStatus.FAILED, BoardStatus.NO_ANSWER, BoardStatus.OFFLINE,
            BoardStatus.IN_DOUBT, BoardStatus.ROLLBACK_FAILED);

    private RolloutRows() {
    }

    public static List<Row> rows(RolloutState state) {
        List<Row> rows = new ArrayList<>();
        for (RolloutState.Board b : List.copyOf(state.boards.values())) {
            rows.add(new Row(b.name, state.waveName(b.wave), b.status.word(), b.detail == null ? "" : b.detail, LOOK.contains(b.status)));
        }
        rows.sort(Comparator.comparing((Row r) -> !r.needsLook()).thenComparing(Row::board));
        return rows;
    }

    /** "20261205-031500-vm-q35.assign: running, wave 2 of 4; 4 applied, 1 offline, 15 pending" and the reason when there is one. */
    public static String headline(RolloutState state) {
        StringJoiner counts = new StringJoiner(", ");
        for (Map.Entry<BoardStatus, Integer> c : state.counts().entrySet()) {
            counts.add(c.getValue() + " " + c.getKey().word());
        }
        String where = state.finished() ? "" : state.rollingBackWave ? ", rolling back the " + state.waveName(state.wave)
                : state.wave < state.waves.size() ? ", " + state.waveName(state.wave) : ", late boards";
        return state.id + ": " + state.outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ') + where + "; " + counts
                + (state.reason == null ? "" : " (" + state.reason + ")");
    }

    /** Resume finishes a rollout whose process stopped (running in the state file but not here) or whose boards were offline. */
    public static boolean resumable(RolloutState state, boolean runningHere) {
        return !runningHere && (state.outcome == RolloutState.Outcome.RUNNING || state.outcome == RolloutState.Outcome.INCOMPLETE);
    }

    /** Rollback may always be asked again when no job of it runs here: boards that were away are rolled back when they are back. */
    public static boolean rollbackable(RolloutState state, boolean runningHere) {
        return !runningHere;
    }

    /** Boards settled so far (applied, failed, no answer, rolled back...), for a job's progress. */
    public static int settled(RolloutState state) {
        return (int) List.copyOf(state.boards.values()).stream().filter(b -> b.status.settled()).count();
    }
}
