package org.devassign.fleet.rollout;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.Protocol;
import org.devassign.fleet.LabelSelector;
import org.devassign.fleet.Names;
import org.devassign.fleet.client.BoardView;
import org.devassign.fleet.client.FleetConnection;
import org.devassign.fleet.rollout.RolloutState.Board;
import org.devassign.fleet.rollout.RolloutState.Outcome;

/**
 * Runs a rollout ({@link RolloutState}) on a fleet: the canary, then each wave, every board of a
 * wave at once. A wave in which a board failed (the agent refused or undid the apply) or gave no
 * answer stops the rollout, and that wave's boards that this rollout changed are rolled back.
 * Offline boards do not fail a wave: they are taken once the waves are through, as they come back
 * (for up to {@link Options#offlineWait}; after that a resume takes them). After this client's
 * connection is made again (a broker restart), a board is not sent to, nor counted offline, until
 * its birth comes on the new connection, for up to {@link Options#rebirthGrace}. A board whose answer was
 * lost with a connection (its own, or this client's) is asked for its status when it is back, and
 * applied again only if the deployment is not active on it: never half, never twice.
 */
public final class Rollout {

    /**
     * @param answerTimeout how long to wait for a board's answer (the commands expire a little later)
     * @param offlineWait how long to wait for boards that went away while their answer was due, and
     *        at the end for offline boards to come back
     * @param rebirthGrace how long after this client's connection was made or lost a board whose
     *        presence it has not heard on the new connection is waited for (nothing is sent to it, and
     *        it is not offline yet): after a broker restart the boards come back one by one
     */
    public record Options(Duration answerTimeout, Duration offlineWait, Duration rebirthGrace) {

        /** The grace when none is given: a thousand boards were all back 3.8-4.7 s after a broker restart. */
        public static final Duration REBIRTH_GRACE = Duration.ofSeconds(15);

        public Options(Duration answerTimeout, Duration offlineWait) {
            this(answerTimeout, offlineWait, REBIRTH_GRACE);
        }
    }

    /** What a rollout tells the person running it. Called on the rollout's thread. */
    public interface Events {
        default void wave(RolloutState state, int index, List<String> boards) {
        }

        default void board(RolloutState state, Board board) {
        }

        default void note(String text) {
        }
    }

    private final FleetConnection fleet;
    private final RolloutStore store;
    private final Options options;
    private final Events events;

    public Rollout(FleetConnection fleet, RolloutStore store, Options options, Events events) {
        this.fleet = fleet;
        this.store = store;
        this.options = options;
        this.events = events;
    }

