package org.devassign.fleet;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A board's birth or death, retained on {@link Topics#presence}: the agent publishes it online on
 * every connection, and the broker publishes the same facts offline as the agent's will when the
 * connection ends without a goodbye. {@code session} changes with every connection, so a client
 * can tell that a board reconnected (and that answers it owed may be lost) even when it never saw
 * the death in between.
 *
 * @param layout the topic layout's version ({@link Topics#VERSION} without the v)
 * @param identity the subject of the agent's certificate
 * @param agent the agent's name and version
 * @param protocol the agent protocol's version it speaks
 * @param labels the user labels of the agent's config (label.KEY = VALUE)
 * @param since when this connection started (ISO-8601)
 */
public record Presence(int layout, String board, boolean online, String identity, String agent, int protocol, String kernel,
        String machine, String model, Map<String, String> labels, String session, String since) {

    /** The labels a selector matches: the user labels plus board, model, kernel and machine. */
    public Map<String, String> selectable() {
        Map<String, String> all = new LinkedHashMap<>(labels == null ? Map.of() : labels);
        all.put("board", board);
        if (model != null) {
            all.put("model", model);
        }
        if (kernel != null) {
            all.put("kernel", kernel);
        }
        if (machine != null) {
            all.put("machine", machine);
        }
        return all;
    }

    public Presence offline() {
        return new Presence(layout, board, false, identity, agent, protocol, kernel, machine, model, labels, session, since);
    }
}
