package org.devassign.cli.commands;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.devassign.cli.Terminal;
import org.devassign.fleet.Presence;
import org.devassign.fleet.client.BoardView;
import org.devassign.fleet.rollout.BoardStatus;
import org.devassign.fleet.rollout.Rollout;
import org.devassign.fleet.rollout.RolloutState;

/**
 * How {@code devassign fleet} prints: boards as a table, a rollout's waves and the boards that did
 * not apply as lines (progress on stderr, results on stdout), or the same as JSON.
 */
final class FleetOutput {

    private final Terminal terminal;
    private final boolean json;

    FleetOutput(Terminal terminal, boolean json) {
        this.terminal = terminal;
        this.json = json;
    }

    void boards(List<BoardView> boards) {
        if (json) {
            terminal.out().println(Remote.JSON.toJson(boards));
            return;
        }
        terminal.out().printf("%-20s %-8s %-22s %-18s %-8s %-24s %s%n", "BOARD", "STATE", "MODEL", "KERNEL", "MACHINE", "DEPLOYED", "LABELS");
        for (BoardView b : boards) {
            Presence p = b.presence();
            String deployed = b.summary() == null || b.summary().deployed() == null || b.summary().deployed().config() == null ? "-"
                    : b.summary().deployed().config() + " (" + b.summary().deployed().digest() + ")";
            terminal.out().printf("%-20s %-8s %-22s %-18s %-8s %-24s %s%n", b.board(), b.online() ? "online" : "offline", cut(p.model(), 22),
                    cut(p.kernel(), 18), p.machine(), cut(deployed, 24), p.labels() == null ? "" : p.labels().entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",")));
        }
        long online = boards.stream().filter(BoardView::online).count();
        terminal.out().println(boards.size() + " boards, " + online + " online");
    }

    private static String cut(String text, int width) {
        String t = text == null ? "?" : text;
        return t.length() <= width ? t : t.substring(0, width - 1) + "~";
    }

    void planned(RolloutState state) {
        if (!json) {
            terminal.err().println("rollout " + state.id + ": " + state.config + " (digest " + state.digest + ") to " + state.boards.size()
                    + " boards" + (state.selector.isEmpty() ? "" : " matching " + state.selector) + ", " + state.waves.size() + " waves"
                    + (state.canary > 0 ? " (canary: " + String.join(", ", state.waves.get(0)) + ")" : ""));
        }
    }

    void resuming(RolloutState state) {
        if (!json) {
            terminal.err().println("resuming rollout " + state.id + " at the " + state.waveName(state.wave) + ": " + counts(state));
        }
    }

    Rollout.Events events() {
        return new Rollout.Events() {
            @Override
            public void wave(RolloutState state, int index, List<String> boards) {
                if (!json) {
                    terminal.err().println(state.waveName(index) + ": " + boards.size() + " boards");
                    terminal.err().flush();
                }
            }

            @Override
            public void board(RolloutState state, RolloutState.Board board) {
                if (!json && board.status != BoardStatus.SENT && board.status != BoardStatus.APPLIED
                        && board.status != BoardStatus.ROLLING_BACK) {
                    terminal.err().println("  " + board.name + ": " + board.status.word() + (board.detail == null ? "" : ": " + board.detail));
                    terminal.err().flush();
                }
            }

            @Override
            public void note(String text) {
                if (!json) {
                    terminal.err().println(text);
                }
            }
        };
    }

    void finished(RolloutState state, Path file) {
        if (json) {
            terminal.out().println(Remote.JSON.toJson(state));
            return;
        }
        terminal.out().println("rollout " + state.id + ": " + state.outcome.name().toLowerCase().replace('_', ' ')
                + (state.reason == null ? "" : ": " + state.reason));
        terminal.out().println("  " + counts(state));
        terminal.out().println("  state: " + file);
    }

    void rollouts(List<RolloutState> all) {
        for (RolloutState s : all) {
            terminal.out().printf("%-40s %-12s %s%n", s.id, s.outcome.name().toLowerCase().replace('_', ' '), counts(s));
        }
        terminal.out().println();
    }

    void rollout(RolloutState state) {
        if (json) {
            terminal.out().println(Remote.JSON.toJson(state));
            return;
        }
        terminal.out().println("rollout " + state.id + ": " + state.config + " (digest " + state.digest + "), started " + state.started
                + (state.finished == null ? "" : ", finished " + state.finished));
        terminal.out().println("  " + state.outcome.name().toLowerCase().replace('_', ' ') + (state.reason == null ? "" : ": " + state.reason));
        if (state.outcome == RolloutState.Outcome.RUNNING) {
            terminal.out().println("  at the " + state.waveName(state.wave) + "; if its process is gone: devassign fleet deploy --resume " + state.id);
        }
        for (int w = 0; w < state.waves.size(); w++) {
            Map<BoardStatus, Integer> counts = new LinkedHashMap<>();
            for (String name : state.waves.get(w)) {
                counts.merge(state.board(name).status, 1, Integer::sum);
            }
            terminal.out().println("  " + state.waveName(w) + ": " + words(counts));
        }
        for (RolloutState.Board b : state.boards.values()) {
            if (b.status != BoardStatus.APPLIED && b.status != BoardStatus.PENDING) {
                terminal.out().println("    " + b.name + ": " + b.status.word() + (b.detail == null ? "" : ": " + b.detail));
            }
        }
    }

    private static String counts(RolloutState state) {
        return words(state.counts());
    }

    private static String words(Map<BoardStatus, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().word()).collect(Collectors.joining(", "));
    }
}
