package org.devassign.discovery;

import java.util.List;

import org.devassign.model.Board;

/**
 * A board made by an importer, with what the importer had to leave out.
 *
 * @param board the board; valid per the model's rules unless the input itself contradicts them
 * @param warnings files that were missing, unreadable or odd, in the order met
 * @param skipped device-tree nodes that look like devices but did not become one (empty for sysfs)
 */
public record ImportResult(Board board, List<ImportWarning> warnings, List<SkippedNode> skipped) {

    public ImportResult {
        warnings = List.copyOf(warnings);
        skipped = List.copyOf(skipped);
    }

    public ImportResult(Board board, List<ImportWarning> warnings) {
        this(board, warnings, List.of());
    }
}
