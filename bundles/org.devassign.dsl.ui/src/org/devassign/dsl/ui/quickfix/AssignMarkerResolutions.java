package org.devassign.dsl.ui.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.devassign.dsl.workspace.ParsedConfig;
import org.devassign.dsl.ui.editor.ProblemMarkers;
import org.devassign.dsl.validation.IssueCodes;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/** Quick fixes (Ctrl+1 in the editor, or in the Problems view) for the markers of .assign files. */
public class AssignMarkerResolutions implements IMarkerResolutionGenerator2 {

    public static final String ASSIGN_WHOLE_GROUP = "Assign the whole group";
    public static final String REMOVE_DUPLICATE = "Remove the duplicate assignment";

    @Override
    public boolean hasResolutions(IMarker marker) {
        return getResolutions(marker).length > 0;
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        String code = marker.getAttribute(ProblemMarkers.CODE, "");
        List<String> data = ProblemMarkers.data(marker);
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        int end = marker.getAttribute(IMarker.CHAR_END, -1);
        List<IMarkerResolution> fixes = new ArrayList<>();
        if (start < 0) {
            return new IMarkerResolution[0];
        }
        if ((IssueCodes.GROUP_COMPANION_UNUSED.equals(code) || IssueCodes.GROUP_INCOMPLETE.equals(code)) && !data.isEmpty()
                && firstOfItsGroup(marker, data.get(0))) {
            String group = data.get(0);
            fixes.add(new Fix(ASSIGN_WHOLE_GROUP + " (group " + group + ")",
                    "Assign IOMMU group " + group + " instead of the one device: every device of the group goes to the same consumer,"
                            + " and mapped regions and interrupts name their device.",
                    parsed -> Fixes.assignWholeGroup(parsed, start, group)));
        }
        if (IssueCodes.ASSIGNED_TWICE.equals(code)) {
            fixes.add(new Fix(REMOVE_DUPLICATE, "Delete this assignment; the device stays with "
                    + (data.size() > 1 ? data.get(1) : "the other consumer") + ".", parsed -> Fixes.removeAssignment(parsed, start)));
        }
        if (code.startsWith("devassign.unknown-") && end > start && !IssueCodes.UNKNOWN_BOARD.equals(code)
                && !IssueCodes.UNKNOWN_IMPORT.equals(code)) {
            for (String suggestion : data.stream().limit(3).toList()) {
                fixes.add(new Fix("Change to '" + suggestion + "'", "Use the name '" + suggestion + "' from the board or config.",
                        parsed -> Fixes.replaceName(parsed, start, end, suggestion)));
            }
        }
        return fixes.toArray(IMarkerResolution[]::new);
    }

    /**
     * Whether {@code marker} is the first (by creation) of the markers at its place that offer to assign
     * the same group: each companion left out of a group is a problem of its own, but the editor lists
     * the fixes of every marker at the caret, and "Assign the whole group" once is enough.
     */
    static boolean firstOfItsGroup(IMarker marker, String group) {
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        try {
            for (IMarker other : marker.getResource().findMarkers(ProblemMarkers.TYPE, false, 0)) {
                String code = other.getAttribute(ProblemMarkers.CODE, "");
                List<String> data = ProblemMarkers.data(other);
                if (other.getId() < marker.getId() && other.getAttribute(IMarker.CHAR_START, -1) == start
                        && (IssueCodes.GROUP_COMPANION_UNUSED.equals(code) || IssueCodes.GROUP_INCOMPLETE.equals(code))
                        && !data.isEmpty() && data.get(0).equals(group)) {
                    return false;
                }
            }
        } catch (CoreException gone) {
            return true;
        }
        return true;
    }

    /** One quick fix: edits computed on the text as it is when the fix runs. */
    static final class Fix implements IMarkerResolution2 {
        private final String label;
        private final String description;
        private final Function<ParsedConfig, List<TextEdit>> edits;

        Fix(String label, String description, Function<ParsedConfig, List<TextEdit>> edits) {
            this.label = label;
            this.description = description;
            this.edits = edits;
        }

        @Override
        public String getLabel() {
            return label;
        }

        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public Image getImage() {
            return null;
        }

        /** Computes the edits in a job on the text as it is then; the editor shows them (a file no editor shows is saved). */
        @Override
        public void run(IMarker marker) {
            if (marker.getResource() instanceof IFile file) {
                ConfigEdits.applyInJob(file, label, edits);
            }
        }
    }
}
