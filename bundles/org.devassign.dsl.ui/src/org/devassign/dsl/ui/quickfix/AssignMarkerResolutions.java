package org.devassign.dsl.ui.quickfix;

import java.util.List;
import java.util.function.Function;

import org.devassign.dsl.ide.fixes.ConfigText;
import org.devassign.dsl.ide.fixes.QuickFixes;
import org.devassign.dsl.ide.fixes.TextEdit;
import org.devassign.dsl.ui.editor.ProblemMarkers;
import org.devassign.dsl.validation.IssueCodes;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * Quick fixes (Ctrl+1 in the editor, or in the Problems view) for the markers of .assign files:
 * the language's catalog ({@link QuickFixes}, shared with the language server's code actions) as
 * marker resolutions.
 */
public class AssignMarkerResolutions implements IMarkerResolutionGenerator2 {

    public static final String ASSIGN_WHOLE_GROUP = QuickFixes.ASSIGN_WHOLE_GROUP;
    public static final String REMOVE_DUPLICATE = QuickFixes.REMOVE_DUPLICATE;

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
        boolean groupFixShown = (IssueCodes.GROUP_COMPANION_UNUSED.equals(code) || IssueCodes.GROUP_INCOMPLETE.equals(code))
                && !data.isEmpty() && !firstOfItsGroup(marker, data.get(0));
        return QuickFixes.forIssue(code, data, start, end).stream()
                .filter(fix -> !(groupFixShown && fix.label().startsWith(ASSIGN_WHOLE_GROUP)))
                .map(fix -> new Fix(fix.label(), fix.description(), parsed -> fix.edits().apply(ConfigText.of(parsed))))
                .toArray(IMarkerResolution[]::new);
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
        private final Function<org.devassign.dsl.workspace.ParsedConfig, List<TextEdit>> edits;

        Fix(String label, String description, Function<org.devassign.dsl.workspace.ParsedConfig, List<TextEdit>> edits) {
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
