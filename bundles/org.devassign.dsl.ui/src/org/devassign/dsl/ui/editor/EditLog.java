package org.devassign.dsl.ui.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * The edits made to a document since the text of the latest finished check, so that the colours of
 * that check can be drawn on the text as it is now: a range before or after every edit moves with
 * the text; a range an edit touches is dropped until the next check. UI thread only.
 */
final class EditLog {

    /** One replacement: at {@code offset}, {@code removed} characters became {@code inserted} ones; the document's stamp after it. */
    record Edit(int offset, int removed, int inserted, long stampAfter) {
    }

    private final List<Edit> edits = new ArrayList<>();

    void add(int offset, int removed, int inserted, long stampAfter) {
        edits.add(new Edit(offset, removed, inserted, stampAfter));
    }

    /** The edits up to {@code stamp} are in the checked text: forget them. */
    void checkedUpTo(long stamp) {
        edits.removeIf(edit -> edit.stampAfter() <= stamp);
    }

    int size() {
        return edits.size();
    }

    /** Where the range [start, end) of the checked text is now, as {start, end}; null when an edit touched it. */
    int[] toCurrent(int start, int end) {
        int s = start;
        int e = end;
        for (Edit edit : edits) {
            if (e < edit.offset()) {
                continue;
            }
            if (s > edit.offset() + edit.removed()) {
                int shift = edit.inserted() - edit.removed();
                s += shift;
                e += shift;
            } else {
                return null;
            }
        }
        return new int[] { s, e };
    }

    /** Where {@code position} of the current text was in the checked text (the start of an edit for a position inside it). */
    int toChecked(int position) {
        int p = position;
        for (int i = edits.size() - 1; i >= 0; i--) {
            Edit edit = edits.get(i);
            if (p >= edit.offset() + edit.inserted()) {
                p -= edit.inserted() - edit.removed();
            } else if (p > edit.offset()) {
                p = edit.offset();
            }
        }
        return Math.max(0, p);
    }
}
