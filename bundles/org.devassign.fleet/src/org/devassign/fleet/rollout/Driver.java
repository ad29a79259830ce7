package org.devassign.fleet.rollout;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.devassign.agent.api.ApplyResult;
import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.api.RollbackRequest;
import org.devassign.agent.api.Status;
import org.devassign.fleet.client.BoardView;
import org.devassign.fleet.client.FleetConnection;
import org.devassign.fleet.rollout.RolloutState.Board;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Takes a set of boards to a goal (applied, or rolled back) and keeps their statuses in the state
 * file: sends what each board needs (an apply, a rollback, or a status question when its last
 * answer was lost), all at once, and follows the answers, timeouts and reconnections. Only a board
 * heard online on this client's current connection is sent to; one not heard since this client
 * connected again is waited for, within the grace, before it counts as offline. The state is
 * saved before anything is sent, and after the answers (at most five times a second meanwhile).
 */
final class Driver implements AutoCloseable {

    enum Goal {
        APPLY, ROLLBACK
    }

    private enum Ask {
        APPLY, STATUS, ROLLBACK
    }

    /** A request in flight and what the board and this client looked like when it was sent. */
    private record Flight(Ask ask, CompletableFuture<?> answer, long births, long connections) {
    }

    private static final long SAVE_EVERY_NANOS = 200_000_000L;
    /** Boards still to send are looked at again at least this often (a board that came back, a wait that ended). */
    private static final long SCAN_EVERY_NANOS = 100_000_000L;

    private final Queue<String> answered = new ConcurrentLinkedQueue<>();
    private final Queue<String> changedBoards = new ConcurrentLinkedQueue<>();

    private final FleetConnection fleet;
    private final RolloutStore store;
    private final RolloutState state;
    private final Rollout.Options options;
    private final Rollout.Events events;
    private final Object signal = new Object();
    private final Runnable unlisten;

    Driver(FleetConnection fleet, RolloutStore store, RolloutState state, Rollout.Options options, Rollout.Events events) {
        this.fleet = fleet;
        this.store = store;
        this.state = state;
        this.options = options;
        this.events = events;
        this.unlisten = fleet.onBoard(view -> {
            changedBoards.add(view.board());
            wake();
        });
    }

    @Override
    public void close() {
        unlisten.run();
    }

    private void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    void awaitChange(long millis) throws InterruptedException {
        synchronized (signal) {
            signal.wait(millis);
        }
    }

    /** A process that died while waiting left requests whose answers are unknown: ask the boards again. */
    void resumeUncertain() {
        for (Board b : state.boards.values()) {
            if (b.status == BoardStatus.SENT || b.status == BoardStatus.ROLLING_BACK) {
                set(b, BoardStatus.IN_DOUBT, "the rollout stopped while its answer was due: the board is asked when it is online");
            }
        }
    }

    /** Online as heard on this client's current connection: what is sent to it now reaches it. */
    boolean reachable(String board) {
        BoardView view = fleet.board(board);
        return fleet.connected() && view != null && view.online() && fleet.current(board);
    }

    /**
     * Whether a board that is not reachable may be back any moment: this client's connection was made
     * or lost less than {@link Rollout.Options#rebirthGrace} ago and has not heard the board's
     * presence since. Such a board is neither sent to (a command to a board not subscribed yet is
     * dropped by the broker, and would time out as if the board were silent) nor counted offline.
     */
    boolean comingBack(String board) {
        return !fleet.current(board) && System.nanoTime() - fleet.connectionChangedNanos() < options.rebirthGrace().toNanos();
    }

    /** A board of {@code boards} still to be sent something, waiting for its birth within the grace. */
    private boolean awaitingBirth(List<String> boards, Goal goal, Map<String, Flight> flights) {
        for (String name : boards) {
            if (!flights.containsKey(name) && next(state.board(name), goal) != null && !reachable(name) && comingBack(name)) {
                return true;
            }
        }
        return false;
    }

    private Ask next(Board b, Goal goal) {
        if (b.status == BoardStatus.IN_DOUBT || goal == Goal.ROLLBACK && b.status == BoardStatus.NO_ANSWER) {
            // a silent board may still be applying: its status is answered once the apply is over
            return Ask.STATUS;
        }
        if (goal == Goal.APPLY) {
            return b.status == BoardStatus.PENDING || b.status == BoardStatus.OFFLINE ? Ask.APPLY : null;
        }
        return b.status == BoardStatus.APPLIED && b.changed ? Ask.ROLLBACK : null;
    }

