package org.devassign.fleet;

import java.util.Optional;

/**
 * The topic layout, version 1. Every topic of a board is under {@code devassign/v1/BOARD/}, where
 * BOARD is the board's certificate CN, so the broker's ACL can confine a board to its own topics
 * ({@code pattern ... devassign/v1/%u/...}) and a role to its verbs (one command topic per method):
 *
 * <pre>
 * devassign/v1/BOARD/presence                 retained; birth ("online") and death (the will, "offline")
 * devassign/v1/BOARD/summary                  retained; the inventory's counts and what is deployed
 * devassign/v1/BOARD/cmd/METHOD               a JSON-RPC request of the agent protocol, signed; MQTT 5
 *                                             response topic and correlation data
 * devassign/v1/BOARD/reply/CLIENT/SESSION     the answers and progress for one client session
 * </pre>
 *
 * Replies live under the board's prefix because a board may publish only there; CLIENT is the CN
 * of the client that signed the request, so a client reads only its own replies. A new layout gets
 * a new version segment; both can be served side by side during an upgrade.
 */
public final class Topics {

    public static final String VERSION = "v1";
    public static final String ROOT = "devassign/" + VERSION;

    public static final String PRESENCE = "presence";
    public static final String SUMMARY = "summary";
    public static final String COMMAND = "cmd";
    public static final String REPLY = "reply";

    /** Every board's presence, for a subscription. */
    public static final String ALL_PRESENCE = ROOT + "/+/" + PRESENCE;
    /** Every board's summary, for a subscription. */
    public static final String ALL_SUMMARIES = ROOT + "/+/" + SUMMARY;

    private Topics() {
    }

    public static String presence(String board) {
        return ROOT + "/" + board + "/" + PRESENCE;
    }

    public static String summary(String board) {
        return ROOT + "/" + board + "/" + SUMMARY;
    }

    public static String command(String board, String method) {
        return ROOT + "/" + board + "/" + COMMAND + "/" + method;
    }

    /** The filter an agent subscribes to: every command for it. */
    public static String commands(String board) {
        return ROOT + "/" + board + "/" + COMMAND + "/+";
    }

    public static String reply(String board, String client, String session) {
        return ROOT + "/" + board + "/" + REPLY + "/" + client + "/" + session;
    }

    /** The filter a client session subscribes to: its replies from every board. */
    public static String replies(String client, String session) {
        return ROOT + "/+/" + REPLY + "/" + client + "/" + session;
    }

    /**
     * A topic of this layout, split: the board, the kind (presence, summary, cmd, reply) and what
     * follows the kind (the method of a command; CLIENT/SESSION of a reply), or empty for any other topic.
     */
    public record Parsed(String board, String kind, String rest) {
    }

    public static Optional<Parsed> parse(String topic) {
        if (topic == null || !topic.startsWith(ROOT + "/")) {
            return Optional.empty();
        }
        String[] levels = topic.substring(ROOT.length() + 1).split("/", -1);
        if (levels.length < 2 || !Names.valid(levels[0])) {
            return Optional.empty();
        }
        String board = levels[0];
        String kind = levels[1];
        return switch (kind) {
            case PRESENCE, SUMMARY -> levels.length == 2 ? Optional.of(new Parsed(board, kind, "")) : Optional.empty();
            case COMMAND -> levels.length == 3 && !levels[2].isEmpty() ? Optional.of(new Parsed(board, kind, levels[2])) : Optional.empty();
            case REPLY -> levels.length == 4 && Names.valid(levels[2]) && Names.valid(levels[3])
                    ? Optional.of(new Parsed(board, kind, levels[2] + "/" + levels[3]))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }
}
