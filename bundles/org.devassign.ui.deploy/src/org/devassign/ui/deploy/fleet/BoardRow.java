package org.devassign.ui.deploy.fleet;

import java.util.Map;
import java.util.stream.Collectors;

import org.devassign.fleet.Presence;
import org.devassign.fleet.Summary;
import org.devassign.fleet.client.BoardView;

/**
 * One board as the Fleet view's table shows it: the texts of its columns, from the board's last
 * presence (identity, online or offline, kernel, labels) and summary (what is deployed).
 */
public record BoardRow(String board, boolean online, String identity, String state, String kernel, String labels, String deployed) {

    public static BoardRow of(BoardView view) {
        Presence p = view.presence();
        return new BoardRow(view.board(), view.online(), p == null || p.identity() == null ? "" : p.identity(),
                p == null ? "unknown" : p.online() ? "online" : "offline", p == null || p.kernel() == null ? "" : p.kernel(),
                p == null ? "" : labels(p), deployed(view.summary()));
    }

    private static String labels(Presence p) {
        Map<String, String> labels = p.labels() == null ? Map.of() : p.labels();
        String user = labels.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        String model = p.model() == null ? "" : "model=" + p.model();
        return user.isEmpty() ? model : model.isEmpty() ? user : user + ", " + model;
    }

    /** "fleet-edu (3 devices, applied)", "nothing deployed", or "no summary yet". */
    static String deployed(Summary summary) {
        if (summary == null) {
            return "no summary yet";
        }
        Summary.Deployed d = summary.deployed();
        if (d == null || d.config() == null) {
            return "nothing deployed";
        }
        int devices = d.devices() == null ? 0 : d.devices().size();
        return d.config() + " (" + devices + (devices == 1 ? " device" : " devices") + (d.outcome() == null ? "" : ", " + d.outcome()) + ")";
    }
}