    /** Whether to keep waiting for a board that is away. */
    private boolean awaited(Board b, Goal goal) {
        return b.status == BoardStatus.IN_DOUBT
                || goal == Goal.ROLLBACK && (b.status == BoardStatus.NO_ANSWER || b.status == BoardStatus.APPLIED && b.changed);
    }

    /**
     * Works on what changed only: answers that came in, boards whose presence changed, and every
     * board in flight when this client reconnected; the boards still to send are looked at again
     * when an answer or a board's change may have made one of them sendable. A wave of a thousand
     * boards is then a thousand small steps, not a thousand scans of a thousand boards.
     */
    void drive(List<String> boards, Goal goal, Duration awayWait) throws IOException, InterruptedException {
        long awayDeadline = System.nanoTime() + awayWait.toNanos();
        Map<String, Flight> flights = new LinkedHashMap<>();
        Set<String> inWave = new HashSet<>(boards);
        long lastSave = System.nanoTime();
        long lastScan = 0;
        long seenConnections = fleet.connections();
        boolean dirty = false;
        boolean scan = true;
        changedBoards.clear();
        answered.clear();
        while (true) {
            if (scan || System.nanoTime() - lastScan > SCAN_EVERY_NANOS) {
                scan = false;
                lastScan = System.nanoTime();
                Map<String, Ask> starting = new LinkedHashMap<>();
                for (String name : boards) {
                    Board b = state.board(name);
                    Ask ask = flights.containsKey(name) ? null : next(b, goal);
                    if (ask == null) {
                        continue;
                    }
                    if (!reachable(name)) {
                        if (comingBack(name)) {
                            continue;
                        }
                        if (goal == Goal.APPLY && b.status == BoardStatus.PENDING) {
                            set(b, BoardStatus.OFFLINE, "offline when its turn came: taken when it is back");
                            dirty = true;
                        }
                        continue;
                    }
                    if (ask == Ask.APPLY) {
                        b.attempts++;
                        set(b, BoardStatus.SENT, "apply sent (attempt " + b.attempts + ")");
                    } else if (ask == Ask.ROLLBACK) {
                        set(b, BoardStatus.ROLLING_BACK, "rollback sent");
                    }
                    starting.put(name, ask);
                }
                if (!starting.isEmpty()) {
                    store.save(state); // before the step: a process that dies now knows what it may have sent
                    lastSave = System.nanoTime();
                    dirty = false;
                    // one signature for the step's commands: a wave of a thousand boards is signed once
                    fleet.together(() -> starting.forEach((name, ask) -> flights.put(name, send(name, ask))));
                }
            }
            for (String name; (name = answered.poll()) != null;) {
                Flight flight = flights.get(name);
                if (flight != null && flight.answer().isDone()) {
                    flights.remove(name);
                    Board b = state.board(name);
                    settle(b, flight, goal);
                    dirty = true;
                    // an answer changes its own board only: look at the wave again only when that board has more to be sent
                    // (a status answered "not applied"), not once per answer (a thousand scans of a thousand boards)
                    scan |= next(b, goal) != null;
                }
            }
            long connections = fleet.connections();
            List<String> suspects = connections != seenConnections ? new ArrayList<>(flights.keySet()) : new ArrayList<>();
            seenConnections = connections;
            for (String name; (name = changedBoards.poll()) != null;) {
                if (inWave.contains(name)) {
                    suspects.add(name);
                    scan = true;
                }
            }
            for (String name : suspects) {
                Flight flight = flights.get(name);
                if (flight != null && !flight.answer().isDone() && lostSince(name, flight)) {
                    flights.remove(name);
                    set(state.board(name), BoardStatus.IN_DOUBT,
                            "a connection was lost while its answer was due: the board is asked when it is back");
                    dirty = true;
                }
            }
            if (!answered.isEmpty()) {
                continue;
            }
            boolean waiting = !flights.isEmpty() || awaitingBirth(boards, goal, flights)
                    || System.nanoTime() < awayDeadline && boards.stream().anyMatch(n -> awaited(state.board(n), goal));
            if (dirty && (!waiting || System.nanoTime() - lastSave > SAVE_EVERY_NANOS)) {
                store.save(state);
                lastSave = System.nanoTime();
                dirty = false;
            }
            if (!waiting) {
                return;
            }
            if (answered.isEmpty() && changedBoards.isEmpty() && !scan) {
                awaitChange(flights.isEmpty() ? 100 : 10);
            }
        }
    }