    /**
     * A new rollout's state: the boards {@code selector} takes among those the broker knows (online or
     * not), by name, the first {@code canary} of them on their own, then waves of {@code waveSize}.
     *
     * @throws IllegalArgumentException when no board matches, naming the selector, or when a board it
     *             takes speaks another {@link Protocol#VERSION}, naming those boards
     */
    public static RolloutState plan(Deployment deployment, String broker, LabelSelector selector, Collection<BoardView> known, int canary,
            int waveSize) {
        if (canary < 0 || waveSize < 1) {
            throw new IllegalArgumentException("the canary is 0 or more boards and a wave 1 or more");
        }
        List<String> names = known.stream().filter(v -> v.presence() != null && selector.matches(v.presence().selectable()))
                .map(BoardView::board).sorted(Comparator.naturalOrder()).toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no board matches the selector '" + selector + "' among the " + known.size()
                    + " boards the broker knows: devassign fleet list shows their labels");
        }
        // over the broker there is no hello: the presence's version is the only check before a board gets a deployment
        List<String> otherVersion = known.stream().filter(v -> names.contains(v.board()) && v.presence().protocol() != Protocol.VERSION)
                .map(v -> v.board() + " (version " + v.presence().protocol() + ")").sorted().toList();
        if (!otherVersion.isEmpty()) {
            throw new IllegalArgumentException("the boards " + String.join(", ", otherVersion) + " run an agent of another protocol"
                    + " version than this client's " + Protocol.VERSION + ": install the same DevAssign release on them and on the client,"
                    + " or leave them out with the selector");
        }
        RolloutState state = new RolloutState();
        state.id = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-" + safe(deployment.config());
        state.config = deployment.config();
        state.digest = deployment.digest();
        state.deployment = deployment;
        state.selector = selector.toString();
        state.broker = broker;
        state.canary = Math.min(canary, names.size());
        state.waveSize = waveSize;
        state.started = Instant.now().toString();
        int at = 0;
        if (state.canary > 0) {
            state.waves.add(List.copyOf(names.subList(0, state.canary)));
            at = state.canary;
        }
        for (; at < names.size(); at += waveSize) {
            state.waves.add(List.copyOf(names.subList(at, Math.min(names.size(), at + waveSize))));
        }
        for (int w = 0; w < state.waves.size(); w++) {
            for (String name : state.waves.get(w)) {
                Board b = new Board();
                b.name = name;
                b.wave = w;
                state.boards.put(name, b);
            }
        }
        return state;
    }

    private static String safe(String config) {
        String cleaned = config == null ? "" : config.replaceAll("[^A-Za-z0-9._-]", "-");
        String id = cleaned.isEmpty() ? "rollout" : cleaned.length() > 40 ? cleaned.substring(0, 40) : cleaned;
        return Names.valid(id) ? id : "rollout";
    }

    /** Runs (or resumes) the rollout to its end; the state is saved before each step and returned. */
    public RolloutState run(RolloutState state) throws IOException, InterruptedException {
        try (Driver driver = new Driver(fleet, store, state, options, events)) {
            return run(driver, state);
        }
    }

    private RolloutState run(Driver driver, RolloutState state) throws IOException, InterruptedException {
        driver.resumeUncertain();
        state.outcome = Outcome.RUNNING;
        state.finished = null;
        store.save(state);
        if (state.rollingBackWave) {
            events.note("resuming the rollback of the " + state.waveName(state.wave) + " (" + state.reason + ")");
            rollBackWave(driver, state);
            return state;
        }
        while (state.wave < state.waves.size()) {
            List<String> wave = state.waves.get(state.wave);
            events.wave(state, state.wave, wave);
            driver.drive(wave, Driver.Goal.APPLY, options.offlineWait());
            List<String> failed = failed(state, wave);
            if (!failed.isEmpty()) {
                state.reason = "the " + state.waveName(state.wave) + " failed on " + String.join(", ", failed);
                state.rollingBackWave = true;
                store.save(state);
                rollBackWave(driver, state);
                return state;
            }
            state.wave++;
            store.save(state);
        }
        takeLateBoards(driver, state);
        return state;
    }

    private static List<String> failed(RolloutState state, List<String> boards) {
        return boards.stream().filter(n -> state.board(n).status == BoardStatus.FAILED || state.board(n).status == BoardStatus.NO_ANSWER)
                .map(n -> n + " (" + state.board(n).status.word() + ")").toList();
    }

    private void rollBackWave(Driver driver, RolloutState state) throws IOException, InterruptedException {
        List<String> boards = state.wave < state.waves.size() ? state.waves.get(state.wave) : late(state, true);
        events.note("rolling back the " + state.waveName(state.wave) + ": " + state.reason);
        driver.drive(boards, Driver.Goal.ROLLBACK, options.offlineWait());
        state.rollingBackWave = false;
        finish(state, Outcome.STOPPED, state.reason);
    }

    /** Boards skipped while offline or left in doubt, in every wave so far. */
    private static List<String> late(RolloutState state, boolean all) {
        List<String> late = new ArrayList<>();
        for (Board b : state.boards.values()) {
            if ((b.status == BoardStatus.OFFLINE || b.status == BoardStatus.IN_DOUBT || b.status == BoardStatus.PENDING)
                    && (all || b.wave < state.wave)) {
                late.add(b.name);
            }
        }
        return late;
    }

    private void takeLateBoards(Driver driver, RolloutState state) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + options.offlineWait().toNanos();
        List<String> late = late(state, true);
        if (!late.isEmpty()) {
            events.note(late.size() + " boards were offline or in doubt; waiting up to " + options.offlineWait().toSeconds()
                    + " s for them to come back");
        }
        while (!late.isEmpty()) {
            List<String> back = late.stream().filter(n -> driver.reachable(n)).toList();
            if (!back.isEmpty()) {
                events.wave(state, state.waves.size(), back);
                driver.drive(back, Driver.Goal.APPLY, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
                List<String> failed = failed(state, back);
                if (!failed.isEmpty()) {
                    state.reason = "a board that came back late failed: " + String.join(", ", failed);
                    state.rollingBackWave = true;
                    store.save(state);
                    events.note("rolling back the late boards: " + state.reason);
                    driver.drive(back, Driver.Goal.ROLLBACK, options.offlineWait());
                    state.rollingBackWave = false;
                    finish(state, Outcome.STOPPED, state.reason);
                    return;
                }
            }
            late = late(state, true);
            if (late.isEmpty() || System.nanoTime() > deadline) {
                break;
            }
            driver.awaitChange(200);
        }
        if (late.isEmpty()) {
            finish(state, Outcome.DONE, null);
        } else {
            finish(state, Outcome.INCOMPLETE, late.size() + " boards offline or in doubt (" + String.join(", ", late.subList(0, Math.min(5, late.size())))
                    + (late.size() > 5 ? ", ..." : "") + "): devassign fleet deploy --resume " + state.id + " takes them when they are back");
        }
    }

    /** Rolls back every board this rollout changed (offline ones when they come back, within the offline wait). */
    public RolloutState rollback(RolloutState state) throws IOException, InterruptedException {
        try (Driver driver = new Driver(fleet, store, state, options, events)) {
            return rollback(driver, state);
        }
    }

    private RolloutState rollback(Driver driver, RolloutState state) throws IOException, InterruptedException {
        driver.resumeUncertain();
        state.outcome = Outcome.RUNNING;
        state.reason = "rolled back by its operator";
        store.save(state);
        driver.drive(new ArrayList<>(state.boards.keySet()), Driver.Goal.ROLLBACK, options.offlineWait());
        List<String> left = state.boards.values().stream().filter(b -> b.status == BoardStatus.APPLIED && b.changed
                || b.status == BoardStatus.IN_DOUBT || b.status == BoardStatus.NO_ANSWER).map(b -> b.name).toList();
        finish(state, Outcome.ROLLED_BACK, left.isEmpty() ? "rolled back by its operator"
                : "rolled back except " + String.join(", ", left) + " (offline or in doubt): run devassign fleet rollback " + state.id
                        + " again when they are back");
        return state;
    }

    private void finish(RolloutState state, Outcome outcome, String reason) throws IOException {
        state.outcome = outcome;
        state.reason = reason;
        state.finished = Instant.now().toString();
        store.save(state);
    }
}
