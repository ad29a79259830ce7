package org.devassign.dsl.ui.editor;

import java.util.List;

import org.devassign.dsl.workspace.Checked;

/**
 * What the latest finished check of an editor's text found, as plain values any thread may read:
 * the problems, the semantic colours and the links of its names. It belongs to one text, the
 * document's text at modification stamp {@link #stamp()}; the editor maps colours through later
 * edits and answers links only while the text is unchanged.
 */
public record EditorState(long stamp, Checked checked, List<SemanticStyles.Range> ranges, List<SemanticStyles.Link> links) {

    public EditorState {
        ranges = List.copyOf(ranges);
        links = List.copyOf(links);
    }

    public String text() {
        return checked.text();
    }

    /** The link of the name at {@code offset} (the offset may be at its end), or null. */
    public SemanticStyles.Link linkAt(int offset) {
        int low = 0;
        int high = links.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            SemanticStyles.Link link = links.get(middle);
            if (offset < link.offset()) {
                high = middle - 1;
            } else if (offset > link.offset() + link.length()) {
                low = middle + 1;
            } else {
                return link;
            }
        }
        return null;
    }

    /** The index of the first range that ends after {@code offset} (ranges are in text order and do not overlap). */
    public int firstRangeEndingAfter(int offset) {
        int low = 0;
        int high = ranges.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ranges.get(middle).end() <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