    private Flight send(String name, Ask ask) {
        BoardView view = fleet.board(name);
        long births = view == null ? 0 : view.births();
        long connections = fleet.connections();
        Duration timeout = options.answerTimeout();
        CompletableFuture<?> answer = switch (ask) {
            case APPLY -> fleet.call(name, a -> a.apply(state.deployment), timeout);
            case STATUS -> fleet.call(name, a -> a.status(), timeout);
            case ROLLBACK -> fleet.call(name, a -> a.rollback(new RollbackRequest(state.config)), timeout);
        };
        answer.whenComplete((r, e) -> {
            answered.add(name);
            wake();
        });
        return new Flight(ask, answer, births, connections);
    }

    /** The board reconnected (a new birth) or this client did since the request went out: its answer may never come. */
    private boolean lostSince(String name, Flight flight) {
        BoardView view = fleet.board(name);
        return fleet.connections() != flight.connections() || view == null || !view.online() || view.births() != flight.births();
    }

    private void settle(Board b, Flight flight, Goal goal) {
        Object result;
        try {
            result = flight.answer().get();
        } catch (ExecutionException | CompletionException e) {
            failed(b, flight.ask(), e.getCause());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        switch (flight.ask()) {
            case APPLY -> {
                ApplyResult r = (ApplyResult) result;
                b.transaction = r.transaction();
                b.changed = r.changed();
                set(b, BoardStatus.APPLIED, r.changed() ? "applied: transaction " + r.transaction() + ", " + r.steps().size() + " steps"
                        : "unchanged: the board already was as the deployment asks");
            }
            case ROLLBACK -> set(b, BoardStatus.ROLLED_BACK, "rolled back: transaction " + ((ApplyResult) result).transaction());
            case STATUS -> {
                Status s = (Status) result;
                if (state.digest.equals(s.digest())) {
                    b.transaction = s.lastTransaction();
                    b.changed = true;
                    set(b, BoardStatus.APPLIED, "applied (asked after a lost answer): transaction " + s.lastTransaction());
                } else if (goal == Goal.APPLY) {
                    set(b, BoardStatus.PENDING, "not applied (asked after a lost answer): sent again");
                } else {
                    set(b, BoardStatus.ROLLED_BACK, "this rollout's deployment is not active on it (asked after a lost answer)");
                }
            }
        }
    }

    private void failed(Board b, Ask ask, Throwable cause) {
        if (cause instanceof TimeoutException) {
            if (ask == Ask.ROLLBACK) {
                set(b, BoardStatus.ROLLBACK_FAILED, "no answer to the rollback within " + options.answerTimeout().toSeconds() + " s: look at the board");
            } else {
                set(b, BoardStatus.NO_ANSWER, "no answer within " + options.answerTimeout().toSeconds() + " s (" + ask.name().toLowerCase()
                        + "); the command expires soon after, and the agent does not start it later");
            }
            return;
        }
        String why = why(cause);
        if (ask == Ask.ROLLBACK) {
            if (cause instanceof ResponseErrorException r && r.getResponseError().getCode() == ErrorCode.NOT_DEPLOYED.code()) {
                set(b, BoardStatus.ROLLED_BACK, "nothing of this rollout is active on it: " + why);
            } else {
                set(b, BoardStatus.ROLLBACK_FAILED, "rollback failed: " + why);
            }
        } else if (cause instanceof ResponseErrorException) {
            set(b, BoardStatus.FAILED, why);
        } else {
            // not sent (the link went down meanwhile): ask again when it is back
            set(b, BoardStatus.IN_DOUBT, "could not be asked: " + why);
        }
    }

    /** The agent's message, with the config line it names when its error data has one. */
    static String why(Throwable cause) {
        if (cause instanceof ResponseErrorException r) {
            ResponseError error = r.getResponseError();
            String source = null;
            if (error.getData() instanceof JsonObject data && data.get("source") instanceof JsonElement s && s.isJsonPrimitive()) {
                source = s.getAsString();
            }
            return (source == null ? "" : source + ": ") + error.getMessage();
        }
        return String.valueOf(cause.getMessage());
    }

    private void set(Board b, BoardStatus status, String detail) {
        b.status = status;
        b.detail = detail;
        b.at = Instant.now().toString();
        events.board(state, b);
    }
}
