package org.devassign.fleet.rollout;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.devassign.agent.api.Deployment;

/**
 * A rollout as it is written to its state file: the deployment itself (a resumed rollout applies
 * what was planned, even if the config file changed since), the waves fixed at the start, the
 * current wave, and every board's status. Mutable; the engine saves it before each step.
 */
public final class RolloutState {

    /** Where the rollout as a whole is. */
    public enum Outcome {
        /** Started and not finished: a process is running it, or died (then {@code fleet deploy --resume}). */
        RUNNING,
        /** Every board applied. */
        DONE,
        /** Every wave done, some boards still offline: resume takes them when they are back. */
        INCOMPLETE,
        /** A wave failed; that wave was rolled back. */
        STOPPED,
        /** Rolled back by {@code fleet rollback}. */
        ROLLED_BACK
    }

    /** One board: its status, its wave, the agent's transaction and the last word about it. */
    public static final class Board {
        public String name;
        public BoardStatus status = BoardStatus.PENDING;
        public int wave;
        public long transaction;
        /** The apply changed the board (false: it already was as asked; such a board is not rolled back). */
        public boolean changed;
        public int attempts;
        public String detail;
        public String at;
    }

    public int format = 1;
    public String id;
    public String config;
    public String digest;
    public Deployment deployment;
    public String selector;
    public String broker;
    public int canary;
    public int waveSize;
    public List<List<String>> waves = new ArrayList<>();
    /** The wave being worked on (waves.size() when every wave is through). */
    public int wave;
    public boolean rollingBackWave;
    public Outcome outcome = Outcome.RUNNING;
    public String reason;
    public String started;
    public String updated;
    public String finished;
    public Map<String, Board> boards = new LinkedHashMap<>();

    public Board board(String name) {
        return boards.get(name);
    }

    /** Sets a board's status with a detail and the time. */
    public void set(String name, BoardStatus status, String detail) {
        Board b = boards.get(name);
        b.status = status;
        b.detail = detail;
        b.at = Instant.now().toString();
    }

    public Map<BoardStatus, Integer> counts() {
        Map<BoardStatus, Integer> counts = new EnumMap<>(BoardStatus.class);
        for (Board b : boards.values()) {
            counts.merge(b.status, 1, Integer::sum);
        }
        return counts;
    }

    public List<Board> withStatus(BoardStatus... statuses) {
        List<Board> result = new ArrayList<>();
        for (Board b : boards.values()) {
            for (BoardStatus s : statuses) {
                if (b.status == s) {
                    result.add(b);
                    break;
                }
            }
        }
        return result;
    }

    /** The name of a wave for people: "canary" or "wave N of M". */
    public String waveName(int index) {
        if (index >= waves.size()) {
            return "late boards";
        }
        if (canary > 0 && index == 0) {
            return "canary";
        }
        int first = canary > 0 ? 1 : 0;
        return "wave " + (index - first + 1) + " of " + (waves.size() - first);
    }

    public boolean finished() {
        return outcome != Outcome.RUNNING;
    }
}
